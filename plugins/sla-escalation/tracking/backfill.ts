import type { Status } from '#platform/sdk'
import Clocks from '../data/clocks.js'
import type { Context } from '../types.js'
import { refreshClock } from './refresh_clock.js'

/** Every status a ticket can still change from: closed tickets need no clock. */
const NOT_CLOSED: Status[] = ['open', 'assigned', 'in_progress', 'waiting_on_customer', 'resolved']

/**
 * Gives a clock to the open tickets that have none: those opened before the
 * plugin was enabled or before the first policy existed. One page of
 * tickets per call (one query for which of them have clocks), so a caller
 * can stop between pages; answers the cursor of the next page, or null.
 */
export async function backfillPage(context: Context, cursor: string | null) {
  const page = await context.tickets.list({ status: NOT_CLOSED, cursor, limit: 500 })
  const known = await new Clocks(context.db).findMany(page.tickets.map((ticket) => ticket.id))
  const hasClock = new Set(known.map((row) => Number(row.ticket_id)))
  for (const ticket of page.tickets) {
    if (context.signal.aborted) break
    if (!hasClock.has(ticket.id)) await refreshClock(context, ticket.id)
  }
  return page.nextCursor
}
