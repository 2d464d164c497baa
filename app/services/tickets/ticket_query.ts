import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Ticket, { STATUSES } from '#models/ticket'
import type User from '#models/user'
import { ACTIVE_STATUSES } from '#services/tickets/ticket_lifecycle'
import { withRowVersion } from '#services/tickets/ticket_lock'
import TicketSearch, { type Candidates } from '#services/tickets/ticket_search'
import { TicketPage, cappedStatusCounts, cappedTotal } from '#services/tickets/ticket_counts'
import PluginTicketSort from '#services/tickets/plugin_ticket_sort'
import { dayBounds, zoneOfUser } from '#services/time_zones'
import type { ticketFiltersValidator } from '#validators/ticket'
import type { SortView } from '#platform/slot_data'

export type TicketFilters = Infer<typeof ticketFiltersValidator>
type TicketBuilder = ModelQueryBuilderContract<typeof Ticket, Ticket>

/** Must stay identical to the expression of the tickets_org_priority_rank index. */
const PRIORITY_ORDER = `CASE tickets.priority WHEN 'critical' THEN 0 WHEN 'high' THEN 1 WHEN 'medium' THEN 2 ELSE 3 END`

/** Every status but closed, spelled out so the (…, status, …) indexes can use it. */
const NOT_CLOSED = STATUSES.filter((status) => status !== 'closed')

/**
 * The groups a user belongs to, as an array the planner evaluates once
 * (an InitPlan): unlike `IN (subquery)` it can drive index scans, and
 * inside an OR lets PostgreSQL combine indexes instead of scanning the table.
 */
const MY_GROUPS =
  'tickets.group_id = ANY(ARRAY(SELECT group_id FROM group_members WHERE user_id = ?))'

/**
 * Which tickets a user may see, and the lists built on that: queues,
 * filters, full-text search, counts, export. Every ticket read in the
 * product starts from `visibleTo` (or `requestedBy` for the portal), so
 * nothing crosses organizations or roles.
 *
 * - customers: the tickets they requested;
 * - agents: those they requested, are assigned to, or that belong to one of their groups;
 * - admins: every ticket of their organization.
 */
export default class TicketQuery {
  static visibleTo(user: User, query: TicketBuilder = Ticket.query()) {
    query.withScopes((scopes) => scopes.forOrganization(user.organizationId))
    if (user.role === 'customer') {
      query.where('tickets.requester_id', user.id)
    } else if (user.role === 'agent') {
      query.where((mine) =>
        mine
          .where('tickets.requester_id', user.id)
          .orWhere('tickets.assignee_id', user.id)
          .orWhereRaw(MY_GROUPS, [user.id])
      )
    }
    return query
  }

  /**
   * The base of a desk list for a queue. The "mine" and "groups" queues only
   * hold tickets an agent may see (assigned to them, or in their groups), so
   * there the queue's own condition (applyQueue) is the visibility bound; the
   * general three-way OR would hide the better index from PostgreSQL.
   */
  static queueBase(user: User, queue: TicketFilters['queue']) {
    if (user.role === 'agent' && (queue === 'mine' || queue === 'groups')) {
      return Ticket.query().withScopes((scopes) => scopes.forOrganization(user.organizationId))
    }
    return this.visibleTo(user)
  }

  /** The portal's "my tickets": only what the user requested, whatever their role. */
  static requestedBy(user: User) {
    return Ticket.query()
      .withScopes((scopes) => scopes.forOrganization(user.organizationId))
      .where('tickets.requester_id', user.id)
  }

  /**
   * One ticket by id if the user may see it, else null (callers answer 404).
   * With its row version: a change the caller then makes to it writes the
   * row without reading it again (changeTicket).
   */
  static find(user: User, id: number) {
    return withRowVersion(this.visibleTo(user)).where('tickets.id', id).first()
  }

  /** `zone` places the created-from/to days: the viewer's calendar, see filterZone. */
  static applyFilters(query: TicketBuilder, user: User, filters: TicketFilters, zone = 'UTC') {
    this.applyQueue(query, user, filters.queue)
    if (filters.status?.length) {
      query.whereIn('tickets.status', filters.status)
    }
    if (filters.priority?.length) {
      query.whereIn('tickets.priority', filters.priority)
    }
    if (filters.groupId) {
      query.where('tickets.group_id', filters.groupId)
    }
    if (filters.categoryId) {
      query.where('tickets.category_id', filters.categoryId)
    }
    if (filters.assigneeId === 'none') {
      query.whereNull('tickets.assignee_id')
    } else if (filters.assigneeId) {
      query.where('tickets.assignee_id', Number(filters.assigneeId))
    }
    if (filters.requesterId) {
      query.where('tickets.requester_id', filters.requesterId)
    }
    if (filters.createdFrom) {
      query.where('tickets.created_at', '>=', dayBounds(filters.createdFrom, zone).start)
    }
    if (filters.createdTo) {
      query.where('tickets.created_at', '<', dayBounds(filters.createdTo, zone).end)
    }
    if (filters.q) {
      TicketSearch.apply(query, user, filters.q)
    }
    return query
  }

