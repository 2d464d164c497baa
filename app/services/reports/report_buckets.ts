import { DateTime } from 'luxon'

/**
 * The lower bounds, in seconds, of the buckets the month rollups count
 * response and resolution times in: under a minute, then each bound a
 * quarter above the last, up to beyond ten years. Whole integers, so the
 * SQL (`width_bucket(seconds, bounds)`) and `bucketOf` here put a time in
 * the same bucket without rounding doubts. A report reads the counts per
 * bucket to find which bucket holds a percentile, then only that bucket's
 * tickets to find its exact value.
 */
export const BUCKET_BOUNDS: number[] = (() => {
  const bounds = [0, 60]
  while (bounds.at(-1)! < 400_000_000) bounds.push(Math.round(bounds.at(-1)! * 1.25))
  return bounds
})()

/** 1-based, like PostgreSQL's width_bucket: the number of bounds at or below `seconds`. */
export function bucketOf(seconds: number) {
  let low = 0
  let high = BUCKET_BOUNDS.length
  while (low < high) {
    const middle = (low + high) >> 1
    if (BUCKET_BOUNDS[middle] <= seconds) low = middle + 1
    else high = middle
  }
  return low
}

/** The lowest time bucket `bucket` holds. */
export const bucketFloor = (bucket: number) => BUCKET_BOUNDS[bucket - 1]

/** The first day of the month a day (YYYY-MM-DD) is in. */
export const monthOf = (day: string) => `${day.slice(0, 7)}-01`

/**
 * The whole calendar months inside a period, as their first and last day,
 * or null when the period holds none. Reports add those months from the
 * month rollups and count only the remaining days ticket by ticket.
 */
export function wholeMonths(from: string, to: string) {
  const start = DateTime.fromISO(from)
  const first = start.day === 1 ? start : start.plus({ months: 1 }).startOf('month')
  const end = DateTime.fromISO(to)
  const last = end.endOf('month').hasSame(end, 'day')
    ? end
    : end.minus({ months: 1 }).endOf('month')
  if (first > last) return null
  return { from: first.toISODate()!, to: last.toISODate()! }
}
