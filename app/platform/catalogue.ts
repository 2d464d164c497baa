/**
 * The hook catalogue: every extension point the core offers plugins, with
 * its kind, payload and result. It is the contract between Switchboard and
 * its plugins; the core dispatches only through these names, and
 * `definePlugin` only accepts them, so an unknown hook or a handler of the
 * wrong shape is a type error in the plugin.
 *
 * Kinds, and what a failure means:
 * - event: reliable, runs in the worker after the change committed, once
 *   per (event, plugin); a throw retries with backoff, then dead-letters.
 *   Its return value is ignored.
 * - filter: runs in the request, in order, within a time budget; each gets
 *   the value the previous one returned. A throw or timeout is logged
 *   against the plugin and the value goes on unchanged.
 * - provider: runs in the request, in order, within a time budget; the
 *   first non-null answer wins. A throw or timeout counts as "no answer".
 * - schedule: a plugin's recurring job, once per interval for the whole
 *   installation, run for every organization that enabled the plugin.
 * - slot: a place in the UI where an enabled plugin's Vue component renders.
 * - badges / suggestions: a place in the UI the core draws from data a
 *   plugin's loader answers (no plugin component), within a time budget;
 *   a throw or timeout leaves the plugin's part out.
 * - sort: an order of a list the core draws, declared (a column of the
 *   plugin's own table) and applied by the core in SQL; no handler runs.
 * - plugin event: an event a plugin declares and emits itself; it travels
 *   the same reliable path as the core's events.
 */
import type { Priority, Source, Status } from '#models/ticket'
import type { Role } from '#models/user'
import type { PluginEvents } from '#platform/sdk'

/** A ticket as plugins see it: plain JSON, safe to queue and to log. */
export type TicketSnapshot = {
  id: number
  organizationId: number
  number: number
  reference: string
  title: string
  description: string
  priority: Priority
  status: Status
  source: Source
  requesterId: number
  assigneeId: number | null
  groupId: number
  categoryId: number | null
  subcategoryId: number | null
  createdAt: string
  updatedAt: string
}

export type UserSnapshot = {
  id: number
  organizationId: number
  name: string
  email: string
  role: Role
  authSource: string
}

/**
 * Who caused an event: a person; a plugin writing through the host API
 * (`id` and `role` null, `plugin` its id, `name` its manifest name); or
 * null for the system (auto-close).
 */
export type ActorSnapshot =
  | { id: number; name: string; role: Role }
  | { id: null; name: string; role: null; plugin: string }
  | null

export type FieldChange = { field: string; from: string | null; to: string | null }

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

/** A ticket as filed, before it is written. */
export type TicketDraft = {
  title: string
  description: string
  priority: Priority
  groupId: number
  categoryId: number | null
  subcategoryId: number | null
}

export type NotificationKind =
  | 'ticket_created_receipt'
  | 'ticket_created_group'
  | 'ticket_assigned'
  | 'ticket_status_changed'
  | 'ticket_replied'
  | 'ticket_customer_replied'

/** Where a comment is written from. */
export type CommentSource = 'web' | 'api' | 'plugin'

/** A person to e-mail; `userId` is null for an address outside Switchboard (added by a plugin). */
export type Recipient = { userId: number | null; email: string; name: string }

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

/** Who a directory says someone is, as an auth provider answers. */
export type ExternalIdentity = {
  email: string
  name: string
  externalId: string
  role?: Role
  department?: string | null
  /** Directory group names, recorded on the user (Admin → Users, `HostUser.directoryGroups`). */
  groups?: string[]
  /**
   * Switchboard group ids the person belongs to: applied in the same
   * transaction as the account, replacing their memberships. Ids of other
   * organizations' groups are ignored. Left out: memberships stay as they are.
   */
  groupIds?: number[]
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

export type SlotProps = {
  /** Beside the conversation on the desk's ticket page. */
  'ticket.sidebar': { ticket: TicketSnapshot }
  /** Small badges next to the ticket's title on the desk's ticket page. */
  'ticket.header_badges': { ticket: TicketSnapshot }
  /** A tab of its own in Admin → Settings. */
  'admin.settings_tab': { organizationId: number }
  /**
   * A panel of Admin → Reports, below the core's figures, for the period
   * the admin chose: calendar days `from`–`to` (YYYY-MM-DD, both included)
   * in the organization's time zone `zone`.
   */
  'admin.reports': { organizationId: number; from: string; to: string; zone: string }
  /**
   * Beside the conversation on the portal's ticket page, seen by the
   * requester: only data the requester may see belongs in it.
   */
  'portal.ticket': { ticket: TicketSnapshot }
}

export type BadgeTone = 'neutral' | 'info' | 'success' | 'warning' | 'danger'
/** One badge in a list cell; `title` is its tooltip. */
export type Badge = { text: string; tone: BadgeTone; title?: string }

export type BadgeSlots = {
  /**
   * The plugin badge column of the desk's ticket lists (every queue). The
   * loader receives the page's tickets at once and answers badges per
   * ticket id; read what it needs for the whole page in one query.
   */
  'desk.queue': { props: { tickets: TicketSnapshot[] }; result: Record<number, Badge[]> }
}

/**
 * Lists the core sorts in SQL on a plugin's own table (`hooks.sort`): the
 * sort picker of the desk's ticket lists, `desk.queue`.
 */
export type SortSlotName = 'desk.queue'

/** Text a plugin offers to insert, e.g. a suggested reply. */
export type Suggestion = { label: string; text: string }

export type SuggestionSlots = {
  /**
   * The reply composer on the desk's ticket page: each suggestion is a
   * button that inserts its text into the reply box.
   */
  'ticket.composer': {
    props: { ticket: TicketSnapshot; agent: UserSnapshot }
    result: Suggestion[]
  }
}

/** What a panel's data loader may return: it travels to the browser as JSON. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type PanelData = { [key: string]: JsonValue }

/** One enabled plugin's panel in a slot, as the page receives it. */
export type PanelView = {
  plugin: string
  component: string
  label: string
  /** null when the plugin has no loader, or its loader failed or ran out of time. */
  data: PanelData | null
}

export type EventName = keyof EventHooks
export type FilterName = keyof FilterHooks
export type ProviderName = keyof ProviderHooks
export type SlotName = keyof SlotProps
export type BadgeSlotName = keyof BadgeSlots
export type SuggestionSlotName = keyof SuggestionSlots

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

export const SLOTS = [
  'ticket.sidebar',
  'ticket.header_badges',
  'admin.settings_tab',
  'admin.reports',
  'portal.ticket',
] as const satisfies readonly SlotName[]

export const BADGE_SLOTS = ['desk.queue'] as const satisfies readonly BadgeSlotName[]

export const SUGGESTION_SLOTS = ['ticket.composer'] as const satisfies readonly SuggestionSlotName[]

export const SORT_SLOTS = ['desk.queue'] as const satisfies readonly SortSlotName[]

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

/** How long a panel's data loader may take before the slot renders without it. */
export const PANEL_BUDGET = 1000
