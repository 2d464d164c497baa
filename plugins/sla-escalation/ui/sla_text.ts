/**
 * Durations and times as the SLA panel, the queue badges and the portal
 * put them into words. Plain functions with no Vue and no server code, so
 * the browser's countdown and the server's badges say the same thing.
 */

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/**
 * "45 s", "12 min", "1 h 12 min", "2 d 3 h": two units at most, rounded
 * down, so a countdown never promises more time than is left.
 */
export function formatDuration(millis: number): string {
  const ms = Math.abs(millis)
  if (ms < MINUTE) return `${Math.floor(ms / SECOND)} s`
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min`
  if (ms < DAY) {
    const minutes = Math.floor((ms % HOUR) / MINUTE)
    return `${Math.floor(ms / HOUR)} h${minutes ? ` ${minutes} min` : ''}`
  }
  const hours = Math.floor((ms % DAY) / HOUR)
  return `${Math.floor(ms / DAY)} d${hours ? ` ${hours} h` : ''}`
}

/** Business minutes the same way: "38 min", "4 h", "1 h 30 min". */
export function formatMinutes(minutes: number): string {
  return minutes === 0 ? '0 min' : formatDuration(minutes * MINUTE)
}

/** One unit only, for a badge's few characters: "25 min", "2 h", "3 d". */
export function formatCoarse(millis: number): string {
  const ms = Math.abs(millis)
  if (ms < HOUR) return `${Math.max(1, Math.floor(ms / MINUTE))} min`
  if (ms < DAY) return `${Math.floor(ms / HOUR)} h`
  return `${Math.floor(ms / DAY)} d`
}

export type Viewer = { locale: string; timeZone?: string }

/**
 * A date and time in the viewer's zone (their own, else the
 * organization's, as the rest of the app shows dates); the time alone
 * when it falls on the same day as `now`.
 */
export function formatWhen(iso: string, viewer: Viewer, now = new Date()): string {
  const at = new Date(iso)
  const zone = { timeZone: viewer.timeZone }
  const day = new Intl.DateTimeFormat('en-CA', { ...zone, dateStyle: 'short' })
  // timeStyle keeps the app's own way with hours ("14:02", "2:02 PM").
  const time = new Intl.DateTimeFormat(viewer.locale, { ...zone, timeStyle: 'short' }).format(at)
  if (day.format(at) === day.format(now)) return time
  const date = new Intl.DateTimeFormat(viewer.locale, {
    ...zone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(at)
  return `${date}, ${time}`
}

/** A full date and time in the viewer's zone, for lists where "today" would be ambiguous. */
export function formatDateTime(iso: string, viewer: Viewer): string {
  return new Intl.DateTimeFormat(viewer.locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: viewer.timeZone,
  }).format(new Date(iso))
}

/** A holiday of a calendar: "25 Dec 2026", or "25 Dec, every year". */
export function formatHoliday(holiday: { date: string; yearly: boolean }, locale: string): string {
  const at = new Date(`${holiday.date}T12:00:00Z`)
  const dayMonth = { day: 'numeric', month: 'short', timeZone: 'UTC' } as const
  return holiday.yearly
    ? `${new Intl.DateTimeFormat(locale, dayMonth).format(at)}, every year`
    : new Intl.DateTimeFormat(locale, { ...dayMonth, year: 'numeric' }).format(at)
}