  /** The plugin sort `filters.sort` names, for the viewer's organization; null for any other. */
  static pluginSort(user: User, filters: Pick<TicketFilters, 'sort'>) {
    return PluginTicketSort.resolve(user.organizationId, filters.sort)
  }

  /**
   * `pluginSort` is what pluginSort() resolved: a plugin sort it did not
   * resolve (unknown, or its plugin disabled) gives the default order.
   */
  static applySort(
    query: TicketBuilder,
    filters: TicketFilters,
    pluginSort: SortView | null = null
  ) {
    if (pluginSort) {
      PluginTicketSort.apply(query, pluginSort)
      return query.orderBy('tickets.created_at', 'desc').orderBy('tickets.id', 'desc')
    }
    const requested = filters.sort?.startsWith('plugin:') ? undefined : filters.sort
    const sort = requested ?? (filters.q ? 'relevance' : 'newest')
    switch (sort) {
      case 'relevance':
        if (filters.q) {
          TicketSearch.orderByRelevance(query, filters.q)
        }
        break
      case 'oldest':
        return query.orderBy('tickets.created_at', 'asc').orderBy('tickets.id', 'asc')
      case 'updated':
        return query.orderBy('tickets.updated_at', 'desc').orderBy('tickets.id', 'desc')
      case 'priority':
        query.orderByRaw(PRIORITY_ORDER)
        break
    }
    return query.orderBy('tickets.created_at', 'desc').orderBy('tickets.id', 'desc')
  }

  /** A page of tickets with their people and classification, plus search snippets (the API's list). */
  static async page(base: TicketBuilder, user: User, filters: TicketFilters) {
    if (await this.inNoGroup(user, filters)) {
      return this.assemble(user, filters, { total: 0, capped: false }, [])
    }
    this.applyFilters(base, user, filters, await this.filterZone(user, filters))
    if (filters.q) {
      const found = await TicketSearch.candidates(base, filters.q)
      const ids = await this.searchPageIds(base, user, filters, found)
      return this.assemble(user, filters, this.foundTotal(found), ids)
    }
    const [total, ids] = await Promise.all([cappedTotal(base), this.pageIds(base, user, filters)])
    return this.assemble(user, filters, total, ids)
  }

  /**
   * A page plus tickets per status for the same filters (the desk's and
   * portal's list). The page's total is the sum of the counts of the
   * statuses it shows, so the rows are counted once, not twice. Counts stop
   * at `countLimits.list` per status, and a search counts its candidates only:
   * `countsCapped` names the figures that are lower bounds, and
   * `countsPartial` says statuses without a figure may still hold matches.
   */
  static async list(base: TicketBuilder, user: User, filters: TicketFilters) {
    if (await this.inNoGroup(user, filters)) {
      const empty = await this.assemble(user, filters, { total: 0, capped: false }, [])
      return { ...empty, counts: {}, countsCapped: [], countsPartial: false }
    }
    const zone = await this.filterZone(user, filters)
    const everyStatus = this.applyFilters(
      base.clone(),
      user,
      { ...filters, status: undefined },
      zone
    )
    this.applyFilters(base, user, filters, zone)
    if (filters.q) {
      return this.searchList(everyStatus, base, user, filters)
    }
    const [{ counts, capped }, ids] = await Promise.all([
      cappedStatusCounts(everyStatus),
      this.pageIds(base, user, filters),
    ])
    const shown = filters.status?.length ? filters.status : Object.keys(counts)
    const total = {
      total: shown.reduce((sum, status) => sum + (counts[status] ?? 0), 0),
      capped: shown.some((status) => capped.includes(status)),
    }
    const page = await this.assemble(user, filters, total, ids)
    return { ...page, counts, countsCapped: capped, countsPartial: false }
  }

  /** The list for a search: counts and the page from the newest matches (see TicketSearch.candidates). */
  private static async searchList(
    everyStatus: TicketBuilder,
    base: TicketBuilder,
    user: User,
    filters: TicketFilters
  ) {
    const q = filters.q!
    const all = TicketSearch.candidates(everyStatus, q)
    const [everything, shown] = await Promise.all([
      all,
      filters.status?.length ? TicketSearch.candidates(base, q) : all,
    ])
    const counts: Record<string, number> = {}
    for (const candidate of everything.newest) {
      counts[candidate.status] = (counts[candidate.status] ?? 0) + 1
    }
    const ids = await this.searchPageIds(base, user, filters, shown)
    const page = await this.assemble(user, filters, this.foundTotal(shown), ids)
    return {
      ...page,
      counts,
      countsCapped: everything.capped ? Object.keys(counts) : [],
      countsPartial: everything.capped,
    }
  }

