import vine from '@vinejs/vine'
import { IANAZone } from 'luxon'
import BusinessCalendar, {
  CalendarError,
  WEEKDAYS,
  type Shift,
  type Weekday,
} from '../clock/business_calendar.js'
import type { CalendarInput } from '../data/calendars.js'
import { LIMITS } from '../ui/types.js'
import { Problems, validateWith } from './form_input.js'

/**
 * The calendar form: name, IANA time zone, working intervals per weekday
 * and holidays. VineJS checks the shape; BusinessCalendar, the same code
 * that counts business time, decides whether the hours make sense, so the
 * form refuses exactly what the clock could not use.
 */

const TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const START_FORMAT = 'Enter the start as HH:MM, e.g. 08:00.'
const END_FORMAT = 'Enter the end as HH:MM, e.g. 17:00 (24:00 for midnight).'
const DATE_FORMAT = 'Enter the date as YYYY-MM-DD.'
const MAX_INTERVALS_PER_DAY = LIMITS.intervalsPerDay
const MAX_HOLIDAYS = LIMITS.holidays

// Formats are checked with the other rules below, so one bad row does not hide the rest.
const interval = vine.object({
  start: vine.string().trim().maxLength(5),
  end: vine.string().trim().maxLength(5),
})
const day = vine.array(interval).maxLength(MAX_INTERVALS_PER_DAY).optional()

export const calendarSchema = vine.object({
  name: vine.string().trim().minLength(1).maxLength(80),
  timezone: vine.string().trim().minLength(1).maxLength(64),
  hours: vine.object({
    mon: day,
    tue: day,
    wed: day,
    thu: day,
    fri: day,
    sat: day,
    sun: day,
  }),
  holidays: vine
    .array(
      vine.object({
        date: vine.string().trim().maxLength(10),
        yearly: vine.boolean().optional(),
      })
    )
    .maxLength(MAX_HOLIDAYS)
    .optional(),
})

const MESSAGES = {
  'name.required': 'Give the calendar a name.',
  'name.minLength': 'Give the calendar a name.',
  'timezone.required': 'Choose a time zone.',
  'timezone.minLength': 'Choose a time zone.',
  // VineJS names an object's keys as they are (`hours.mon.*.start`): one message per weekday.
  ...Object.fromEntries(
    WEEKDAYS.flatMap((weekday) => [
      [`hours.${weekday}.array.maxLength`, 'A day can have at most {{ max }} intervals.'],
      [`hours.${weekday}.*.start.required`, 'Enter when this interval starts.'],
      [`hours.${weekday}.*.end.required`, 'Enter when this interval ends.'],
      [`hours.${weekday}.*.start.maxLength`, START_FORMAT],
      [`hours.${weekday}.*.end.maxLength`, END_FORMAT],
    ])
  ),
  'holidays.*.date.required': 'Enter the date of the holiday.',
  'holidays.*.date.maxLength': DATE_FORMAT,
  'holidays.array.maxLength': 'A calendar can have at most {{ max }} holidays.',
}
const FIELDS = { timezone: 'time zone', start: 'start', end: 'end', date: 'date' }

export type CalendarLookups = {
  /** Whether another calendar of the organization has this name (any case). */
  isNameTaken(name: string): Promise<boolean>
}

/** The zone's canonical spelling ("europe/berlin" → "Europe/Berlin"), or null when it is not one. */
export function canonicalZone(zone: string): string | null {
  if (!IANAZone.isValidZone(zone)) return null
  return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone
}

type Interval = { start: string; end: string }

/**
 * Each day's intervals sorted by start, remembering where each was in the
 * form, so an error BusinessCalendar reports on the sorted list ("hours.mon.1
 * overlaps the shift before it") lands on the row the admin typed.
 */
function sortedHours(hours: Partial<Record<Weekday, Interval[]>>) {
  const sorted = {} as Record<Weekday, Shift[]>
  const formIndex = {} as Record<Weekday, number[]>
  for (const weekday of WEEKDAYS) {
    const rows = (hours[weekday] ?? []).map((row, index) => ({ row, index }))
    rows.sort((a, b) => a.row.start.localeCompare(b.row.start))
    sorted[weekday] = rows.map(({ row }) => [row.start, row.end])
    formIndex[weekday] = rows.map(({ index }) => index)
  }
  return { sorted, formIndex }
}

