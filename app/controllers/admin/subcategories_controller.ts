import TaxonomyTree from '#services/taxonomy_tree'
import type { HttpContext } from '@adonisjs/core/http'
import { moveValidator, taxonomyEntryValidator } from '#validators/taxonomy'
import TaxonomyService from '#services/taxonomy_service'
import { actorContext } from '#services/request_context'
import CategoryPolicy from '#policies/category_policy'

/** Subcategories of a category; every route is scoped to the admin's organization. */
export default class SubcategoriesController {
  async store(ctx: HttpContext) {
    const { params, request, auth, bouncer, session, response, translator } = ctx
    const category = await TaxonomyTree.findCategory(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(CategoryPolicy).authorize('manage', category)
    const { name } = await request.validateUsing(taxonomyEntryValidator)
    await TaxonomyService.createSubcategory(category, name, actorContext(ctx))
    session.flash('success', translator.t('Subcategory "{name}" added.', { name }))
    return response.redirect().back()
  }

  async update(ctx: HttpContext) {
    const { params, request, auth, bouncer, session, response, translator } = ctx
    const subcategory = await TaxonomyTree.findSubcategory(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(CategoryPolicy).authorize('manage', subcategory)
    const input = await request.validateUsing(taxonomyEntryValidator)
    await TaxonomyService.updateEntry(subcategory, 'subcategory', input, actorContext(ctx))
    session.flash('success', translator.t('Subcategory saved.'))
    return response.redirect().back()
  }

  async move(ctx: HttpContext) {
    const { params, request, auth, bouncer, response } = ctx
    const subcategory = await TaxonomyTree.findSubcategory(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(CategoryPolicy).authorize('manage', subcategory)
    const { direction } = await request.validateUsing(moveValidator)
    await TaxonomyService.move('subcategory', subcategory, direction, actorContext(ctx))
    return response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params, auth, bouncer, session, response, translator } = ctx
    const subcategory = await TaxonomyTree.findSubcategory(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(CategoryPolicy).authorize('manage', subcategory)
    const outcome = await TaxonomyService.remove('subcategory', subcategory, actorContext(ctx))
    session.flash(
      'success',
      outcome === 'deleted'
        ? translator.t('Subcategory "{name}" deleted.', { name: subcategory.name })
        : translator.t(
            'Subcategory "{name}" is used by tickets, so it was deactivated instead of deleted.',
            { name: subcategory.name }
          )
    )
    return response.redirect().back()
  }
}
