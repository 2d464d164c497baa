import type { Infer } from '@vinejs/vine/types'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import type { ActorContext } from '#services/request_context'
import TicketQuery from '#services/tickets/ticket_query'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import FormError from '#exceptions/form_error'
import { type Message, msg } from '#i18n/message'
import type { bulkTicketValidator } from '#validators/ticket'

export type BulkInput = Infer<typeof bulkTicketValidator>
export type BulkOutcome = { updated: string[]; skipped: { reference: string; reason: Message }[] }

/**
 * Applies one action to a selection of tickets, each in its own
 * transaction and through the same rules as the ticket page. A ticket the
 * rules refuse is skipped with the reason; the others still change.
 * Tickets the user cannot see are ignored as if they did not exist.
 */
export default class TicketBulk {
  static async apply(
    user: User,
    input: BulkInput,
    canManage: (ticket: Ticket) => Promise<boolean>,
    context: ActorContext
  ): Promise<BulkOutcome> {
    if (input.action === 'status' && !input.status) {
      throw new FormError('status', msg('Choose the status to set.'))
    }
    if (input.action === 'priority' && !input.priority) {
      throw new FormError('priority', msg('Choose the priority to set.'))
    }
    if (input.action === 'assign' && input.assignedTo === undefined) {
      throw new FormError('assignedTo', msg('Choose the agent to assign.'))
    }
    const tickets = await TicketQuery.visibleTo(user)
      .whereIn('tickets.id', input.ids)
      .orderBy('tickets.number')
    const outcome: BulkOutcome = { updated: [], skipped: [] }
    for (const ticket of tickets) {
      if (!(await canManage(ticket))) {
        outcome.skipped.push({
          reference: ticket.reference,
          reason: msg('you cannot change this ticket'),
        })
        continue
      }
      try {
        if (input.action === 'assign') {
          await TicketWorkflow.assign(ticket, input.assignedTo ?? null, context)
        } else if (input.action === 'status') {
          await TicketWorkflow.changeStatus(ticket, input.status!, context)
        } else {
          await TicketWorkflow.update(ticket, { priority: input.priority! }, context)
        }
        outcome.updated.push(ticket.reference)
      } catch (error) {
        if (error instanceof FormError) {
          outcome.skipped.push({ reference: ticket.reference, reason: error.translatable })
          continue
        }
        throw error
      }
    }
    return outcome
  }
}
