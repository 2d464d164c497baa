import { DateTime, Settings, type DurationLike } from 'luxon'

export type FakeClock = {
  /** The instant `DateTime.now()` answers. */
  now(): DateTime
  set(at: DateTime | Date | string): void
  advance(by: DurationLike): DateTime
  /** Gives `DateTime.now()` back the real time. */
  restore(): void
}

const realNow = Settings.now
let active: FakeClock | null = null

function instant(at: DateTime | Date | string) {
  const value =
    at instanceof DateTime
      ? at
      : at instanceof Date
        ? DateTime.fromJSDate(at)
        : DateTime.fromISO(at, { setZone: true })
  if (!value.isValid) {
    throw new Error(`fakeClock: "${String(at)}" is not a date (${value.invalidExplanation})`)
  }
  return value.toMillis()
}

/**
 * Stops Luxon's clock at `at`: every `DateTime.now()` (plugins take the
 * time from Luxon, never from `Date`) answers that instant until `advance`,
 * `set` or `restore`. One clock at a time; a new one replaces the last.
 */
export function fakeClock(at: DateTime | Date | string): FakeClock {
  active?.restore()
  let millis = instant(at)
  const clock: FakeClock = {
    now: () => DateTime.fromMillis(millis),
    set(next) {
      millis = instant(next)
    },
    advance(by) {
      millis = DateTime.fromMillis(millis).plus(by).toMillis()
      return clock.now()
    },
    restore() {
      if (active === clock) {
        Settings.now = realNow
        active = null
      }
    },
  }
  Settings.now = () => millis
  active = clock
  return clock
}

/** Puts the real clock back if a test left a fake one running. */
export function restoreClock() {
  active?.restore()
}
