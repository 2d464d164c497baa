import { DateTime } from 'luxon'
import type { Status } from '#platform/sdk'
import BusinessCalendar from '../clock/business_calendar.js'
import { evaluateSla } from '../clock/sla_clock.js'
import type { TimelineEvent } from '../clock/timeline.js'
import type { Policy } from '../policies/policy.js'
import type { ClockEvaluation } from '../tracking/policy_set.js'

/** Shorthands for the desk's pure tests: a 24/7 UTC clock on Monday 2 March 2026. */

export const T0 = DateTime.fromISO('2026-03-02T09:00:00Z', { zone: 'utc' })
export const plus = (minutes: number) => T0.plus({ minutes })

export function slaPolicy(fields: Partial<Policy> = {}): Policy {
  return {
    id: 1,
    name: 'Standard',
    position: 1,
    conditions: { priority: [], group: [], category: [] },
    calendarId: 1,
    firstResponseMinutes: 60,
    nextResponseMinutes: null,
    nextResponseMode: 'after_customer',
    resolutionMinutes: 480,
    ladder: [],
    ...fields,
  }
}

type Event =
  | [minutes: number, 'agent_replied' | 'customer_replied']
  | [minutes: number, 'status_changed', to: Status]

/** A ticket created at T0 with these events, evaluated `nowMinutes` after T0. */
export function evaluate(
  policy: Policy | null,
  events: Event[],
  nowMinutes: number
): ClockEvaluation {
  const timeline = {
    createdAt: T0,
    status: 'open' as const,
    fields: { priority: 'medium', group: 1, category: null },
    events: events.map(([minutes, type, to]) =>
      type === 'status_changed'
        ? ({ at: plus(minutes), type, to } as TimelineEvent)
        : ({ at: plus(minutes), type } as TimelineEvent)
    ),
  }
  return {
    ...evaluateSla(
      timeline,
      BusinessCalendar.alwaysOpen(),
      policy ? [policy] : [],
      plus(nowMinutes)
    ),
    calendar: null,
  }
}
