import type { SimulatedTarget, SimulationOutput } from '../clock/simulation.js'

/**
 * Shorthands for the table-driven SLA tests: inputs in the simulator's JSON
 * shape (so every case also exercises the contract), expected outputs
 * written out in full.
 */

const weekdays = (shifts: string[][]) => ({
  mon: shifts,
  tue: shifts,
  wed: shifts,
  thu: shifts,
  fri: shifts,
  sat: [],
  sun: [],
})

/** Every minute counts, in UTC. */
export const ALWAYS_UTC = {
  timezone: 'UTC',
  hours: {
    ...weekdays([['00:00', '24:00']]),
    sat: [['00:00', '24:00']],
    sun: [['00:00', '24:00']],
  },
}

/** Mon–Fri 09:00–17:00 in Berlin. */
export const BERLIN_OFFICE = { timezone: 'Europe/Berlin', hours: weekdays([['09:00', '17:00']]) }

/** Mon–Fri 08:00–12:00 and 13:00–17:00 in Berlin. */
export const BERLIN_SPLIT = {
  timezone: 'Europe/Berlin',
  hours: weekdays([
    ['08:00', '12:00'],
    ['13:00', '17:00'],
  ]),
}

/** The same shifts on all seven days, in Berlin: for the DST Sundays. */
export const berlinDaily = (shift: string[]) => ({
  timezone: 'Europe/Berlin',
  hours: { ...weekdays([shift]), sat: [shift], sun: [shift] },
})

type PolicyInput = {
  name?: string
  conditions?: { priority?: string[]; group?: string[]; category?: string[] }
  first_response_minutes?: number | null
  next_response_minutes?: number | null
  next_response_mode?: 'after_customer' | 'between_updates'
  resolution_minutes?: number | null
}

/** A policy for every ticket; targets not given are left unset. */
export const policy = (fields: PolicyInput) => ({
  name: 'Standard',
  conditions: { priority: [], group: [], category: [] },
  ...fields,
})

export type Event = { at: string; type: string; to?: string | null }

/** A time on Monday 2025-01-06 in UTC, for the 24/7 cases: day('10:30'). */
export const day = (time: string) => `2025-01-06T${time}:00Z`

/** An event on that day: at('10:30', 'agent_replied'), at('11:00', 'status_changed', 'resolved'). */
export const at = (time: string, type: string, to?: string | null): Event =>
  to === undefined ? { at: day(time), type } : { at: day(time), type, to }

/** A simulator input: one medium-priority ticket in group IT, created open. */
export function input(options: {
  calendar?: object
  policies: object[]
  createdAt: string
  status?: string
  priority?: string
  events?: Event[]
  now?: string
}) {
  return {
    ...(options.calendar ? { calendar: options.calendar } : {}),
    policies: options.policies,
    ticket: {
      created_at: options.createdAt,
      priority: options.priority ?? 'medium',
      group: 'IT',
      category: null,
      status: options.status ?? 'open',
    },
    events: options.events ?? [],
    ...(options.now ? { now: options.now } : {}),
  }
}

/** An expected target: due, met, business minutes, diff. */
export const t = (
  due: string | null,
  met: string | null,
  businessMinutes: number | null,
  diffMinutes: number | null
): SimulatedTarget => ({
  due_at: due,
  met_at: met,
  business_minutes: businessMinutes,
  diff_minutes: diffMinutes,
})

/** The output of a next-response target whose first cycle has not started. */
export const NOT_STARTED = t(null, null, null, null)

export const NO_POLICY: SimulationOutput = {
  policy: null,
  escalation_at: null,
  first_response: null,
  next_response: null,
  resolution: null,
}

export type Case = { title: string; input: unknown; expected: SimulationOutput }

/** The issue's example input: Berlin office hours, a holiday, a ticket from 2013. */
export const ISSUE_EXAMPLE = {
  calendar: { ...BERLIN_OFFICE, holidays: ['2015-09-22'] },
  policies: [
    {
      name: 'High priority',
      conditions: { priority: ['high'], group: [], category: [] },
      first_response_minutes: 60,
      next_response_minutes: 180,
      next_response_mode: 'between_updates',
      resolution_minutes: 240,
    },
  ],
  ticket: {
    created_at: '2013-03-21T09:30:00Z',
    priority: 'medium',
    group: 'IT',
    category: null,
    status: 'open',
  },
  events: [] as object[],
}
