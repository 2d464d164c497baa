import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import { assignValidator } from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { actorContext } from '#services/request_context'
import TicketPolicy from '#policies/ticket_policy'
import { backToTicketOrQueue } from '#helpers/desk_redirects'

export default class TicketAssignmentsController {
  async update(ctx: HttpContext) {
    const { request, params, auth, bouncer, session, translator } = ctx
    const ticket = await TicketQuery.find(auth.getUserOrFail(), params.id)
    if (!ticket) {
      throw new NotFoundException()
    }
    await bouncer.with(TicketPolicy).authorize('manage', ticket)
    const { assignedTo } = await request.validateUsing(assignValidator)
    await TicketWorkflow.assign(ticket, assignedTo, actorContext(ctx))
    session.flash(
      'success',
      assignedTo ? translator.t('Ticket assigned.') : translator.t('Ticket unassigned.')
    )
    return backToTicketOrQueue(ctx, ticket.id)
  }
}
