import type { HttpContext } from '@adonisjs/core/http'
import { bulkTicketValidator } from '#validators/ticket'
import TicketBulk from '#services/tickets/ticket_bulk'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'

export default class TicketBulkActionsController {
  async store(ctx: HttpContext) {
    const { request, auth, bouncer, session, response } = ctx
    const input = await request.validateUsing(bulkTicketValidator)
    const outcome = await TicketBulk.apply(
      auth.getUserOrFail(),
      input,
      (ticket) => bouncer.with(TicketPolicy).allows('manage', ticket),
      actorContext(ctx)
    )
    if (outcome.updated.length) {
      session.flash('success', `${outcome.updated.length} ticket(s) updated.`)
    }
    if (outcome.skipped.length) {
      session.flash(
        'warning',
        `Skipped ${outcome.skipped.map((entry) => `${entry.reference} (${entry.reason})`).join('; ')}`
      )
    }
    return response.redirect().withQs().back()
  }
}
