import type { Priority } from '#platform/sdk'
import type { CalendarSpec, Holiday, Shift, Weekday } from '../clock/business_calendar.js'
import type { NextResponseMode } from '../clock/sla_clock.js'
import type { PolicyConditions } from '../clock/policy_match.js'

/**
 * Calendars and policies as admins configure them and the tables keep them.
 * Group and category conditions hold ids; priorities their names.
 */

export const PRIORITIES = [
  'low',
  'medium',
  'high',
  'critical',
] as const satisfies readonly Priority[]

export const TARGETS = ['first_response', 'next_response', 'resolution'] as const
export type Target = (typeof TARGETS)[number]

export const TARGET_LABELS: Record<Target, string> = {
  first_response: 'First response',
  next_response: 'Next response',
  resolution: 'Resolution',
}

export type Calendar = {
  id: number
  name: string
  timezone: string
  hours: Record<Weekday, Shift[]>
  holidays: Holiday[]
  isDefault: boolean
}

export const EMAIL_AUDIENCES = ['assignee', 'group', 'admins', 'agents'] as const
export type EmailAudience = (typeof EMAIL_AUDIENCES)[number]

/**
 * What a ladder step does. `email` to `agents` names the people in userIds;
 * `reassign` moves the ticket to a group, an agent, or both; `priority`
 * raises one level or sets a level (never lowers it).
 */
export type EscalationAction =
  | { type: 'email'; to: EmailAudience; userIds: number[] }
  | { type: 'reassign'; groupId: number | null; userId: number | null }
  | { type: 'priority'; level: 'raise' | Priority }
  | { type: 'note'; body: string }

export const ACTION_TYPES = ['email', 'reassign', 'priority', 'note'] as const

/**
 * One rung: `minutes` before the target's due time (a warning) or after it
 * (a breach). `id` is stable across edits so a step that already fired for
 * a ticket is recognised after the policy is saved again.
 */
export type LadderStep = {
  id: string
  target: Target
  when: 'before' | 'after'
  minutes: number
  actions: EscalationAction[]
}

export type Policy = {
  id: number
  name: string
  position: number
  conditions: PolicyConditions
  calendarId: number
  firstResponseMinutes: number | null
  nextResponseMinutes: number | null
  nextResponseMode: NextResponseMode
  resolutionMinutes: number | null
  ladder: LadderStep[]
}

/** Round the clock, every day: what a new organization starts with. */
export function alwaysOpenHours(): CalendarSpec['hours'] {
  const day: Shift[] = [['00:00', '24:00']]
  return { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day }
}
