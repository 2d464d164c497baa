import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Ticket from '#models/ticket'
import type { Status } from '#models/ticket'
import type { ActorContext } from '#services/request_context'
import type { Change } from '#services/tickets/ticket_history_recorder'
import Outbox from '#platform/outbox'
import { actorSnapshot, ticketSnapshot } from '#platform/snapshots'

const UPDATED_FIELDS = new Set(['title', 'priority', 'group', 'category', 'subcategory'])

/**
 * Writes the events a ticket change stands for, in the change's
 * transaction: an assignment, a status change and an edit of fields may
 * come out of one action (moving a ticket to another group can unassign
 * it and send it back to "open").
 */
export async function announceChanges(
  trx: TransactionClientContract,
  ticket: Ticket,
  before: { assigneeId: number | null; status: Status },
  changes: Change[],
  context: ActorContext
) {
  const base = {
    ticket: ticketSnapshot(ticket),
    actor: actorSnapshot(context.actor, context.plugin),
  }
  const edited = changes
    .filter((change) => UPDATED_FIELDS.has(change.field))
    .map((change) => ({ field: change.field, from: change.from ?? null, to: change.to ?? null }))
  if (edited.length) {
    await Outbox.record(trx, ticket.organizationId, 'ticket.updated', { ...base, changes: edited })
  }
  if (before.assigneeId !== ticket.assigneeId) {
    await Outbox.record(trx, ticket.organizationId, 'ticket.assigned', {
      ...base,
      previousAssigneeId: before.assigneeId,
      assigneeId: ticket.assigneeId,
    })
  }
  if (before.status !== ticket.status) {
    await Outbox.record(trx, ticket.organizationId, 'ticket.status_changed', {
      ...base,
      from: before.status,
      to: ticket.status,
    })
  }
}
