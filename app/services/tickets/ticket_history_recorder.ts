import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import type { PluginActor } from '#services/request_context'
import type { Message } from '#i18n/message'
import { storeParams } from '#i18n/stored_message'

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
  /** Why it changed, when a rule rather than a person decided (automatic assignment). */
  reason?: Message
}

/**
 * Appends to a ticket's timeline inside the caller's transaction: who
 * changed which field from what to what, and when. All entries of one
 * change go in one INSERT, at one time.
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
  // Luxon's clock, as the models' timestamps: tests and plugins stop it with fakeClock.
  const now = DateTime.now().toJSDate()
  await trx.table('ticket_history').multiInsert(
    changes.map((change) => ({
      organization_id: ticket.organizationId,
      ticket_id: ticket.id,
      actor_id: actor?.id ?? null,
      actor_plugin: plugin?.id ?? null,
      field: change.field,
      old_value: change.from ?? null,
      new_value: change.to ?? null,
      is_internal: change.internal ?? false,
      reason: change.reason?.text ?? null,
      reason_params: change.reason ? JSON.stringify(storeParams(change.reason.params)) : null,
      created_at: now,
    }))
  )
}
