import type { DateTime } from 'luxon'
import type { Status } from '#platform/sdk'
import type { TicketFields } from './policy_match.js'
import {
  FIELD_OF_EVENT,
  FINISHED_STATUSES,
  PAUSING_STATUSES,
  type Timeline,
  type TimelineEvent,
} from './timeline.js'

/** A span of time; `end` null while it is still going on at the evaluated instant. */
export type Span = { start: DateTime; end: DateTime | null }

/** One run of a target's clock: from when it starts counting to when it was met (null: not yet). */
export type Cycle = { start: DateTime; metAt: DateTime | null }

/** Everything the SLA clock needs to know about a timeline at one instant. */
export type TimelineFacts = {
  status: Status
  fields: TicketFields
  /** When the clock stood still, in order and never overlapping. */
  pauses: Span[]
  /** The first public agent reply: it meets the first response target. */
  firstAgentReplyAt: DateTime | null
  /** The first time the ticket was resolved or closed: it meets the resolution target. */
  firstFinishedAt: DateTime | null
  /** The current next-response cycle in each mode (null: none has started). */
  nextResponse: { after_customer: Cycle | null; between_updates: Cycle | null }
}

/**
 * Events in time order. Array.prototype.sort is stable, so events at the
 * same instant keep the order they were recorded in (a reply and a status
 * change in one request stay in that order).
 */
export function sortedEvents(events: readonly TimelineEvent[]) {
  return [...events].sort((a, b) => a.at.toMillis() - b.at.toMillis())
}

/**
 * Replays a timeline up to and including `now` (later events have not
 * happened yet) as a small state machine. The state and what each event
 * does to it:
 *
 * - status: pausing statuses (waiting_on_customer, resolved, closed) open a
 *   pause, any other status closes it; the first resolved or closed meets
 *   the resolution target, whatever happens after (a reopen does not undo it).
 * - fields (priority, group, category): the *_changed events set them; the
 *   policy is chosen from their values at `now`.
 * - first response: met by the first agent_replied. Internal notes are not
 *   public and change nothing; customer messages do not touch it.
 * - next response, `after_customer` (Zendesk's "next reply time"): a cycle
 *   opens at a customer message once an agent has replied and no cycle is
 *   open — so the first customer message after the first agent reply opens
 *   cycle 1, and customer messages before any agent reply are the first
 *   response's business. Further customer messages while a cycle is open
 *   do not restart it (it counts from the oldest unanswered one). The next
 *   agent reply meets it. The current cycle is the open one, else the last
 *   met one, else none.
 * - next response, `between_updates` (Zammad's "update time"): a cycle
 *   starts at creation and again at every public message of either side.
 *   An agent reply meets the cycle it ends; a customer message supersedes
 *   it (the customer spoke, the wait starts over). Only the current cycle
 *   is reported, and it is always the open one, from the latest public
 *   message (ended cycles matter to compliance reports, not to this clock).
 */
export function replay(timeline: Timeline, now: DateTime): TimelineFacts {
  let status = timeline.status
  const fields = { ...timeline.fields }
  const pauses: Span[] = []
  const paused = (value: Status) => PAUSING_STATUSES.includes(value)
  const finished = (value: Status) => FINISHED_STATUSES.includes(value)

  let firstAgentReplyAt: DateTime | null = null
  let firstFinishedAt: DateTime | null = finished(status) ? timeline.createdAt : null
  let agentHasReplied = false
  let afterCustomer: Cycle | null = null
  let betweenUpdates: Cycle = { start: timeline.createdAt, metAt: null }
  if (paused(status)) pauses.push({ start: timeline.createdAt, end: null })

  for (const event of sortedEvents(timeline.events)) {
    if (event.at > now) break
    switch (event.type) {
      case 'status_changed':
        if (!paused(status) && paused(event.to)) pauses.push({ start: event.at, end: null })
        if (paused(status) && !paused(event.to)) pauses[pauses.length - 1].end = event.at
        if (finished(event.to)) firstFinishedAt ??= event.at
        status = event.to
        break
      case 'agent_replied':
        firstAgentReplyAt ??= event.at
        agentHasReplied = true
        if (afterCustomer && !afterCustomer.metAt) {
          afterCustomer = { start: afterCustomer.start, metAt: event.at }
        }
        betweenUpdates = { start: event.at, metAt: null }
        break
      case 'customer_replied':
        if (agentHasReplied && (!afterCustomer || afterCustomer.metAt)) {
          afterCustomer = { start: event.at, metAt: null }
        }
        betweenUpdates = { start: event.at, metAt: null }
        break
      case 'internal_note':
        break
      default:
        fields[FIELD_OF_EVENT[event.type]] = event.to
    }
  }

  return {
    status,
    fields,
    pauses,
    firstAgentReplyAt,
    firstFinishedAt,
    nextResponse: { after_customer: afterCustomer, between_updates: betweenUpdates },
  }
}
