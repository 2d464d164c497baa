/**
 * The host API: what a plugin may do to the product, on every handler's
 * context as `context.tickets`, `context.users` and so on. Each call is
 * scoped to the handler's organization (another organization's rows are
 * "not found") and every write goes through the same services as a
 * person's, with the plugin recorded as the actor.
 *
 * The platform only declares the contract. The implementation lives on the
 * services side and is installed at boot (`installHost`), so the platform
 * depends on nothing above it and the dependencies point one way.
 */
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type {
  DatabaseQueryBuilderContract,
  InsertQueryBuilderContract,
} from '@adonisjs/lucid/types/querybuilder'
import type { Priority, Status } from '#models/ticket'
import type { Role } from '#models/user'
import type { JsonValue, PluginEventName, TicketSnapshot, UserSnapshot } from '#platform/catalogue'
import type { PluginEvents } from '#platform/sdk'

/** One line of a ticket's timeline. `actor` names a person, a plugin, or null for the system. */
export type HistoryEntry = {
  id: number
  field: string
  from: string | null
  to: string | null
  internal: boolean
  actor:
    | { kind: 'user'; id: number; name: string }
    | { kind: 'plugin'; plugin: string; name: string }
    | null
  createdAt: string
}

export type CommentView = {
  id: number
  body: string
  internal: boolean
  /** null when a plugin wrote it; `plugin` then names it. */
  authorId: number | null
  plugin: string | null
  createdAt: string
}

export type TicketDetail = {
  ticket: TicketSnapshot
  history: HistoryEntry[]
  comments: CommentView[]
}

export type TicketFilter = {
  status?: Status | Status[]
  groupId?: number
  /** null: unassigned tickets only. */
  assigneeId?: number | null
  /** Tickets changed at or after this instant. */
  updatedSince?: Date | string
  /** The `nextCursor` of the previous page. */
  cursor?: string | null
  /** 1 to 500; 100 when left out. */
  limit?: number
}

export type TicketPage = { tickets: TicketSnapshot[]; nextCursor: string | null }

export type TicketFields = {
  title?: string
  priority?: Priority
  groupId?: number
  categoryId?: number | null
  subcategoryId?: number | null
}

export type TicketsHost = {
  /** The ticket with its whole timeline and every comment, internal notes included; null when not in this organization. */
  get(id: number): Promise<TicketDetail | null>
  list(filter?: TicketFilter): Promise<TicketPage>
  update(id: number, fields: TicketFields): Promise<TicketSnapshot>
  assign(id: number, assigneeId: number | null): Promise<TicketSnapshot>
  /** Through the ticket lifecycle: an illegal move throws HostValidationError on `status`. */
  changeStatus(id: number, to: Status): Promise<TicketSnapshot>
  addNote(id: number, body: string): Promise<{ id: number }>
  reply(id: number, body: string): Promise<{ id: number }>
}

/** A user as the host API answers: the event snapshot plus what directory sync compares. */
export type HostUser = UserSnapshot & {
  active: boolean
  externalId: string | null
  department: string | null
  /** Directory group names the auth provider last answered (`ExternalIdentity.groups`). */
  directoryGroups: string[]
  groupIds: number[]
}

export type UserLookup =
  { id: number } | { email: string } | { externalId: string; source?: string }

export type NewUser = {
  email: string
  name: string
  role: Role
  department?: string | null
  externalId?: string | null
  groupIds?: number[]
}

export type UserFields = {
  email?: string
  name?: string
  department?: string | null
  externalId?: string | null
}

/** Which users `users.list` answers; every condition given must hold. */
export type UserFilter = {
  /** One role, or any of several: `['admin', 'agent']` for the staff. */
  role?: Role | Role[]
  /** Only those who may sign in (`true`) or only deactivated ones (`false`); both when left out. */
  active?: boolean
  /** Only members of this group of the organization. */
  groupId?: number
  /** The `nextCursor` of the previous page. */
  cursor?: string | null
  /** 1 to 500; 100 when left out. */
  limit?: number
}

export type UserPage = { users: HostUser[]; nextCursor: string | null }

