import { WEEKDAYS, type Holiday, type Shift, type Weekday } from '../clock/business_calendar.js'
import type { Calendar } from '../policies/policy.js'
import type { CalendarSummary, HoursLine } from '../ui/panel_types.js'

const DAY_NAMES: Record<Weekday, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
}

const shiftsText = (shifts: Shift[]) =>
  shifts.length ? shifts.map(([start, end]) => `${start}–${end}`).join(', ') : 'closed'

/**
 * The working week in a few lines ("Mon–Fri 09:00–12:00, 13:00–17:00",
 * "Sat–Sun closed") instead of seven, so "explain" stays short.
 */
export function hoursLines(hours: Record<Weekday, Shift[]>): HoursLine[] {
  const lines: { first: Weekday; last: Weekday; hours: string }[] = []
  for (const day of WEEKDAYS) {
    const text = shiftsText(hours[day] ?? [])
    const previous = lines.at(-1)
    if (previous && previous.hours === text) previous.last = day
    else lines.push({ first: day, last: day, hours: text })
  }
  return lines.map(({ first, last, hours: text }) => ({
    days: first === last ? DAY_NAMES[first] : `${DAY_NAMES[first]}–${DAY_NAMES[last]}`,
    hours: text,
  }))
}

/** Holidays through the year by month and day (yearly ones have no year of their own). */
function sortedHolidays(holidays: Holiday[]) {
  return holidays
    .map((holiday) => ({ date: holiday.date, yearly: Boolean(holiday.yearly) }))
    .sort((a, b) => a.date.slice(5).localeCompare(b.date.slice(5)) || a.date.localeCompare(b.date))
}

export function summarizeCalendar(calendar: Calendar): CalendarSummary {
  return {
    name: calendar.name,
    timezone: calendar.timezone,
    hours: hoursLines(calendar.hours),
    holidays: sortedHolidays(calendar.holidays ?? []),
  }
}
