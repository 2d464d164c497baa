import type { DateTime } from 'luxon'
import { clockColumns, type ClockColumns } from '../data/clocks.js'
import { nextStepAt, pendingSteps } from '../escalation/ladder.js'
import type PolicySet from './policy_set.js'
import type { ClockEvaluation } from './policy_set.js'
import type { ClockFacts } from './stored_timeline.js'

/**
 * One ticket's clock computed at `now`: the evaluation, and the row to
 * store with the time of its next pending ladder step. Shared by the event
 * handlers, the batch recompute and the sweep.
 */
export function computeClock(
  facts: ClockFacts,
  policies: PolicySet,
  fired: ReadonlySet<string>,
  now: DateTime
): { evaluation: ClockEvaluation; row: ClockColumns } {
  const evaluation = policies.evaluate(facts, now)
  const pending = evaluation.policy ? pendingSteps(evaluation.policy, evaluation, fired, now) : []
  return { evaluation, row: clockColumns(facts, evaluation, nextStepAt(pending)) }
}
