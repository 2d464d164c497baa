import type { HttpContext } from '@adonisjs/core/http'
import { bulkTicketValidator } from '#validators/ticket'
import TicketBulk from '#services/tickets/ticket_bulk'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'

export default class TicketBulkActionsController {
  async store(ctx: HttpContext) {
    const { request, auth, bouncer, session, response, translator } = ctx
    const input = await request.validateUsing(bulkTicketValidator)
    const outcome = await TicketBulk.apply(
      auth.getUserOrFail(),
      input,
      (ticket) => bouncer.with(TicketPolicy).allows('manage', ticket),
      actorContext(ctx)
    )
    if (outcome.updated.length) {
      session.flash(
        'success',
        translator.t('{count} ticket(s) updated.', { count: outcome.updated.length })
      )
    }
    if (outcome.skipped.length) {
      const skipped = outcome.skipped.map(
        ({ reference, reason }) => `${reference} (${translator.t(reason)})`
      )
      session.flash('warning', translator.t('Skipped {tickets}', { tickets: skipped.join('; ') }))
    }
    return response.redirect().withQs().back()
  }
}
