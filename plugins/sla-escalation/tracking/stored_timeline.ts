import { DateTime } from 'luxon'
import type { Status, TicketDetail, TicketSnapshot } from '#platform/sdk'
import type { Timeline } from '../clock/timeline.js'

/**
 * The part of a ticket's records the SLA clock depends on, as kept in the
 * clock row: the status it was created with, status changes and public
 * replies. The policy is chosen on the ticket's current fields, so field
 * changes need no history here.
 */
export type StoredEvent =
  | { at: string; type: 'status_changed'; to: Status }
  | { at: string; type: 'agent_replied' | 'customer_replied' }

export type StoredTimeline = { status: Status; events: StoredEvent[] }

/** A ticket's SLA-relevant facts: its current fields and its stored timeline. */
export type ClockFacts = {
  ticketId: number
  createdAt: DateTime
  status: Status
  priority: string
  groupId: number | null
  categoryId: number | null
  timeline: StoredTimeline
  /** How many records the timeline was read from; it only grows. */
  version: number
}

/**
 * Reads the timeline from the ticket's history and comments. A public reply
 * by the requester is the customer's; one by anybody else is an agent's;
 * a plugin's reply (no author) counts for neither side, as it does not for
 * the core's first response. Internal notes never count.
 */
export function factsFromDetail(detail: TicketDetail): ClockFacts {
  const { ticket, history, comments } = detail
  const statusChanges = history.filter((entry) => entry.field === 'status')
  const events: StoredEvent[] = statusChanges.map((entry) => ({
    at: entry.createdAt,
    type: 'status_changed',
    to: entry.to as Status,
  }))
  for (const comment of comments) {
    if (comment.internal || comment.authorId === null) continue
    events.push({
      at: comment.createdAt,
      type: comment.authorId === ticket.requesterId ? 'customer_replied' : 'agent_replied',
    })
  }
  return {
    ...fieldsOf(ticket),
    timeline: {
      status: ((statusChanges[0]?.from as Status | null) ?? ticket.status) as Status,
      events,
    },
    version: history.length + comments.length,
  }
}

export function fieldsOf(ticket: TicketSnapshot) {
  return {
    ticketId: ticket.id,
    createdAt: DateTime.fromISO(ticket.createdAt),
    status: ticket.status,
    priority: ticket.priority,
    groupId: ticket.groupId,
    categoryId: ticket.categoryId,
  }
}

/** The clock's view: stored events with the ticket's fields as they are now. */
export function timelineOf(facts: ClockFacts): Timeline {
  return {
    createdAt: facts.createdAt,
    status: facts.timeline.status,
    fields: { priority: facts.priority, group: facts.groupId, category: facts.categoryId },
    events: facts.timeline.events.map((event) => ({ ...event, at: DateTime.fromISO(event.at) })),
  }
}
