import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import TicketHistory from '#models/ticket_history'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import type { PluginActor } from '#services/request_context'

export type HistoryField =
  | 'created'
  | 'status'
  | 'assignee'
  | 'priority'
  | 'group'
  | 'category'
  | 'subcategory'
  | 'title'
  | 'reply'
  | 'note'

export type Change = {
  field: HistoryField
  from?: string | null
  to?: string | null
  /** Entries only staff may see (internal notes). */
  internal?: boolean
}

/**
 * Appends to a ticket's timeline inside the caller's transaction: who
 * changed which field from what to what, and when.
 */
export async function recordHistory(
  trx: TransactionClientContract,
  ticket: Ticket,
  actor: User | null,
  changes: Change[],
  plugin?: PluginActor | null
) {
  if (changes.length === 0) {
    return
  }
  await TicketHistory.createMany(
    changes.map((change) => ({
      organizationId: ticket.organizationId,
      ticketId: ticket.id,
      actorId: actor?.id ?? null,
      actorPlugin: plugin?.id ?? null,
      field: change.field,
      oldValue: change.from ?? null,
      newValue: change.to ?? null,
      isInternal: change.internal ?? false,
    })),
    { client: trx }
  )
}
