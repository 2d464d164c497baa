import { DateTime, Interval } from 'luxon'

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** "08:00"–"12:00"; "24:00" ends a day at midnight. */
export type Shift = [start: string, end: string]

export type Holiday = { date: string; yearly: boolean }

/** A calendar as admins configure it and the simulator reads it. */
export type CalendarSpec = {
  timezone: string
  hours: Record<Weekday, Shift[]>
  /** "2015-09-22", or { date, yearly } for a date that comes back every year. */
  holidays?: (string | Holiday)[]
}

/** A calendar that cannot be used; `field` names what is wrong, e.g. "hours.mon.1". */
export class CalendarError extends Error {
  constructor(
    public field: string,
    message: string
  ) {
    super(`${field}: ${message}`)
  }
}

const MINUTE = 60_000
const DAY_SEARCH_LIMIT = 366 * 3
const DAY_CACHE_LIMIT = 366 * 4

type DayShift = { startMinute: number; endMinute: number }

function parseClock(value: unknown, field: string): number {
  const match = typeof value === 'string' ? /^(\d{2}):(\d{2})$/.exec(value) : null
  const minutes = match ? Number(match[1]) * 60 + Number(match[2]) : Number.NaN
  if (!match || Number(match[2]) > 59 || minutes > 24 * 60) {
    throw new CalendarError(
      field,
      `"${String(value)}" is not a time of day (HH:MM, 00:00 to 24:00)`
    )
  }
  return minutes
}

/**
 * Business hours in one IANA zone: which instants count towards an SLA
 * target. Working hours are wall-clock times in the calendar's zone, so a
 * working day across a daylight-saving change has its real length (an
 * 8-hour day stays 8 hours; a 00:00–24:00 day is 23 or 25 hours).
 */
export default class BusinessCalendar {
  /**
   * Each local day's working intervals and the start of the next day, by
   * the day's start instant. Working out a day in a named zone costs Luxon
   * several time-zone offset look-ups (Intl), and a batch or a sweep asks
   * about the same few days for every ticket: without this, those look-ups
   * were most of the time of recomputing a ticket's clock.
   */
  private readonly days = new Map<number, { intervals: Interval[]; next: DateTime }>()

  private constructor(
    readonly timezone: string,
    private readonly shifts: Record<Weekday, DayShift[]>,
    private readonly singleDates: Set<string>,
    private readonly yearlyDates: Set<string>
  ) {}

  static from(spec: CalendarSpec): BusinessCalendar {
    if (!spec || typeof spec !== 'object') {
      throw new CalendarError('calendar', 'must be an object')
    }
    if (typeof spec.timezone !== 'string' || !DateTime.now().setZone(spec.timezone).isValid) {
      throw new CalendarError('timezone', `"${String(spec.timezone)}" is not an IANA time zone`)
    }
    if (!spec.hours || typeof spec.hours !== 'object') {
      throw new CalendarError('hours', 'must name the working hours of each weekday')
    }
    for (const key of Object.keys(spec.hours)) {
      if (!(WEEKDAYS as readonly string[]).includes(key)) {
        throw new CalendarError(`hours.${key}`, `is not a weekday (${WEEKDAYS.join(', ')})`)
      }
    }
    if (spec.holidays !== undefined && !Array.isArray(spec.holidays)) {
      throw new CalendarError('holidays', 'must be a list of dates')
    }
    const shifts = {} as Record<Weekday, DayShift[]>
    for (const day of WEEKDAYS) {
      const list = spec.hours[day] ?? []
      if (!Array.isArray(list)) {
        throw new CalendarError(`hours.${day}`, 'must be a list of [start, end] pairs')
      }
      const parsed = list.map((shift, index) => {
        const field = `hours.${day}.${index}`
        if (!Array.isArray(shift) || shift.length !== 2) {
          throw new CalendarError(field, 'must be a [start, end] pair')
        }
        const startMinute = parseClock(shift[0], field)
        const endMinute = parseClock(shift[1], field)
        if (endMinute <= startMinute) {
          throw new CalendarError(field, 'must end after it starts')
        }
        return { startMinute, endMinute }
      })
      parsed.sort((a, b) => a.startMinute - b.startMinute)
      parsed.forEach((shift, index) => {
        if (index > 0 && shift.startMinute < parsed[index - 1].endMinute) {
          throw new CalendarError(`hours.${day}.${index}`, 'overlaps the shift before it')
        }
      })
      shifts[day] = parsed
    }
    const singleDates = new Set<string>()
    const yearlyDates = new Set<string>()
    ;(spec.holidays ?? []).forEach((holiday, index) => {
      const entry = typeof holiday === 'string' ? { date: holiday, yearly: false } : holiday
      const date = DateTime.fromISO(String(entry?.date), { zone: 'utc' })
      if (!entry || !/^\d{4}-\d{2}-\d{2}$/.test(String(entry.date)) || !date.isValid) {
        throw new CalendarError(
          `holidays.${index}`,
          `"${String(entry?.date)}" is not a date (YYYY-MM-DD)`
        )
      }
      if (entry.yearly) yearlyDates.add(String(entry.date).slice(5))
      else singleDates.add(String(entry.date))
    })
    return new BusinessCalendar(spec.timezone, shifts, singleDates, yearlyDates)
  }

