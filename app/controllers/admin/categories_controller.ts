import TaxonomyTree from '#services/taxonomy_tree'
import type { HttpContext } from '@adonisjs/core/http'
import { moveValidator, taxonomyEntryValidator } from '#validators/taxonomy'
import TaxonomyService from '#services/taxonomy_service'
import GroupService from '#services/group_service'
import { actorContext } from '#services/request_context'
import CategoryPolicy from '#policies/category_policy'
import GroupPolicy from '#policies/group_policy'

/** Categories of a group; every route is scoped to the admin's organization. */
export default class CategoriesController {
  async store(ctx: HttpContext) {
    const { params, request, auth, bouncer, session, response, translator } = ctx
    const group = await GroupService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(GroupPolicy).authorize('update', group)
    const { name } = await request.validateUsing(taxonomyEntryValidator)
    await TaxonomyService.createCategory(group, name, actorContext(ctx))
    session.flash('success', translator.t('Category "{name}" added.', { name }))
    return response.redirect().back()
  }

  async update(ctx: HttpContext) {
    const { params, request, auth, bouncer, session, response, translator } = ctx
    const category = await TaxonomyTree.findCategory(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(CategoryPolicy).authorize('manage', category)
    const input = await request.validateUsing(taxonomyEntryValidator)
    await TaxonomyService.updateEntry(category, 'category', input, actorContext(ctx))
    session.flash('success', translator.t('Category saved.'))
    return response.redirect().back()
  }

  async move(ctx: HttpContext) {
    const { params, request, auth, bouncer, response } = ctx
    const category = await TaxonomyTree.findCategory(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(CategoryPolicy).authorize('manage', category)
    const { direction } = await request.validateUsing(moveValidator)
    await TaxonomyService.move('category', category, direction, actorContext(ctx))
    return response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params, auth, bouncer, session, response, translator } = ctx
    const category = await TaxonomyTree.findCategory(auth.getUserOrFail().organizationId, params.id)
    await bouncer.with(CategoryPolicy).authorize('manage', category)
    const outcome = await TaxonomyService.remove('category', category, actorContext(ctx))
    session.flash(
      'success',
      outcome === 'deleted'
        ? translator.t('Category "{name}" deleted.', { name: category.name })
        : translator.t(
            'Category "{name}" is used by tickets, so it was deactivated instead of deleted.',
            { name: category.name }
          )
    )
    return response.redirect().back()
  }
}
