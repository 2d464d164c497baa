import type { DateTime } from 'luxon'
import { evaluateSla, type TargetClock } from './sla_clock.js'
import { parseSimulationInput } from './simulation_input.js'

export { SimulationError } from './simulation_input.js'

/**
 * The simulator's contract (issue 10, point 4): one ticket timeline in as
 * JSON, the SLA clocks out as JSON, nothing read or written elsewhere. The
 * `sla-escalation:simulate` command and the "Test a policy" page are thin
 * wrappers around `simulate`.
 */

/** A target in the output: null when the policy does not set it. */
export type SimulatedTarget = {
  due_at: string | null
  met_at: string | null
  business_minutes: number | null
  diff_minutes: number | null
} | null

export type SimulationOutput = {
  policy: string | null
  escalation_at: string | null
  first_response: SimulatedTarget
  next_response: SimulatedTarget
  resolution: SimulatedTarget
}

/**
 * Instants in UTC, `2025-03-28T09:30:00Z`: whole seconds without a
 * fraction; milliseconds appear only when an input had them, so nothing is
 * silently truncated.
 */
const iso = (at: DateTime | null) => (at ? at.toUTC().toISO({ suppressMilliseconds: true }) : null)

function target(clock: TargetClock | null): SimulatedTarget {
  if (!clock) return null
  return {
    due_at: iso(clock.dueAt),
    met_at: iso(clock.metAt),
    business_minutes: clock.businessMinutes,
    diff_minutes: clock.diffMinutes,
  }
}

/** Throws a SimulationError naming the bad field when the input is not a valid timeline. */
export function simulate(input: unknown): SimulationOutput {
  const { calendar, policies, timeline, now } = parseSimulationInput(input)
  const result = evaluateSla(timeline, calendar, policies, now)
  return {
    policy: result.policy?.name ?? null,
    escalation_at: iso(result.escalationAt),
    first_response: target(result.firstResponse),
    next_response: target(result.nextResponse),
    resolution: target(result.resolution),
  }
}
