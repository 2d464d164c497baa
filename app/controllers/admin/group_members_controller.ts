import type { HttpContext } from '@adonisjs/core/http'
import { groupMemberValidator } from '#validators/group'
import GroupService, { NotStaffError } from '#services/group_service'
import GroupPolicy from '#policies/group_policy'
import { actorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'

export default class GroupMembersController {
  async store(ctx: HttpContext) {
    const { params, request, bouncer, auth, session, response, translator } = ctx
    const group = await GroupService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(GroupPolicy).authorize('manageMembers', group)
    const { userId } = await request.validateUsing(groupMemberValidator)
    try {
      await GroupService.addMember(group, userId, actorContext(ctx))
    } catch (error) {
      if (error instanceof NotStaffError) {
        throw new FormError('userId', error.translatable)
      }
      throw error
    }
    session.flash('success', translator.t('Member added.'))
    return response.redirect().back()
  }

  async destroy(ctx: HttpContext) {
    const { params, bouncer, auth, session, response, translator } = ctx
    const group = await GroupService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(GroupPolicy).authorize('manageMembers', group)
    await GroupService.removeMember(group, Number(params.userId), actorContext(ctx))
    session.flash('success', translator.t('Member removed.'))
    return response.redirect().back()
  }
}
