import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import { DateTime, IANAZone } from 'luxon'

/**
 * The period of a report page or report API route, as plugins offer them
 * (the SLA report, AI triage's accuracy report): the days typed in date
 * inputs, validated with messages that name the field, resolved in the
 * viewer's time zone, the last 30 days when none are given.
 */
const DATE = /^\d{4}-\d{2}-\d{2}$/

/** The report's default period: the last 30 days, today included. */
export const DEFAULT_DAYS = 30

const isDate = (value: string) => DATE.test(value) && DateTime.fromISO(value).isValid

/** A calendar day as the date input sends it; the message names the field to fix. */
const calendarDate = vine.createRule((value: unknown, label: string, field: FieldContext) => {
  if (typeof value !== 'string' || value === '') return
  if (!isDate(value)) {
    field.report(`Enter the ${label} as a date, like 2026-03-01.`, 'reportDate', field)
  }
})

/** The last day may not come before the first. */
const notBeforeFrom = vine.createRule(
  (value: unknown, _options: undefined, field: FieldContext) => {
    const from: unknown = field.parent?.from
    if (typeof value !== 'string' || typeof from !== 'string' || !isDate(value) || !isDate(from)) {
      return
    }
    if (value < from) {
      field.report('The last day must be on or after the first day.', 'reportOrder', field)
    }
  }
)

/**
 * The query of the report page and its API route. `tz` is the viewer's
 * zone, sent by the page so that "a day" means their day; it is not typed
 * by anybody, so an unknown zone falls back to UTC instead of erring.
 */
export const periodSchema = vine.object({
  from: vine.string().trim().use(calendarDate('first day of the period')).optional(),
  to: vine
    .string()
    .trim()
    .use(calendarDate('last day of the period'))
    .use(notBeforeFrom())
    .optional(),
  tz: vine.string().trim().maxLength(64).optional(),
})

export type PeriodInput = { from?: string | null; to?: string | null; tz?: string | null }

export type Period = {
  /** The days as the admin chose them, YYYY-MM-DD, both included. */
  from: string
  to: string
  zone: string
  /** The instants the days span: tickets created at or after `start` and before `end`. */
  start: DateTime
  end: DateTime
}

/** The period the report covers: the days given, in the viewer's zone, else the last 30 days. */
export function resolvePeriod(input: PeriodInput, now: DateTime): Period {
  const zone = input.tz && IANAZone.isValidZone(input.tz) ? input.tz : 'UTC'
  const day = (value: string) => DateTime.fromISO(value, { zone }).startOf('day')
  const today = now.setZone(zone).startOf('day')
  let to = input.to ? day(input.to) : today
  const from = input.from ? day(input.from) : to.minus({ days: DEFAULT_DAYS - 1 })
  // Only a first day given, and after today: the period is that one day.
  if (from > to) to = from
  return {
    from: from.toISODate()!,
    to: to.toISODate()!,
    zone,
    start: from.toUTC(),
    end: to.plus({ days: 1 }).startOf('day').toUTC(),
  }
}
