import type { HttpContext } from '@adonisjs/core/http'
import { groupAssignmentValidator } from '#validators/group'
import GroupService from '#services/group_service'
import GroupPolicy from '#policies/group_policy'
import { actorContext } from '#services/request_context'

/** The group page's automatic assignment form: mode and cap, apart from the group's details. */
export default class GroupAssignmentsController {
  async update(ctx: HttpContext) {
    const { params, request, bouncer, auth, session, response, translator } = ctx
    const group = await GroupService.findInOrganization(
      auth.getUserOrFail().organizationId,
      params.id
    )
    await bouncer.with(GroupPolicy).authorize('update', group)
    const input = await request.validateUsing(groupAssignmentValidator)
    await GroupService.update(
      group,
      { assignmentMode: input.assignmentMode, assignmentMaxOpen: input.assignmentMaxOpen ?? null },
      actorContext(ctx)
    )
    session.flash('success', translator.t('Automatic assignment saved.'))
    return response.redirect().back()
  }
}
