import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import { replyValidator } from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import TicketConversation from '#services/tickets/ticket_conversation'
import AttachmentIntake from '#services/tickets/attachment_intake'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'
import { STATUS_LABELS } from '#services/tickets/ticket_lifecycle'
import type { Status } from '#models/ticket'
import { msg } from '#i18n/message'

function sentMessage(internal: boolean, status: Status | undefined) {
  if (!status) {
    return internal ? msg('Internal note added.') : msg('Reply sent.')
  }
  const params = { status: STATUS_LABELS[status] }
  return internal
    ? msg('Internal note added and status set to {status}.', params)
    : msg('Reply sent and status set to {status}.', params)
}

/**
 * Replies and internal notes, from the portal (requester replies) and the
 * desk (staff replies and notes). The route decides where the ticket is
 * looked up; the policy decides what may be written.
 */
export default class TicketCommentsController {
  async store(ctx: HttpContext) {
    const { request, params, auth, bouncer, session, response, translator } = ctx
    const user = auth.getUserOrFail()
    const fromPortal = ctx.route?.name?.startsWith('portal.') ?? false
    const ticket = fromPortal
      ? await TicketQuery.requestedBy(user).where('tickets.id', params.id).first()
      : await TicketQuery.find(user, params.id)
    if (!ticket) {
      throw new NotFoundException()
    }
    const input = await request.validateUsing(replyValidator)
    const internal = !fromPortal && input.internal === true
    const status = fromPortal ? undefined : input.status
    const policy = bouncer.with(TicketPolicy)
    await policy.authorize(internal ? 'addNote' : 'reply', ticket)
    if (status) {
      await policy.authorize('manage', ticket)
    }
    const files = await AttachmentIntake.inspect(request.files('attachments'))
    await TicketConversation.add(
      ticket,
      user,
      { body: input.body, internal, status },
      files,
      actorContext(ctx)
    )
    session.flash('success', translator.t(sentMessage(internal, status)))
    return response.redirect().withQs().back()
  }
}
