import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import { statusValidator } from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { STATUS_LABELS } from '#services/tickets/ticket_lifecycle'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'
import { backToTicketOrQueue } from '#helpers/desk_redirects'

export default class TicketStatusesController {
  async update(ctx: HttpContext) {
    const { request, params, auth, bouncer, session, translator } = ctx
    const ticket = await TicketQuery.find(auth.getUserOrFail(), params.id)
    if (!ticket) {
      throw new NotFoundException()
    }
    await bouncer.with(TicketPolicy).authorize('manage', ticket)
    const { status } = await request.validateUsing(statusValidator)
    await TicketWorkflow.changeStatus(ticket, status, actorContext(ctx))
    session.flash(
      'success',
      translator.t('Status set to {status}.', { status: STATUS_LABELS[status] })
    )
    return backToTicketOrQueue(ctx, ticket.id)
  }
}
