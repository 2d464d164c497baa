import type { DateTime } from 'luxon'
import type { Status } from '#platform/sdk'
import type { TargetClock } from '../clock/sla_clock.js'
import { TARGET_LABELS, TARGETS, type Policy, type Target } from '../policies/policy.js'
import type { ClockEvaluation } from '../tracking/policy_set.js'
import type { TargetState, TargetView, TimersData } from '../ui/panel_types.js'
import { summarizeCalendar } from './calendar_summary.js'

const PAUSE_REASONS: Partial<Record<Status, string>> = {
  waiting_on_customer: 'waiting on customer',
  resolved: 'resolved',
  closed: 'closed',
}

const iso = (at: DateTime | null) => (at ? at.toUTC().toISO() : null)

function minutesOf(policy: Policy, target: Target) {
  if (target === 'first_response') return policy.firstResponseMinutes
  if (target === 'next_response') return policy.nextResponseMinutes
  return policy.resolutionMinutes
}

function clockOf(evaluation: ClockEvaluation, target: Target): TargetClock | null {
  if (target === 'first_response') return evaluation.firstResponse
  if (target === 'next_response') return evaluation.nextResponse
  return evaluation.resolution
}

export function stateOf(clock: TargetClock, paused: boolean, now: DateTime): TargetState {
  if (!clock.startedAt) return 'waiting'
  if (clock.metAt) return !clock.dueAt || clock.metAt <= clock.dueAt ? 'met' : 'met_late'
  if (!clock.dueAt) return 'unreachable'
  // A paused clock's due time is projected from now on, so it is never in
  // the past unless the target was already missed before the pause.
  if (clock.dueAt <= now) return 'late'
  return paused ? 'paused' : 'running'
}

/** The panel's data for one ticket: its evaluation at `now`, as JSON for the browser. */
export function timersView(evaluation: ClockEvaluation, status: Status, now: DateTime): TimersData {
  const policy = evaluation.policy
  const targets: TargetView[] = []
  for (const target of policy ? TARGETS : []) {
    const clock = clockOf(evaluation, target)
    const minutes = minutesOf(policy!, target)
    if (!clock || minutes === null) continue
    targets.push({
      target,
      label: TARGET_LABELS[target],
      minutes,
      state: stateOf(clock, evaluation.paused, now),
      startedAt: iso(clock.startedAt),
      dueAt: iso(clock.dueAt),
      metAt: iso(clock.metAt),
      businessMinutes: clock.businessMinutes,
      diffMinutes: clock.diffMinutes,
    })
  }
  return {
    now: iso(now)!,
    policy: policy?.name ?? null,
    calendar: policy && evaluation.calendar ? summarizeCalendar(evaluation.calendar) : null,
    pausedBecause: policy && evaluation.paused ? (PAUSE_REASONS[status] ?? 'paused') : null,
    nextResponseMode:
      policy && policy.nextResponseMinutes !== null ? policy.nextResponseMode : null,
    targets,
    pauses: policy
      ? evaluation.pauses.map((pause) => ({ start: iso(pause.start)!, end: iso(pause.end) }))
      : [],
  }
}
