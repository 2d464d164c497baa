import type { DateTime } from 'luxon'
import type { Status } from '#platform/sdk'
import type { TicketFields } from './policy_match.js'

/**
 * One ticket's history as the SLA clock reads it: how it started and what
 * happened since. The product builds it from the ticket's records, the
 * simulator from its JSON input.
 */

/** Every ticket status; the clock needs them to know which ones pause it. */
export const STATUSES = [
  'open',
  'assigned',
  'in_progress',
  'waiting_on_customer',
  'resolved',
  'closed',
] as const satisfies readonly Status[]

/** The ball is in the customer's court, or the work is done: no SLA time runs. */
export const PAUSING_STATUSES: readonly Status[] = ['waiting_on_customer', 'resolved', 'closed']

/** Reaching one of these (the first time) meets the resolution target. */
export const FINISHED_STATUSES: readonly Status[] = ['resolved', 'closed']

export const EVENT_TYPES = [
  'status_changed',
  'agent_replied',
  'customer_replied',
  'internal_note',
  'priority_changed',
  'group_changed',
  'category_changed',
] as const

export type EventType = (typeof EVENT_TYPES)[number]

/** The event types that change a field the policy choice depends on. */
export const FIELD_OF_EVENT = {
  priority_changed: 'priority',
  group_changed: 'group',
  category_changed: 'category',
} as const satisfies Partial<Record<EventType, keyof TicketFields>>

/**
 * What happened, when. Replies are public messages (agent_replied is an
 * agent's public reply, customer_replied the requester's); internal notes
 * are never public and never meet a target.
 */
export type TimelineEvent =
  | { at: DateTime; type: 'status_changed'; to: Status }
  | { at: DateTime; type: 'agent_replied' | 'customer_replied' | 'internal_note' }
  | { at: DateTime; type: keyof typeof FIELD_OF_EVENT; to: TicketFields[keyof TicketFields] }

export type Timeline = {
  createdAt: DateTime
  /** The status the ticket was created with. */
  status: Status
  /** The fields the ticket was created with. */
  fields: TicketFields
  /** In any order: the clock sorts them. */
  events: readonly TimelineEvent[]
}
