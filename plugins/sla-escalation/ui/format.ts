import { WEEKDAY_KEYS, type Interval, type WeekdayKey } from './types.js'

/**
 * Words for the admin pages, computed in the browser. Pure, so the
 * plugin's tests check them too.
 */

export const WEEKDAY_NAMES: Record<WeekdayKey, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
}
const SHORT: Record<WeekdayKey, string> = {
  mon: 'Mon',
  tue: 'Tue',
  wed: 'Wed',
  thu: 'Thu',
  fri: 'Fri',
  sat: 'Sat',
  sun: 'Sun',
}

/** Business minutes as hours and minutes: 240 → "4 h", 90 → "1 h 30 min", 45 → "45 min". */
export function formatMinutes(minutes: number) {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** Median and 90th percentile of business minutes taken: "1 h 30 min / 6 h", or "–" when none. */
export function formatTaken(taken: { median: number | null; p90: number | null }) {
  if (taken.median === null || taken.p90 === null) return '–'
  return `${formatMinutes(Math.round(taken.median))} / ${formatMinutes(Math.round(taken.p90))}`
}

const intervalsText = (intervals: Interval[]) =>
  intervals.map((interval) => `${interval.start}–${interval.end}`).join(', ')

/**
 * A week of working hours in one line: consecutive days with the same
 * intervals share a range ("Mon–Fri 09:00–17:00, Sat 10:00–14:00"); closed
 * days are left out.
 */
export function hoursSummary(hours: Record<WeekdayKey, Interval[]>) {
  const texts = WEEKDAY_KEYS.map((day) => intervalsText(hours[day] ?? []))
  if (texts.every((text) => text === texts[0])) {
    if (texts[0] === '') return 'Always closed'
    return texts[0] === '00:00–24:00' ? 'Every day, round the clock' : `Every day ${texts[0]}`
  }
  const parts: string[] = []
  let from = 0
  for (let index = 1; index <= WEEKDAY_KEYS.length; index++) {
    if (index < WEEKDAY_KEYS.length && texts[index] === texts[from]) continue
    if (texts[from] !== '') {
      const first = SHORT[WEEKDAY_KEYS[from]]
      const last = SHORT[WEEKDAY_KEYS[index - 1]]
      const days = index - 1 === from ? first : `${first}–${last}`
      parts.push(`${days} ${texts[from]}`)
    }
    from = index
  }
  return parts.join('; ')
}

/** The difference to a target: positive is in time, negative late. */
export function formatDiff(diff: number) {
  return diff >= 0 ? `${formatMinutes(diff)} in time` : `${formatMinutes(-diff)} late`
}

/** A route pattern of the plugin with its parameters: "/plugins/x/calendars/:id/edit" → ".../7/edit". */
export function pathOf(pattern: string | undefined, params: Record<string, string | number> = {}) {
  if (!pattern) throw new Error('unknown plugin route')
  return pattern.replace(/:(\w+)/g, (_, name: string) => String(params[name]))
}
