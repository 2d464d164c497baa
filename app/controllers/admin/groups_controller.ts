import type { HttpContext } from '@adonisjs/core/http'
import { deleteGroupValidator, groupValidator } from '#validators/group'
import GroupService, { DuplicateGroupError } from '#services/group_service'
import GroupDeletion from '#services/group_deletion'
import UserService from '#services/user_service'
import GroupPolicy from '#policies/group_policy'
import GroupTransformer from '#transformers/group_transformer'
import UserTransformer from '#transformers/user_transformer'
import { actorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'
import { moveValidator } from '#validators/taxonomy'
import TaxonomyService from '#services/taxonomy_service'
import TaxonomyTransformer from '#transformers/taxonomy_transformer'

export default class GroupsController {
  async index({ inertia, bouncer, auth }: HttpContext) {
    await bouncer.with(GroupPolicy).authorize('viewAny')
    const groups = await GroupService.list(auth.getUserOrFail().organizationId)
    return inertia.render('admin/groups/index', { groups: GroupTransformer.transform(groups) })
  }

  async store(ctx: HttpContext) {
    const { request, bouncer, auth, session, response, translator } = ctx
    await bouncer.with(GroupPolicy).authorize('create')
    const input = await request.validateUsing(groupValidator)
    const group = await GroupService.create(
      auth.getUserOrFail().organizationId,
      input,
      actorContext(ctx)
    ).catch(rethrowAsFieldError)
    session.flash(
      'success',
      translator.t('Group "{name}" created. Add its agents next.', { name: group.name })
    )
    return response.redirect().toRoute('admin.groups.show', { id: group.id })
  }

  async show({ inertia, params, bouncer, auth }: HttpContext) {
    const organizationId = auth.getUserOrFail().organizationId
    const group = await GroupService.findInOrganization(organizationId, params.id)
    await bouncer.with(GroupPolicy).authorize('update', group)
    await group.load('members', (members) => members.orderBy('name'))
    await group.load('categories', (categories) =>
      categories
        .orderBy('position')
        .orderBy('name')
        .preload('subcategories', (subs) => subs.orderBy('position').orderBy('name'))
    )
    const memberIds = new Set(group.members.map((member) => member.id))
    const [staff, usage, targets] = await Promise.all([
      UserService.staff(organizationId),
      GroupDeletion.usage(group),
      GroupDeletion.targets(group),
    ])
    return inertia.render('admin/groups/show', {
      group: GroupTransformer.transform(group).useVariant('forDetail'),
      candidates: UserTransformer.transform(staff.filter((user) => !memberIds.has(user.id))),
      taxonomy: TaxonomyTransformer.transform(group),
      usage,
      moveTargets: targets.map((target) => ({ id: target.id, name: target.name })),
    })
  }

  async update(ctx: HttpContext) {
    const { params, request, bouncer, auth, session, response, translator } = ctx
    const group = await GroupService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(GroupPolicy).authorize('update', group)
    const input = await request.validateUsing(groupValidator)
    await GroupService.update(group, input, actorContext(ctx)).catch(rethrowAsFieldError)
    session.flash('success', translator.t('Group saved.'))
    return response.redirect().back()
  }

  async move(ctx: HttpContext) {
    const { params, request, auth, bouncer, response } = ctx
    const group = await GroupService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(GroupPolicy).authorize('update', group)
    const { direction } = await request.validateUsing(moveValidator)
    await TaxonomyService.move('group', group, direction, actorContext(ctx))
    return response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params, request, bouncer, auth, session, response, translator } = ctx
    const group = await GroupService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    const input = await request.validateUsing(deleteGroupValidator)
    await bouncer.with(GroupPolicy).authorize('delete', group)
    const { outcome, movedTickets, movedTo } = await GroupDeletion.delete(
      group,
      input,
      actorContext(ctx)
    )
    const moved = !movedTo
      ? ''
      : movedTickets === 1
        ? translator.t('1 open ticket moved to "{group}".', { group: movedTo.name })
        : translator.t('{count} open tickets moved to "{group}".', {
            count: movedTickets,
            group: movedTo.name,
          })
    const done =
      outcome === 'deleted'
        ? translator.t('Group "{name}" deleted.', { name: group.name })
        : translator.t(
            'Group "{name}" has tickets, so it was deactivated instead of deleted: it is hidden from new tickets.',
            { name: group.name }
          )
    session.flash('success', moved ? `${done} ${moved}` : done)
    return response.redirect().toRoute('admin.groups.index')
  }
}

function rethrowAsFieldError(error: unknown): never {
  if (error instanceof DuplicateGroupError) {
    throw new FormError('name', error.translatable)
  }
  throw error
}
