import { DateTime } from 'luxon'
import Clocks from '../data/clocks.js'
import { computeClock } from '../tracking/clock_computation.js'
import PolicySet from '../tracking/policy_set.js'
import { factsFromDetail } from '../tracking/stored_timeline.js'
import type { Context } from '../types.js'
import { fireStep } from './fire_step.js'
import { dueSteps, pendingSteps } from './ladder.js'

/** Tickets looked at per tick; more wait for the next one, earliest first. */
export const SWEEP_LIMIT = 200

/**
 * One sweep tick for one organization. It reads only the clocks whose next
 * ladder step is due (a partial index on next_step_at), re-reads each such
 * ticket so a reply or pause that just happened makes a step moot, claims
 * each due step in the fired-steps table — the unique key lets exactly one
 * worker win — and only then carries it out. A crash after the claim loses
 * that step's remaining actions rather than repeating them: a step fires at
 * most once.
 */
export async function sweep(context: Context, now = DateTime.now()) {
  const clocks = new Clocks(context.db)
  const rows = await clocks.due(now, SWEEP_LIMIT)
  if (rows.length === 0) return { tickets: 0, fired: 0 }

  const policies = await PolicySet.load(context.db)
  const firedByTicket = await clocks.firedKeys(rows.map((row) => Number(row.ticket_id)))
  let fired = 0
  for (const row of rows) {
    if (context.signal.aborted) break
    const ticketId = Number(row.ticket_id)
    const detail = await context.tickets.get(ticketId)
    if (!detail) {
      await clocks.remove(ticketId)
      continue
    }
    const facts = factsFromDetail(detail)
    const keys = new Set(firedByTicket.get(ticketId) ?? [])
    const evaluation = policies.evaluate(facts, now)
    if (evaluation.policy) {
      for (const due of dueSteps(pendingSteps(evaluation.policy, evaluation, keys, now), now)) {
        keys.add(due.key)
        if (!(await clocks.claimStep(ticketId, due.key, due.target, due.kind))) continue
        await fireStep(
          context,
          detail.ticket,
          due,
          evaluation.policy,
          evaluation.calendar?.timezone ?? 'UTC',
          now
        )
        fired++
      }
    }
    await clocks.saveUnlessNewer(computeClock(facts, policies, keys, now).row)
  }
  return { tickets: rows.length, fired }
}
