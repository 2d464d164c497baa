import type { DateTime } from 'luxon'
import type BusinessCalendar from './business_calendar.js'
import type { Span } from './timeline_replay.js'

type ClosedSpan = { start: DateTime; end: DateTime }

/**
 * SLA time as seen at one instant: business time of the calendar, minus
 * the pauses that happened up to that instant. Everything after the
 * instant counts as running, which is what makes a paused clock's due time
 * a projection "as if it resumed now", and what freezes a met target's due
 * time at the moment it was met (pauses after it do not move it).
 */
export default class RunningClock {
  private constructor(
    private readonly calendar: BusinessCalendar,
    private readonly pauses: ClosedSpan[]
  ) {}

  /** The clock as it stood at `instant`: pauses cut off there, a pause still going on ends there. */
  static asOf(calendar: BusinessCalendar, pauses: readonly Span[], instant: DateTime) {
    const clipped = pauses
      .filter((pause) => pause.start < instant)
      .map((pause) => ({
        start: pause.start,
        end: pause.end && pause.end < instant ? pause.end : instant,
      }))
    return new RunningClock(calendar, clipped)
  }

  /** Business milliseconds from `from` to `to` that were not paused. */
  elapsedMillis(from: DateTime, to: DateTime): number {
    let cursor = from
    let total = 0
    for (const pause of this.pauses) {
      if (pause.end <= cursor) continue
      if (pause.start >= to) break
      if (pause.start > cursor) total += this.calendar.businessMillisBetween(cursor, pause.start)
      cursor = pause.end
      if (cursor >= to) return total
    }
    return total + this.calendar.businessMillisBetween(cursor, to)
  }

  /**
   * The instant at which `millis` (> 0) of running business time have passed
   * since `from`; null when the calendar never opens again. Each stretch
   * between pauses gives what business time it holds; the due time falls in
   * the first stretch that holds what is left.
   */
  dueAt(from: DateTime, millis: number): DateTime | null {
    let cursor = from
    let left = millis
    for (const pause of this.pauses) {
      if (pause.end <= cursor) continue
      if (pause.start > cursor) {
        const held = this.calendar.businessMillisBetween(cursor, pause.start)
        if (left <= held) return this.calendar.addBusinessMillis(cursor, left)
        left -= held
      }
      cursor = pause.end
    }
    return this.calendar.addBusinessMillis(cursor, left)
  }
}
