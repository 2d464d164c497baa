import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Ticket from '#models/ticket'
import type { Status } from '#models/ticket'
import type { ActorContext } from '#services/request_context'
import type { Change } from '#services/tickets/ticket_history_recorder'
import Outbox, { type OutboxEntry } from '#platform/outbox'
import { actorSnapshot, ticketSnapshot } from '#platform/snapshots'

const UPDATED_FIELDS = new Set(['title', 'priority', 'group', 'category', 'subcategory'])

/**
 * The events a ticket change stands for: an assignment, a status change
 * and an edit of fields may come out of one action (moving a ticket to
 * another group can unassign it and send it back to "open").
 */
export function changeEvents(
  ticket: Ticket,
  before: { assigneeId: number | null; status: Status },
  changes: Change[],
  context: ActorContext
): OutboxEntry[] {
  const base = {
    ticket: ticketSnapshot(ticket),
    actor: actorSnapshot(context.actor, context.plugin),
  }
  const events: OutboxEntry[] = []
  const edited = changes
    .filter((change) => UPDATED_FIELDS.has(change.field))
    .map((change) => ({ field: change.field, from: change.from ?? null, to: change.to ?? null }))
  if (edited.length) {
    events.push({ name: 'ticket.updated', payload: { ...base, changes: edited } })
  }
  if (before.assigneeId !== ticket.assigneeId) {
    events.push({
      name: 'ticket.assigned',
      payload: { ...base, previousAssigneeId: before.assigneeId, assigneeId: ticket.assigneeId },
    })
  }
  if (before.status !== ticket.status) {
    events.push({
      name: 'ticket.status_changed',
      payload: { ...base, from: before.status, to: ticket.status },
    })
  }
  return events
}

/** Writes those events in the change's transaction, in one statement. */
export async function announceChanges(
  trx: TransactionClientContract,
  ticket: Ticket,
  before: { assigneeId: number | null; status: Status },
  changes: Change[],
  context: ActorContext
) {
  await Outbox.recordAll(trx, ticket.organizationId, changeEvents(ticket, before, changes, context))
}
