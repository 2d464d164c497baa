import { DateTime } from 'luxon'
import { errors } from '@vinejs/vine'
import type { ReportFiltersInput } from '#validators/report'

export type Interval = 'day' | 'week'

/** A report's period: calendar days in the organization's zone, both included. */
export type ReportPeriod = { from: string; to: string; zone: string; interval: Interval }

/** The default period: the last 30 days, today included. */
const DEFAULT_DAYS = 30
/** Longer periods are refused: ten years of days is already a long chart. */
const MAX_DAYS = 3660
/** Up to this many days a chart shows days, beyond it weeks, unless asked. */
const DAILY_UP_TO = 62

const dayOf = (value: Date) =>
  DateTime.fromObject({
    year: value.getFullYear(),
    month: value.getMonth() + 1,
    day: value.getDate(),
  })

export function resolveReportPeriod(
  input: Pick<ReportFiltersInput, 'from' | 'to' | 'interval'>,
  zone: string,
  now = DateTime.now()
): ReportPeriod {
  const today = now.setZone(zone).startOf('day')
  const to = input.to ? dayOf(input.to) : today
  const from = input.from ? dayOf(input.from) : to.minus({ days: DEFAULT_DAYS - 1 })
  const span = to.diff(from, 'days').days + 1
  if (span > MAX_DAYS) {
    throw new errors.E_VALIDATION_ERROR([
      { field: 'from', message: `Choose a period of at most ${MAX_DAYS} days.`, rule: 'span' },
    ])
  }
  if (span < 1) {
    throw new errors.E_VALIDATION_ERROR([
      { field: 'to', message: 'The last day must be on or after the first day.', rule: 'order' },
    ])
  }
  return {
    from: from.toISODate()!,
    to: to.toISODate()!,
    zone,
    interval: input.interval ?? (span <= DAILY_UP_TO ? 'day' : 'week'),
  }
}
