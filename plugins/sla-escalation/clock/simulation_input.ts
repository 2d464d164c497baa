import { DateTime } from 'luxon'
import type { Status } from '#platform/sdk'
import BusinessCalendar, {
  CalendarError,
  WEEKDAYS,
  type CalendarSpec,
} from './business_calendar.js'
import { NEXT_RESPONSE_MODES, type NextResponseMode, type SlaPolicy } from './sla_clock.js'
import { EVENT_TYPES, STATUSES, type Timeline, type TimelineEvent } from './timeline.js'

/**
 * Reads and checks the simulator's JSON input (issue 10, point 4). Admins
 * write it by hand, so every refusal names the field at fault, with list
 * positions as in the input: `events.2.at: not an ISO 8601 time`.
 */

export class SimulationError extends Error {
  constructor(
    public field: string,
    message: string
  ) {
    super(`${field}: ${message}`)
  }
}

export type SimulationInput = {
  calendar: BusinessCalendar
  policies: SlaPolicy[]
  timeline: Timeline
  now: DateTime
}

type Json = Record<string, unknown>

const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

function object(value: unknown, field: string): Json {
  if (!isObject(value)) throw new SimulationError(field, 'must be an object')
  return value
}

function list(value: unknown, field: string): unknown[] {
  if (value === undefined) return []
  if (!Array.isArray(value)) throw new SimulationError(field, 'must be a list')
  return value
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.trim() === '') {
    throw new SimulationError(field, 'must be a non-empty string')
  }
  return value
}

/** A field that may be empty: missing and null both mean "none". */
const optionalText = (value: unknown, field: string) =>
  value === undefined || value === null ? null : text(value, field)

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (!allowed.includes(value as T)) {
    throw new SimulationError(field, `must be one of ${allowed.join(', ')}`)
  }
  return value as T
}

/**
 * An instant. The offset (or Z) is required: a bare local time would be
 * read in the server's zone, which an admin testing a policy cannot see.
 */
function instant(value: unknown, field: string): DateTime {
  const parsed = typeof value === 'string' ? DateTime.fromISO(value, { setZone: true }) : null
  if (!parsed?.isValid || !/T.*(Z|[+-]\d{2}(:?\d{2})?)$/i.test(String(value))) {
    throw new SimulationError(
      field,
      'not an ISO 8601 time with an offset (e.g. 2025-03-28T09:30:00Z)'
    )
  }
  return parsed
}

/** A target in business minutes: a whole number above zero, or null/missing for "not set". */
function minutes(value: unknown, field: string): number | null {
  if (value === undefined || value === null) return null
  if (typeof value !== 'number' || !Number.isInteger(value) || value <= 0) {
    throw new SimulationError(field, 'must be a whole number of minutes above 0, or null')
  }
  return value
}

/** The calendar; without one, every minute counts (the default 24/7 calendar, in UTC). */
function calendar(value: unknown): BusinessCalendar {
  if (value === undefined) return BusinessCalendar.alwaysOpen()
  const spec = object(value, 'calendar')
  // BusinessCalendar reads only the seven day keys: a misspelt one would
  // silently leave that day closed, so it is refused here.
  const days = isObject(spec.hours) ? Object.keys(spec.hours) : []
  const unknownDay = days.find((day) => !(WEEKDAYS as readonly string[]).includes(day))
  if (unknownDay) {
    throw new SimulationError(
      `calendar.hours.${unknownDay}`,
      `not a weekday (${WEEKDAYS.join(', ')})`
    )
  }
  // BusinessCalendar would fail with a bare TypeError on holidays that are not a list.
  list(spec.holidays, 'calendar.holidays')
  try {
    return BusinessCalendar.from(spec as CalendarSpec)
  } catch (error) {
    if (!(error instanceof CalendarError)) throw error
    const reason = error.message.slice(`${error.field}: `.length)
    throw new SimulationError(`calendar.${error.field}`, reason)
  }
}

function policy(value: unknown, field: string): SlaPolicy {
  const raw = object(value, field)
  const conditions =
    raw.conditions === undefined ? {} : object(raw.conditions, `${field}.conditions`)
  const values = (key: string) =>
    list(conditions[key], `${field}.conditions.${key}`).map((entry, index) =>
      text(entry, `${field}.conditions.${key}.${index}`)
    )
  const nextResponseMinutes = minutes(raw.next_response_minutes, `${field}.next_response_minutes`)
  const mode = raw.next_response_mode
  return {
    name: text(raw.name, `${field}.name`),
    conditions: {
      priority: values('priority'),
      group: values('group'),
      category: values('category'),
    },
    firstResponseMinutes: minutes(raw.first_response_minutes, `${field}.first_response_minutes`),
    nextResponseMinutes,
    // The mode matters only with a next response target; without one it may be left out.
    nextResponseMode:
      mode === undefined && nextResponseMinutes === null
        ? 'after_customer'
        : oneOf<NextResponseMode>(mode, NEXT_RESPONSE_MODES, `${field}.next_response_mode`),
    resolutionMinutes: minutes(raw.resolution_minutes, `${field}.resolution_minutes`),
  }
}

function event(value: unknown, field: string, createdAt: DateTime): TimelineEvent {
  const raw = object(value, field)
  const at = instant(raw.at, `${field}.at`)
  if (at < createdAt) throw new SimulationError(`${field}.at`, 'is before ticket.created_at')
  const type = oneOf(raw.type, EVENT_TYPES, `${field}.type`)
  const to = `${field}.to`
  switch (type) {
    case 'status_changed':
      return { at, type, to: oneOf<Status>(raw.to, STATUSES, to) }
    case 'priority_changed':
      return { at, type, to: text(raw.to, to) }
    case 'group_changed':
    case 'category_changed':
      if (raw.to === undefined) throw new SimulationError(to, 'must be a name, or null for none')
      return { at, type, to: optionalText(raw.to, to) }
    default:
      return { at, type }
  }
}

export function parseSimulationInput(input: unknown): SimulationInput {
  const root = object(input, 'input')
  const ticket = object(root.ticket, 'ticket')
  const createdAt = instant(ticket.created_at, 'ticket.created_at')
  const events = list(root.events, 'events').map((entry, index) =>
    event(entry, `events.${index}`, createdAt)
  )
  const lastEventAt = events.reduce<DateTime>((last, { at }) => (at > last ? at : last), createdAt)
  const now = root.now === undefined ? lastEventAt : instant(root.now, 'now')
  if (now < createdAt) throw new SimulationError('now', 'is before ticket.created_at')

  return {
    calendar: calendar(root.calendar),
    policies: list(root.policies, 'policies').map((entry, index) =>
      policy(entry, `policies.${index}`)
    ),
    timeline: {
      createdAt,
      status:
        ticket.status === undefined
          ? 'open'
          : oneOf<Status>(ticket.status, STATUSES, 'ticket.status'),
      fields: {
        priority: text(ticket.priority, 'ticket.priority'),
        group: optionalText(ticket.group, 'ticket.group'),
        category: optionalText(ticket.category, 'ticket.category'),
      },
      events,
    },
    now,
  }
}
