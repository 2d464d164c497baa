import { DateTime } from 'luxon'
import type { TicketSnapshot } from '#platform/sdk'
import Clocks, { factsOfRow, type ClockRow } from '../data/clocks.js'
import PolicySet from '../tracking/policy_set.js'
import { refreshClock } from '../tracking/refresh_clock.js'
import type { Context } from '../types.js'

/**
 * Whether the stored clock may lag behind the ticket on the page: clocks
 * follow ticket events in the worker, so right after an agent's change the
 * page can be rendered before the event was handled.
 */
function lagsBehind(row: ClockRow, ticket: TicketSnapshot) {
  return (
    row.status !== ticket.status ||
    row.priority !== ticket.priority ||
    (row.group_id === null ? null : Number(row.group_id)) !== ticket.groupId ||
    (row.category_id === null ? null : Number(row.category_id)) !== ticket.categoryId ||
    DateTime.fromISO(ticket.updatedAt) > DateTime.fromJSDate(row.computed_at)
  )
}

/**
 * The ticket's clock evaluated now, for the panels. A ticket with no clock
 * row (opened before the plugin was enabled) or a stale one is computed
 * first, through the same path as the event handlers.
 */
export async function evaluateTicket(context: Context, ticket: TicketSnapshot) {
  const clocks = new Clocks(context.db)
  let row = await clocks.find(ticket.id)
  if (!row || lagsBehind(row, ticket)) {
    await refreshClock(context, ticket.id)
    row = await clocks.find(ticket.id)
  }
  if (!row) return null
  const policies = await PolicySet.load(context.db)
  const now = DateTime.now()
  return { row, now, evaluation: policies.evaluate(factsOfRow(row), now) }
}
