/**
 * Puts the benchmark's clocks in the state of a helpdesk whose sweep has
 * been running all along: every ladder step whose time has come is
 * recorded as fired (sla_escalation_fired_steps, with the keys the sweep
 * itself would claim), except one due step on each of a few chosen tickets
 * — the tickets that the measured sweep tick finds due.
 *
 * Steps coming due within `horizonMinutes` of now are recorded too, so that
 * no other ticket comes due while the benchmark runs, and a chosen warning
 * is due for at least half of that, so that it does not become moot (its
 * due time passed) before the tick: the tick finds exactly the chosen
 * tickets as long as the run takes less than that.
 */
import type { Database } from '@adonisjs/lucid/database'
import { DateTime } from 'luxon'
import type { ClockRow } from '#plugins/sla-escalation/data/clocks'
import type { TargetClock } from '#plugins/sla-escalation/clock/sla_clock'
import type PolicySet from '#plugins/sla-escalation/tracking/policy_set'

type Fired = { ticketId: number; key: string; target: string; kind: string; at: DateTime }

export type FiredHistory = { recorded: number; chosen: Map<number, string> }

const READ = 5_000
const WRITE = 10_000

/**
 * `want` tickets are chosen among those with exactly one step due now, half
 * with a due warning and half with a due breach when there are both; the
 * same `chosen` map passed again (a second pass) keeps them as they are.
 */
export async function recordFiredHistory(
  db: Database,
  orgId: number,
  policies: PolicySet,
  options: { horizonMinutes: number; want: number; chosen?: Map<number, string> }
): Promise<FiredHistory> {
  const { pendingSteps, dueSteps, stepKey } =
    await import('#plugins/sla-escalation/escalation/ladder')
  const { factsOfRow } = await import('#plugins/sla-escalation/data/clocks')
  const { TARGETS } = await import('#plugins/sla-escalation/policies/policy')

  const now = DateTime.now()
  const horizon = now.plus({ minutes: options.horizonMinutes })
  const stillDueAt = now.plus({ minutes: options.horizonMinutes / 2 })
  const secondPass = options.chosen !== undefined
  const chosen = options.chosen ?? new Map<number, string>()
  /** Tickets with exactly one step due now, held back until the choice is made. */
  const candidates = { warning: [] as Candidate[], breach: [] as Candidate[] }
  let pending: Fired[] = []
  let recorded = 0

  const flush = async () => {
    if (pending.length === 0) return
    await db.rawQuery(
      `INSERT INTO sla_escalation_fired_steps (organization_id, ticket_id, step_key, target, kind, fired_at)
       SELECT ?, * FROM unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::timestamptz[])
       ON CONFLICT (organization_id, ticket_id, step_key) DO NOTHING`,
      [
        orgId,
        pending.map((fired) => fired.ticketId),
        pending.map((fired) => fired.key),
        pending.map((fired) => fired.target),
        pending.map((fired) => fired.kind),
        pending.map((fired) => fired.at.toJSDate()),
      ]
    )
    recorded += pending.length
    pending = []
  }

  let afterId = 0
  for (;;) {
    const rows = (await db
      .from('sla_escalation_clocks')
      .where('organization_id', orgId)
      .where('id', '>', afterId)
      .orderBy('id')
      .limit(READ)) as ClockRow[]
    if (rows.length === 0) break
    afterId = Number(rows.at(-1)!.id)
    for (const row of rows) {
      const facts = factsOfRow(row)
      if (secondPass && chosen.has(facts.ticketId)) continue
      const evaluation = policies.evaluate(facts, now)
      const policy = evaluation.policy
      if (!policy || evaluation.paused) continue

      const fired: Fired[] = []
      const clocks: Record<string, TargetClock | null> = {
        first_response: evaluation.firstResponse,
        next_response: evaluation.nextResponse,
        resolution: evaluation.resolution,
      }
      for (const target of TARGETS) {
        const clock = clocks[target]
        if (!clock?.dueAt || clock.metAt || !clock.startedAt) continue
        for (const step of policy.ladder) {
          if (step.target !== target) continue
          const at =
            step.when === 'before'
              ? clock.dueAt.minus({ minutes: step.minutes })
              : clock.dueAt.plus({ minutes: step.minutes })
          if (at > horizon) continue
          fired.push({
            ticketId: facts.ticketId,
            key: stepKey(policy, step, target, clock.startedAt),
            target,
            kind: step.when === 'before' ? 'warning' : 'breach',
            at: at > now ? now : at,
          })
        }
      }

      // What the measured tick would fire for this ticket, were it chosen.
      const dueNow = secondPass
        ? []
        : dueSteps(pendingSteps(policy, evaluation, new Set(), now), now)
      // A warning stays due only until its due time: keep those that stay due for the whole run.
      const lasts = dueNow[0]?.kind === 'breach' || dueNow[0]?.clock.dueAt > stillDueAt
      const held = dueNow.length === 1 && lasts ? candidates[dueNow[0].kind] : null
      if (held && held.length < options.want) {
        held.push({ ticketId: facts.ticketId, skip: dueNow[0].key, fired })
      } else {
        pending.push(...fired)
      }
      if (pending.length >= WRITE) await flush()
    }
  }

  if (!secondPass) {
    // Half warnings, half breaches; outside office hours no warning comes due, so all breaches then.
    const warnings = Math.min(candidates.warning.length, Math.ceil(options.want / 2))
    const picked = [
      ...candidates.warning.slice(0, warnings),
      ...candidates.breach.slice(0, options.want - warnings),
    ]
    if (picked.length < options.want) {
      throw new Error(
        `only ${picked.length} tickets have exactly one step due now (wanted ${options.want})`
      )
    }
    for (const candidate of picked) chosen.set(candidate.ticketId, candidate.skip)
    for (const candidate of [...candidates.warning, ...candidates.breach]) {
      const skip = chosen.get(candidate.ticketId)
      pending.push(...candidate.fired.filter((fired) => fired.key !== skip))
    }
  }
  await flush()
  return { recorded, chosen }
}

type Candidate = { ticketId: number; skip: string; fired: Fired[] }
