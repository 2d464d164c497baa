import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import { replyValidator } from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import TicketConversation from '#services/tickets/ticket_conversation'
import AttachmentIntake from '#services/tickets/attachment_intake'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'

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
    await bouncer.with(TicketPolicy).authorize(internal ? 'addNote' : 'reply', ticket)
    const files = await AttachmentIntake.inspect(request.files('attachments'))
    await TicketConversation.add(
      ticket,
      user,
      { body: input.body, internal },
      files,
      actorContext(ctx)
    )
    session.flash(
      'success',
      internal ? translator.t('Internal note added.') : translator.t('Reply sent.')
    )
    return response.redirect().back()
  }
}
