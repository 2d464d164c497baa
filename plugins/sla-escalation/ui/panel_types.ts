/**
 * The JSON the desk's SLA panel and the portal's promise receive: shared
 * by the server code that builds it and the components that show it
 * (types only, no server code reaches the browser).
 */

export type TargetKey = 'first_response' | 'next_response' | 'resolution'

/**
 * What the sidebar panel shows for one target, decided when the page was
 * loaded; the browser moves `running` on to `late` by itself when the due
 * time passes.
 *
 * - running: counting, due in the future
 * - paused: the ticket waits (on the customer, or is resolved/closed); the
 *   due time is a projection as if the clock resumed now
 * - late: not met and past due (a paused ticket stays late if it was
 *   already late when it paused)
 * - met / met_late: met at or before, or after, the due time
 * - waiting: the target's clock has not started (next response before a
 *   cycle opens)
 * - unreachable: the calendar never opens again, so there is no due time
 */
export type TargetState =
  'running' | 'paused' | 'late' | 'met' | 'met_late' | 'waiting' | 'unreachable'

export type TargetView = {
  target: TargetKey
  label: string
  /** The policy's target in business minutes. */
  minutes: number
  state: TargetState
  startedAt: string | null
  dueAt: string | null
  metAt: string | null
  businessMinutes: number | null
  diffMinutes: number | null
}

/** "Mon–Fri": one line per run of weekdays that share the same hours. */
export type HoursLine = { days: string; hours: string }

export type CalendarSummary = {
  name: string
  timezone: string
  hours: HoursLine[]
  holidays: { date: string; yearly: boolean }[]
}

export type TimersData = {
  /** ISO: the instant the figures were taken at. */
  now: string
  policy: string | null
  calendar: CalendarSummary | null
  /** Why the clocks stand still, in words ("waiting on customer"); null while they run. */
  pausedBecause: string | null
  /** The next-response mode decides what "waiting" means for that target. */
  nextResponseMode: 'after_customer' | 'between_updates' | null
  targets: TargetView[]
  pauses: { start: string; end: string | null }[]
}

/**
 * What the requester is told: a time and what we aim to do by then,
 * nothing else of the policy.
 */
export type PortalPromise =
  { promise: 'answer' | 'resolve'; by: string } | { promise: null; by: null }
