import { DateTime } from 'luxon'
import Clocks from '../data/clocks.js'
import type { Context } from '../types.js'
import { computeClock } from './clock_computation.js'
import PolicySet from './policy_set.js'
import { factsFromDetail } from './stored_timeline.js'

/**
 * Re-reads one ticket through the host API and stores its clock. Called for
 * every ticket event, in any order and possibly twice: the ticket's records
 * are the truth, and a read older than the stored one (fewer records) never
 * overwrites it, so concurrent deliveries cannot roll a clock back.
 */
export async function refreshClock(context: Context, ticketId: number) {
  const detail = await context.tickets.get(ticketId)
  if (!detail) return
  const facts = factsFromDetail(detail)
  const clocks = new Clocks(context.db)
  const policies = await PolicySet.load(context.db)
  const firedByTicket = await clocks.firedKeys([ticketId])
  const fired = firedByTicket.get(ticketId) ?? new Set<string>()
  await clocks.saveUnlessNewer(computeClock(facts, policies, fired, DateTime.now()).row)
}
