/**
 * The plain-JSON shapes the hook catalogue's payloads are made of: what a
 * ticket, a person, an actor, a draft or a recipient looks like to a
 * plugin. Shared by the server-side hooks and the UI slots, and safe to
 * queue and to log.
 */
import type { Priority, Source, Status } from '#models/ticket'
import type { Role } from '#models/user'

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
/** Where a comment was written; `email`: a reply that came in by mail (the e-mail channel). */
export type CommentSource = 'web' | 'api' | 'plugin' | 'email'

/** A person to e-mail; `userId` is null for an address outside Switchboard (added by a plugin). */
export type Recipient = { userId: number | null; email: string; name: string }

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

/** What a panel's data loader may return: it travels to the browser as JSON. */
export type JsonValue =
  string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue }
export type PanelData = { [key: string]: JsonValue }
