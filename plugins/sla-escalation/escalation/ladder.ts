import type { DateTime } from 'luxon'
import type { SlaEvaluation, TargetClock } from '../clock/sla_clock.js'
import { TARGETS, type LadderStep, type Policy, type Target } from '../policies/policy.js'

/**
 * Which ladder steps are due for one ticket, and when the next one will be.
 * Pure: the sweep and the recompute both ask it, with the steps that
 * already fired, so neither ever fires a step twice.
 */

export type DueStep = {
  step: LadderStep
  target: Target
  clock: TargetClock & { dueAt: DateTime }
  fireAt: DateTime
  /** Unique per ticket: the policy, the step, the target and its cycle. */
  key: string
  kind: 'warning' | 'breach'
}

const clockOf = (evaluation: SlaEvaluation, target: Target): TargetClock | null =>
  target === 'first_response'
    ? evaluation.firstResponse
    : target === 'next_response'
      ? evaluation.nextResponse
      : evaluation.resolution

/**
 * Every step that could still fire, with its time. A step is moot — left
 * out — when its target is met, not set, not started, or the ticket is
 * paused; a warning is moot once its due time has passed (the breach steps
 * speak then).
 */
export function pendingSteps(
  policy: Policy,
  evaluation: SlaEvaluation,
  fired: ReadonlySet<string>,
  now: DateTime
): DueStep[] {
  if (evaluation.paused) return []
  const pending: DueStep[] = []
  for (const target of TARGETS) {
    const clock = clockOf(evaluation, target)
    if (!clock?.dueAt || clock.metAt || !clock.startedAt) continue
    for (const step of policy.ladder) {
      if (step.target !== target) continue
      const kind = step.when === 'before' ? 'warning' : 'breach'
      if (kind === 'warning' && now >= clock.dueAt) continue
      const key = stepKey(policy, step, target, clock.startedAt)
      if (fired.has(key)) continue
      const fireAt =
        kind === 'warning'
          ? clock.dueAt.minus({ minutes: step.minutes })
          : clock.dueAt.plus({ minutes: step.minutes })
      pending.push({ step, target, clock: { ...clock, dueAt: clock.dueAt }, fireAt, key, kind })
    }
  }
  return pending.sort((a, b) => a.fireAt.toMillis() - b.fireAt.toMillis())
}

export function stepKey(policy: Policy, step: LadderStep, target: Target, cycleStart: DateTime) {
  return `${policy.id}:${step.id}:${target}:${cycleStart.toUTC().toMillis()}`
}

/** The steps whose time has come. */
export function dueSteps(pending: DueStep[], now: DateTime) {
  return pending.filter((step) => step.fireAt <= now)
}

/** When the sweep should look at the ticket again; null when no step is pending. */
export function nextStepAt(pending: DueStep[]): DateTime | null {
  return pending[0]?.fireAt ?? null
}