  /** Every hour of every day counts: the default calendar. */
  static alwaysOpen(timezone = 'UTC') {
    const day: Shift[] = [['00:00', '24:00']]
    return this.from({
      timezone,
      hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: day, sun: day },
    })
  }

  isHoliday(day: DateTime) {
    const local = day.setZone(this.timezone)
    return this.singleDates.has(local.toISODate()!) || this.yearlyDates.has(local.toFormat('MM-dd'))
  }

  /** The working intervals of the local day that contains `day`, as absolute instants. */
  private dayIntervals(day: DateTime): Interval[] {
    const local = day.setZone(this.timezone).startOf('day')
    if (this.isHoliday(local)) return []
    const weekday = WEEKDAYS[local.weekday - 1]
    return this.shifts[weekday].map(({ startMinute, endMinute }) => {
      const at = (minute: number) =>
        minute === 24 * 60
          ? local.plus({ days: 1 }).startOf('day')
          : DateTime.fromObject(
              {
                year: local.year,
                month: local.month,
                day: local.day,
                hour: Math.floor(minute / 60),
                minute: minute % 60,
              },
              { zone: this.timezone }
            )
      return Interval.fromDateTimes(at(startMinute), at(endMinute))
    })
  }

  /** Working intervals from `from` on, in order, clipped to start no earlier than `from`. */
  *intervalsFrom(from: DateTime): Generator<Interval> {
    let day: DateTime = from.setZone(this.timezone).startOf('day')
    for (let searched = 0; searched < DAY_SEARCH_LIMIT; searched++) {
      const { intervals, next } = this.day(day)
      for (const interval of intervals) {
        if (!interval.isValid || interval.end! <= from) continue
        yield interval.start! < from ? Interval.fromDateTimes(from, interval.end!) : interval
      }
      day = next
    }
  }

  /** `start` is the start of a local day; Luxon's values are immutable, so the cached ones are shared. */
  private day(start: DateTime) {
    const key = start.toMillis()
    let known = this.days.get(key)
    if (!known) {
      if (this.days.size >= DAY_CACHE_LIMIT) this.days.clear()
      known = { intervals: this.dayIntervals(start), next: start.plus({ days: 1 }).startOf('day') }
      this.days.set(key, known)
    }
    return known
  }

  /** Whether `at` lies in working hours. */
  isOpen(at: DateTime) {
    const first = this.intervalsFrom(at).next()
    return !first.done && first.value.start!.toMillis() === at.toMillis()
  }

  /** `at` itself when open, else the start of the next working interval (null: never open again). */
  nextOpening(at: DateTime): DateTime | null {
    const first = this.intervalsFrom(at).next()
    return first.done ? null : first.value.start!
  }

  /** Business milliseconds between two instants (0 when `to` is not after `from`). */
  businessMillisBetween(from: DateTime, to: DateTime): number {
    if (to <= from) return 0
    let total = 0
    for (const interval of this.intervalsFrom(from)) {
      if (interval.start! >= to) break
      const end = interval.end! < to ? interval.end! : to
      total += end.toMillis() - interval.start!.toMillis()
    }
    return total
  }

  businessMinutesBetween(from: DateTime, to: DateTime): number {
    return this.businessMillisBetween(from, to) / MINUTE
  }

  /** The instant `millis` of business time after `from` (null: the calendar never opens again). */
  addBusinessMillis(from: DateTime, millis: number): DateTime | null {
    let left = millis
    for (const interval of this.intervalsFrom(from)) {
      const length = interval.end!.toMillis() - interval.start!.toMillis()
      if (left <= length) {
        return DateTime.fromMillis(interval.start!.toMillis() + left, { zone: this.timezone })
      }
      left -= length
    }
    return null
  }

  addBusinessMinutes(from: DateTime, minutes: number): DateTime | null {
    return this.addBusinessMillis(from, minutes * MINUTE)
  }
}