  private static foundTotal(found: Candidates) {
    return { total: found.newest.length, capped: found.capped }
  }

  /**
   * A search page. By relevance (the default) or newest first, the page
   * comes from the ranked candidates; past them, the remaining matches
   * follow newest first: those are exactly the matches older than every
   * candidate, so no ticket shows twice or goes missing. Other sorts page
   * through the matches as a list does.
   */
  private static async searchPageIds(
    filtered: TicketBuilder,
    user: User,
    filters: TicketFilters,
    found: Candidates
  ) {
    const sort = filters.sort ?? 'relevance'
    if (sort !== 'relevance' && sort !== 'newest') {
      return this.pageIds(filtered, user, filters)
    }
    const perPage = filters.perPage ?? 25
    const offset = ((filters.page ?? 1) - 1) * perPage
    const ordered = sort === 'relevance' ? found.ranked : found.newest
    const ids = ordered.slice(offset, offset + perPage).map((candidate) => candidate.id)
    if (ids.length === perPage || !found.capped) {
      return ids
    }
    const older = await filtered
      .clone()
      .clearSelect()
      .clearOrder()
      .select('tickets.id')
      .orderBy('tickets.created_at', 'desc')
      .orderBy('tickets.id', 'desc')
      .offset(Math.max(offset, found.newest.length))
      .limit(perPage - ids.length)
      .pojo<{ id: string | number }>()
    return [...ids, ...older.map((row) => Number(row.id))]
  }

  /**
   * The "my groups" queue of someone in no group is empty: answered without
   * asking PostgreSQL, which cannot know the group list is empty in advance
   * and would walk the whole newest-first index looking for matches.
   */
  private static async inNoGroup(user: User, filters: TicketFilters) {
    if (filters.queue !== 'groups' || user.role === 'customer') {
      return false
    }
    const member = await db.from('group_members').where('user_id', user.id).select(1).first()
    return !member
  }

  /** The viewer's time zone when a date filter needs it (a query less otherwise). */
  static async filterZone(user: User, filters: Pick<TicketFilters, 'createdFrom' | 'createdTo'>) {
    return filters.createdFrom || filters.createdTo ? zoneOfUser(user) : 'UTC'
  }

  /**
   * The ids of one page, in order. Selecting only the id lets the list
   * indexes answer without reading rows, so page 2,000 costs an index
   * walk rather than 50,000 row reads. A plugin's sort table holding two
   * rows for a ticket would list it twice; it is shown once.
   */
  private static async pageIds(query: TicketBuilder, user: User, filters: TicketFilters) {
    const sorted = this.applySort(
      query.clone().clearSelect().select('tickets.id'),
      filters,
      await this.pluginSort(user, filters)
    )
    const rows = await sorted
      .forPage(filters.page ?? 1, filters.perPage ?? 25)
      .pojo<{ id: string | number }>()
    return [...new Set(rows.map((row) => Number(row.id)))]
  }

  /** Loads the page's rows with what the lists show, keeping the order of `ids`. */
  private static async assemble(
    user: User,
    filters: TicketFilters,
    total: { total: number; capped: boolean },
    ids: number[]
  ) {
    const loaded = ids.length
      ? await Ticket.query()
          .withScopes((scopes) => scopes.forOrganization(user.organizationId))
          .whereIn('tickets.id', ids)
          .preload('requester')
          .preload('assignee')
          .preload('group')
          .preload('category')
          .preload('subcategory')
      : []
    const byId = new Map(loaded.map((ticket) => [ticket.id, ticket]))
    const rows = ids.flatMap((id) => byId.get(id) ?? [])
    const page = new TicketPage(
      total.total,
      total.capped,
      filters.perPage ?? 25,
      filters.page ?? 1,
      rows
    )
    const snippets = filters.q
      ? await TicketSearch.snippets(rows, user, filters.q)
      : new Map<number, string>()
    return { page, snippets }
  }

  private static applyQueue(query: TicketBuilder, user: User, queue: TicketFilters['queue']) {
    switch (queue) {
      case 'unassigned':
        query.whereNull('tickets.assignee_id').whereIn('tickets.status', [...ACTIVE_STATUSES])
        break
      case 'mine':
        query.where('tickets.assignee_id', user.id).whereIn('tickets.status', NOT_CLOSED)
        break
      case 'groups':
        query.whereRaw(MY_GROUPS, [user.id]).whereIn('tickets.status', NOT_CLOSED)
        break
      case 'urgent':
        query
          .whereIn('tickets.priority', ['high', 'critical'])
          .whereIn('tickets.status', [...ACTIVE_STATUSES])
        break
    }
  }
}
