/**
 * The server-side part of the hook catalogue: events (reliable, in the
 * worker), filters and providers (in the request, within a time budget),
 * with their payloads, names and budgets. See `#platform/catalogue` for
 * what each kind promises.
 */
import type { Source, Status } from '#models/ticket'
import type { PluginEvents } from '#platform/sdk'
import type {
  ActorSnapshot,
  CommentSource,
  ExternalIdentity,
  FieldChange,
  NotificationKind,
  Recipient,
  TicketDraft,
  TicketSnapshot,
  UserSnapshot,
} from '#platform/hook_payloads'

export type EventHooks = {
  /**
   * A ticket was opened (portal, API or e-mail), after its transaction
   * committed. Fires once per ticket.
   */
  'ticket.created': { ticket: TicketSnapshot; actor: ActorSnapshot; attachments: number }
  /**
   * Title, priority, group, category or subcategory changed. `changes`
   * lists each field with its old and new display value.
   */
  'ticket.updated': { ticket: TicketSnapshot; actor: ActorSnapshot; changes: FieldChange[] }
  /** The assignee changed; `assigneeId` is null when the ticket was unassigned. */
  'ticket.assigned': {
    ticket: TicketSnapshot
    actor: ActorSnapshot
    previousAssigneeId: number | null
    assigneeId: number | null
  }
  /**
   * The status changed, by a person, by a reply (reopen, hand-back) or by
   * the auto-close job (actor null).
   */
  'ticket.status_changed': {
    ticket: TicketSnapshot
    actor: ActorSnapshot
    from: Status
    to: Status
  }
  /** A public reply or an internal note was added (`comment.internal`). */
  'ticket.comment_added': {
    ticket: TicketSnapshot
    actor: ActorSnapshot
    /** `authorId` is null when a plugin wrote it (`actor.plugin` names it). */
    comment: { id: number; body: string; internal: boolean; authorId: number | null }
  }
  /**
   * A ticket came in from an import (Admin → Import, `tickets:import`, the
   * API) with its original dates and status. New-ticket events and
   * notifications do not fire for it; plugins that want the history
   * subscribe here. Fires once per imported ticket.
   */
  'ticket.imported': {
    ticket: TicketSnapshot
    actor: ActorSnapshot
    import: { id: number; fileName: string }
  }
  /** A user account was created: setup, invitation, admin, command or directory sign-in. */
  'user.created': { user: UserSnapshot; actor: ActorSnapshot }
  /** A user signed in; `via` is "password" or the id of the plugin that authenticated them. */
  'user.signed_in': { user: UserSnapshot; via: string; channel: 'web' | 'api' }
}

/**
 * The core's events and every event a plugin declared (`PluginEvents`,
 * extended by declaration merging), each with its payload: what
 * `hooks.on` accepts.
 */
export type AllEventHooks = EventHooks & PluginEvents
export type PluginEventName = keyof PluginEvents & string
export type AnyEventName = keyof AllEventHooks & string

export type FilterHooks = {
  /**
   * Before a ticket is written: may enrich the draft (priority, category,
   * a tidier title). The result is validated like user input; an invalid
   * placement is dropped. Budget: 3 s per plugin.
   */
  'ticket.creating': {
    value: TicketDraft
    context: { requester: UserSnapshot; source: Source }
  }
  /**
   * Before a public reply or an internal note is written: may change the
   * body (redact card numbers, add a signature). The result is validated
   * like user input: an empty or oversized body keeps the original.
   * `author` is null when a plugin writes the comment. Budget: 1 s per plugin.
   */
  'comment.creating': {
    value: { body: string; internal: boolean }
    context: { ticket: TicketSnapshot; author: UserSnapshot | null; source: CommentSource }
  }
  /**
   * Who receives an e-mail notification, after preferences were applied:
   * may add or remove people. Budget: 1 s.
   */
  'notification.recipients': {
    value: Recipient[]
    context: { kind: NotificationKind; ticket: TicketSnapshot }
  }
}

export type ProviderHooks = {
  /**
   * Checks credentials against an outside directory. Answer the identity
   * when they are valid, null when this provider does not know the person.
   * The core provisions or updates the user (auth source = plugin id).
   * Consulted before or after the local password, as the organization's
   * settings say. Budget: 5 s.
   */
  'auth.provider': {
    input: { email: string; password: string; organizationId: number }
    result: ExternalIdentity
  }
  /**
   * Picks the agent a new ticket goes to. In a group with automatic
   * assignment (round robin or least active) it is asked first, with the
   * members who can take a ticket now (active, not away, under the group's
   * cap) as `candidates`; null, or an id outside them, lets the group's own
   * rule choose. In a group without, `candidates` are the group's active
   * members and null leaves the ticket unassigned. Budget: 1 s.
   */
  'ticket.assignment_strategy': {
    input: { ticket: TicketSnapshot; candidates: { id: number; name: string }[] }
    result: { assigneeId: number }
  }
}

export type EventName = keyof EventHooks
export type FilterName = keyof FilterHooks
export type ProviderName = keyof ProviderHooks

/** The same catalogue as values: for checks at run time and for the docs. */
export const EVENTS = [
  'ticket.created',
  'ticket.updated',
  'ticket.assigned',
  'ticket.status_changed',
  'ticket.comment_added',
  'ticket.imported',
  'user.created',
  'user.signed_in',
] as const satisfies readonly EventName[]

/** Time budgets in milliseconds, per plugin handler. */
export const FILTER_BUDGETS: Record<FilterName, number> = {
  'ticket.creating': 3000,
  'comment.creating': 1000,
  'notification.recipients': 1000,
}

export const PROVIDER_BUDGETS: Record<ProviderName, number> = {
  'auth.provider': 5000,
  'ticket.assignment_strategy': 1000,
}

/**
 * Core event namespaces: a plugin's own events must use another, so a
 * plugin can never pass its events off as the core's.
 */
export const CORE_EVENT_NAMESPACES = ['ticket', 'user', 'comment', 'notification', 'auth', 'host']

/** Events only the core's built-ins receive (the host API's queued mail). */
export const INTERNAL_EVENTS = ['host.mail'] as const

/** `<namespace>.<name>`, lower case, fits the outbox's 64-character name column. */
export const PLUGIN_EVENT_NAME = /^[a-z][a-z0-9_-]*\.[a-z][a-z0-9_.-]*$/
export const PLUGIN_EVENT_NAME_MAX = 64