export type UsersHost = {
  find(lookup: UserLookup): Promise<HostUser | null>
  /** The organization's users matching the filter (all when left out), by id, a page at a time. */
  list(filter?: UserFilter): Promise<UserPage>
  /** Users whose auth source is `source` (this plugin's id when left out), by id, a page at a time. */
  listBySource(
    source?: string,
    page?: { cursor?: string | null; limit?: number }
  ): Promise<UserPage>
  /** Creates a user whose auth source is this plugin, as directory sign-in does. */
  create(user: NewUser): Promise<HostUser>
  update(id: number, fields: UserFields): Promise<HostUser>
  /** Ends the user's sessions and API tokens at once. */
  deactivate(id: number): Promise<HostUser>
  reactivate(id: number): Promise<HostUser>
  setRole(id: number, role: Role): Promise<HostUser>
  /** Replaces the user's group memberships with exactly these groups. */
  setGroups(id: number, groupIds: number[]): Promise<HostUser>
}

export type TaxonomyNode = { id: number; name: string }
export type TaxonomyGroup = TaxonomyNode & {
  categories: (TaxonomyNode & { subcategories: TaxonomyNode[] })[]
}

export type TaxonomyHost = {
  /** The active group → category → subcategory tree, in the order the pickers show it. */
  tree(): Promise<TaxonomyGroup[]>
}

export type MailRecipient = { userId: number } | { groupId: number }

export type MailMessage = {
  to: MailRecipient[]
  subject: string
  /** Markdown, rendered and sanitized like a reply. */
  markdown: string
  /** Links the mail to the ticket and threads it with the ticket's other mails. */
  ticketId?: number
}

export type MailHost = {
  /** Queues one mail per distinct active recipient, each with a notification_logs row. */
  send(message: MailMessage): Promise<{ queued: number }>
}

/** Per (plugin, organization) state: a Slack thread id, a model's version. Values are JSON. */
export type PluginStore = {
  get<T extends JsonValue = JsonValue>(key: string): Promise<T | null>
  set(key: string, value: JsonValue): Promise<void>
  delete(key: string): Promise<void>
  /** Keys starting with `prefix`, with their values. */
  list(prefix?: string): Promise<{ key: string; value: JsonValue }[]>
}

/**
 * The plugin's own tables (named `<plugin id with underscores>_…`), with
 * `organization_id = <this organization>` added to every read, update and
 * delete and set on every inserted row. Another table is refused.
 */
export type PluginDatabase = {
  from(table: string): DatabaseQueryBuilderContract
  insert(
    table: string,
    rows: Record<string, unknown> | Record<string, unknown>[]
  ): InsertQueryBuilderContract
  /** Runs `work` in one transaction; the `db` it receives is scoped the same way. */
  transaction<T>(work: (db: PluginDatabase) => Promise<T>): Promise<T>
}

export type OutboundRequest = RequestInit & {
  /** Host names (from the plugin's own settings) that may resolve to private addresses. */
  allowHosts?: string[]
  /** 10 000 when left out. */
  timeoutMs?: number
}

export type OutboundHttp = {
  /** `fetch`, refusing private, loopback and link-local targets unless allowed. */
  fetch(url: string | URL, init?: OutboundRequest): Promise<Response>
}

export type PluginEventEmitter = {
  /**
   * Records one of this plugin's declared events in the outbox, delivered
   * to subscribers like a core event. Throws HostError for an event the
   * plugin did not declare or a payload that is not plain JSON.
   */
  emit<K extends PluginEventName>(name: K, payload: PluginEvents[K]): Promise<void>
}

export type Host = {
  tickets: TicketsHost
  users: UsersHost
  taxonomy: TaxonomyHost
  mail: MailHost
  store: PluginStore
  db: PluginDatabase
  http: OutboundHttp
  events: PluginEventEmitter
}

/** Who a host is for. */
export type HostScope = {
  pluginId: string
  pluginName: string
  organizationId: number
  signal: AbortSignal
}

export type HostFactory = (scope: HostScope) => Host
/** The plugin's scoped `db` on a transaction the platform opened (EventContext.once). */
export type HostDatabaseFactory = (
  scope: HostScope,
  trx: TransactionClientContract
) => PluginDatabase

let factory: HostFactory | null = null
let databaseFactory: HostDatabaseFactory | null = null

/** Called once at boot by the provider that owns the implementation. */
export function installHost(implementation: HostFactory, database?: HostDatabaseFactory) {
  factory = implementation
  databaseFactory = database ?? databaseFactory
}

export function hostDatabaseOn(scope: HostScope, trx: TransactionClientContract): PluginDatabase {
  if (!databaseFactory) {
    throw new Error(
      'The plugin host is not installed (providers/plugin_provider.ts installs it at boot)'
    )
  }
  return databaseFactory(scope, trx)
}

export function hostFor(scope: HostScope): Host {
  if (!factory) {
    throw new Error(
      'The plugin host is not installed (providers/plugin_provider.ts installs it at boot)'
    )
  }
  return factory(scope)
}
