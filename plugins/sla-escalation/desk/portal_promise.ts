import type { DateTime } from 'luxon'
import type { TargetClock } from '../clock/sla_clock.js'
import type { ClockEvaluation } from '../tracking/policy_set.js'
import type { PortalPromise } from '../ui/panel_types.js'

const NOTHING: PortalPromise = { promise: null, by: null }

/** A target still to be met whose due time is ahead: a promise we can still keep. */
const ahead = (
  clock: TargetClock | null,
  now: DateTime
): clock is TargetClock & { dueAt: DateTime } =>
  Boolean(clock?.startedAt && !clock.metAt && clock.dueAt && clock.dueAt > now)

/**
 * "We aim to answer by …": the first response while unmet, or the open
 * next-response cycle (the earlier of the two if both run). "We aim to
 * resolve this by …" only under a policy with no response target at all.
 * Nothing while paused (the time would only move), when met, without a
 * policy, or once the time has passed: a promise already broken is no
 * help to the requester, and the desk's badges and ladder deal with it.
 */
export function promiseOf(evaluation: ClockEvaluation, now: DateTime): PortalPromise {
  if (!evaluation.policy || evaluation.paused) return NOTHING
  const answers = [evaluation.firstResponse, evaluation.nextResponse].filter((clock) =>
    ahead(clock, now)
  ) as (TargetClock & { dueAt: DateTime })[]
  if (answers.length) {
    const by = answers
      .map((clock) => clock.dueAt)
      .reduce((soonest, dueAt) => (dueAt < soonest ? dueAt : soonest))
    return { promise: 'answer', by: by.toUTC().toISO()! }
  }
  const answersSet = evaluation.firstResponse !== null || evaluation.nextResponse !== null
  if (!answersSet && ahead(evaluation.resolution, now)) {
    return { promise: 'resolve', by: evaluation.resolution.dueAt.toUTC().toISO()! }
  }
  return NOTHING
}
