import type { DateTime } from 'luxon'
import type BusinessCalendar from './business_calendar.js'
import { choosePolicy, type MatchablePolicy } from './policy_match.js'
import RunningClock from './running_clock.js'
import { FINISHED_STATUSES, PAUSING_STATUSES, type Timeline } from './timeline.js'
import { replay, type Cycle, type Span } from './timeline_replay.js'

/**
 * The SLA clock: one ticket timeline, a calendar and the ordered policies
 * in, the state of each target at an instant out. Pure — no database, no
 * current time — so the product, the simulate command and the tests share it.
 */

export type NextResponseMode = 'after_customer' | 'between_updates'
export const NEXT_RESPONSE_MODES: readonly NextResponseMode[] = [
  'after_customer',
  'between_updates',
]

/** Targets are in business minutes; null leaves a target unset (it has no clock). */
export type SlaPolicy = MatchablePolicy & {
  name: string
  firstResponseMinutes: number | null
  nextResponseMinutes: number | null
  nextResponseMode: NextResponseMode
  resolutionMinutes: number | null
}

/**
 * One target's state. All null when the target is set but its clock has not
 * started (next response before any cycle).
 *
 * - dueAt: when the running business time reaches the target; null if the
 *   calendar never opens again.
 * - businessMinutes: running business time from the clock's start to metAt,
 *   or to `now` while unmet; whole minutes, rounded down (59 s count as 0).
 * - diffMinutes: target − businessMinutes. Positive: in time, by that much;
 *   negative: late. For an unmet target it is taken at `now`: the business
 *   minutes left (or already over) — what a countdown shows.
 */
export type TargetClock = {
  /** When this target's clock (its current cycle, for next response) started counting. */
  startedAt: DateTime | null
  dueAt: DateTime | null
  metAt: DateTime | null
  businessMinutes: number | null
  diffMinutes: number | null
}

export type SlaEvaluation<P extends SlaPolicy = SlaPolicy> = {
  policy: P | null
  /** The clock stands still (waiting on the customer, resolved, closed). */
  paused: boolean
  /** The spans the clock stood still, for "explain". */
  pauses: readonly Span[]
  /** The earliest due time of the unmet targets; null once the ticket is resolved or closed. */
  escalationAt: DateTime | null
  firstResponse: TargetClock | null
  nextResponse: TargetClock | null
  resolution: TargetClock | null
}

const MINUTE = 60_000
const NOT_STARTED: TargetClock = {
  startedAt: null,
  dueAt: null,
  metAt: null,
  businessMinutes: null,
  diffMinutes: null,
}

/**
 * A target's clock over one cycle. A met target is looked at as of the
 * moment it was met, so it keeps the due time it had then; an unmet one as
 * of `now`, so a pause still going on is projected as if it ended now.
 */
function measure(
  calendar: BusinessCalendar,
  pauses: readonly Span[],
  now: DateTime,
  minutes: number,
  cycle: Cycle | null
): TargetClock {
  if (!cycle) return NOT_STARTED
  const asOf = cycle.metAt ?? now
  const clock = RunningClock.asOf(calendar, pauses, asOf)
  const businessMinutes = Math.floor(clock.elapsedMillis(cycle.start, asOf) / MINUTE)
  return {
    startedAt: cycle.start,
    dueAt: clock.dueAt(cycle.start, minutes * MINUTE),
    metAt: cycle.metAt,
    businessMinutes,
    diffMinutes: minutes - businessMinutes,
  }
}

/**
 * Evaluates the timeline at `now`. The policy is the one matching the
 * ticket's fields at `now`; a field change therefore re-evaluates the whole
 * timeline under the new policy's targets, every clock still starting at
 * creation (a creation outside hours counts from the next opening, since
 * only business time counts).
 */
export function evaluateSla<P extends SlaPolicy>(
  timeline: Timeline,
  calendar: BusinessCalendar,
  policies: readonly P[],
  now: DateTime
): SlaEvaluation<P> {
  const facts = replay(timeline, now)
  const policy = choosePolicy(policies, facts.fields)
  if (!policy) {
    return {
      policy: null,
      paused: false,
      pauses: facts.pauses,
      escalationAt: null,
      firstResponse: null,
      nextResponse: null,
      resolution: null,
    }
  }

  const target = (minutes: number | null, cycle: Cycle | null) =>
    minutes === null ? null : measure(calendar, facts.pauses, now, minutes, cycle)
  const created = timeline.createdAt
  const firstResponse = target(policy.firstResponseMinutes, {
    start: created,
    metAt: facts.firstAgentReplyAt,
  })
  const nextResponse = target(
    policy.nextResponseMinutes,
    facts.nextResponse[policy.nextResponseMode]
  )
  const resolution = target(policy.resolutionMinutes, {
    start: created,
    metAt: facts.firstFinishedAt,
  })

  return {
    policy,
    paused: PAUSING_STATUSES.includes(facts.status),
    pauses: facts.pauses,
    escalationAt: FINISHED_STATUSES.includes(facts.status)
      ? null
      : earliestUnmetDue([firstResponse, nextResponse, resolution]),
    firstResponse,
    nextResponse,
    resolution,
  }
}

function earliestUnmetDue(clocks: (TargetClock | null)[]): DateTime | null {
  let earliest: DateTime | null = null
  for (const clock of clocks) {
    if (!clock?.dueAt || clock.metAt) continue
    if (!earliest || clock.dueAt < earliest) earliest = clock.dueAt
  }
  return earliest
}
