import type { DateTime } from 'luxon'
import { inZone } from '#services/time_zones'

/**
 * When "close resolved tickets after N days" closes a ticket, counted in
 * calendar days of the organization's time zone, the way deadlines are
 * counted: the day it was resolved does not count, then N whole days
 * follow, and it closes as the next day begins there. Resolved on Monday
 * (at 09:00 or 23:59) with N = 3: Tuesday, Wednesday and Thursday are the
 * requester's to answer; it closes at Friday 00:00 local time. So a
 * requester always has at least N full days, a DST change (a 23- or
 * 25-hour day) moves the moment with the local clock, and the job, which
 * runs every 15 minutes, closes it within 15 minutes after local midnight.
 *
 * Answered as the cutoff: at `now`, tickets resolved before it are due.
 */
export function autoCloseCutoff(now: DateTime, zone: string, days: number) {
  return inZone(now, zone).startOf('day').minus({ days })
}