const CALENDAR_REASONS: Record<string, string> = {
  'must end after it starts': 'The interval must end after it starts.',
  'overlaps the shift before it': 'This interval overlaps another one of the same day.',
}

/** A week closed but for one day: each day is checked on its own. */
function weekWith(weekday: Weekday, shifts: Shift[]) {
  const week = Object.fromEntries(WEEKDAYS.map((each) => [each, []])) as unknown as Record<
    Weekday,
    Shift[]
  >
  week[weekday] = shifts
  return week
}

/** What BusinessCalendar refuses in `spec`, or null. */
function calendarError(spec: Parameters<typeof BusinessCalendar.from>[0]) {
  try {
    BusinessCalendar.from(spec)
    return null
  } catch (error) {
    if (error instanceof CalendarError) return error
    throw error
  }
}

/** BusinessCalendar's `hours.mon.1` (sorted position) as the form's field, in the form's words. */
function formProblem(
  error: CalendarError,
  formIndex: Record<Weekday, number[]>
): [field: string, message: string] {
  const reason = error.message.slice(`${error.field}: `.length)
  const match = /^hours\.(\w+)\.(\d+)$/.exec(error.field)
  if (!match) return [error.field, reason]
  const index = formIndex[match[1] as Weekday]?.[Number(match[2])] ?? Number(match[2])
  return [`hours.${match[1]}.${index}`, CALENDAR_REASONS[reason] ?? `This interval ${reason}.`]
}

/**
 * Each day's intervals, sorted, checked day by day so every bad row is
 * named at once (BusinessCalendar stops at the first).
 */
function checkHours(hours: Partial<Record<Weekday, Interval[]>>, problems: Problems) {
  // A day with a badly written time is not checked for overlaps: its order is unknown.
  const badDays = new Set<Weekday>()
  for (const weekday of WEEKDAYS) {
    for (const [index, row] of (hours[weekday] ?? []).entries()) {
      for (const edge of ['start', 'end'] as const) {
        if (TIME.test(row[edge])) continue
        problems.add(
          `hours.${weekday}.${index}.${edge}`,
          edge === 'start' ? START_FORMAT : END_FORMAT
        )
        badDays.add(weekday)
      }
    }
  }
  const { sorted, formIndex } = sortedHours(hours)
  if (WEEKDAYS.every((weekday) => sorted[weekday].length === 0)) {
    problems.add(
      'hours',
      'Add working hours to at least one day: a calendar that never opens can never be due.'
    )
  }
  for (const weekday of WEEKDAYS) {
    if (badDays.has(weekday)) continue
    const error = calendarError({ timezone: 'UTC', hours: weekWith(weekday, sorted[weekday]) })
    if (error) problems.add(...formProblem(error, formIndex))
  }
  return sorted
}

/** Holidays as stored; each bad or repeated one named by its row. */
function checkHolidays(rows: { date: string; yearly?: boolean }[], problems: Problems) {
  const holidays = rows.map((row) => ({ date: row.date, yearly: row.yearly === true }))
  const seen = new Set<string>()
  holidays.forEach((holiday, index) => {
    const field = `holidays.${index}.date`
    if (!DATE.test(holiday.date)) return problems.add(field, DATE_FORMAT)
    if (calendarError({ timezone: 'UTC', hours: weekWith('mon', []), holidays: [holiday] })) {
      return problems.add(field, 'There is no such date.')
    }
    const key = holiday.yearly ? `every ${holiday.date.slice(5)}` : holiday.date
    if (seen.has(key)) problems.add(field, 'This holiday is already listed.')
    seen.add(key)
  })
  return holidays
}

/** The form's input as the repository stores it, or a validation error naming each bad field. */
export async function validateCalendar(
  body: unknown,
  lookups: CalendarLookups
): Promise<CalendarInput> {
  const input = await validateWith(calendarSchema, body, MESSAGES, FIELDS)
  const problems = new Problems()

  if (await lookups.isNameTaken(input.name)) {
    problems.add('name', 'Another calendar already has this name.')
  }
  const timezone = canonicalZone(input.timezone)
  if (!timezone) {
    problems.add(
      'timezone',
      'Choose a time zone from the list (an IANA name such as Europe/Berlin).'
    )
  }

  const hours = checkHours(input.hours, problems)
  const holidays = checkHolidays(input.holidays ?? [], problems)
  problems.throwIfAny()

  return { name: input.name, timezone: timezone!, hours, holidays }
}
