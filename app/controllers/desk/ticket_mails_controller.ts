import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import TicketQuery from '#services/tickets/ticket_query'
import MailOrigins from '#services/mail_channel/mail_origins'
import { sendRawMessage } from '#helpers/raw_message'

/** The original e-mail behind a ticket or a reply, for staff who may see the ticket. */
export default class TicketMailsController {
  async show(ctx: HttpContext) {
    const { params, auth } = ctx
    const ticket = await TicketQuery.find(auth.getUserOrFail(), params.id)
    const message = ticket ? await MailOrigins.find(ticket, params.messageId) : null
    if (!message) {
      throw new NotFoundException()
    }
    return sendRawMessage(ctx, message)
  }
}
