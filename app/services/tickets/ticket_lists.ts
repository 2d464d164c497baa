import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Ticket from '#models/ticket'
import type User from '#models/user'
import TicketQuery, { type TicketFilters } from '#services/tickets/ticket_query'
import TicketSearch, { type Candidates } from '#services/tickets/ticket_search'
import { TicketPage, cappedStatusCounts, cappedTotal } from '#services/tickets/ticket_counts'

type TicketBuilder = ModelQueryBuilderContract<typeof Ticket, Ticket>

/**
 * The ticket lists of the desk, the portal and the API: a page of tickets
 * (found by id in the list indexes, then loaded with their people and
 * classification), its total and tickets per status, search snippets.
 * Which tickets a caller may see and how filters narrow them is
 * TicketQuery's; how far lists count is ticket_counts'.
 */
export default class TicketLists {
  /** A page of tickets with their people and classification, plus search snippets (the API's list). */
  static async page(base: TicketBuilder, user: User, filters: TicketFilters) {
    const groupIds = await this.groupsQueue(user, filters)
    if (groupIds?.length === 0) {
      return this.assemble(user, filters, { total: 0, capped: false }, [])
    }
    const zone = await TicketQuery.filterZone(user, filters)
    TicketQuery.applyFilters(base, user, filters, zone, groupIds)
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
    const groupIds = await this.groupsQueue(user, filters)
    if (groupIds?.length === 0) {
      const empty = await this.assemble(user, filters, { total: 0, capped: false }, [])
      return { ...empty, counts: {}, countsCapped: [], countsPartial: false }
    }
    const zone = await TicketQuery.filterZone(user, filters)
    const everyStatus = TicketQuery.applyFilters(
      base.clone(),
      user,
      { ...filters, status: undefined },
      zone,
      groupIds
    )
    TicketQuery.applyFilters(base, user, filters, zone, groupIds)
    if (filters.q) {
      return this.searchList(everyStatus, base, user, filters)
    }
    const [{ counts, capped }, ids] = await Promise.all([
      cappedStatusCounts(everyStatus, TicketQuery.queueStatuses(filters.queue)),
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
    // Both candidate lists (every status for the counts, the filtered ones
    // for the page) share one look at how common the words are.
    const rare = TicketSearch.mayBeRare(q)
    const all = TicketSearch.candidates(everyStatus, q, rare)
    const [everything, shown] = await Promise.all([
      all,
      filters.status?.length ? TicketSearch.candidates(base, q, rare) : all,
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
   * For the "my groups" queue, the user's groups, read first: PostgreSQL
   * then plans for those groups (a subquery's result it cannot foresee),
   * and someone in no group gets an empty queue without a ticket query,
   * where PostgreSQL would walk the whole newest-first index for matches.
   * Undefined for every other queue.
   */
  private static async groupsQueue(user: User, filters: TicketFilters) {
    if (filters.queue !== 'groups' || user.role === 'customer') {
      return undefined
    }
    const rows = await db.from('group_members').where('user_id', user.id).select('group_id')
    return rows.map((row: { group_id: number }) => Number(row.group_id))
  }

  /**
   * The ids of one page, in order. Selecting only the id lets the list
   * indexes answer without reading rows, so page 2,000 costs an index
   * walk rather than 50,000 row reads. A plugin's sort table holding two
   * rows for a ticket would list it twice; it is shown once.
   */
  private static async pageIds(query: TicketBuilder, user: User, filters: TicketFilters) {
    const sorted = TicketQuery.applySort(
      query.clone().clearSelect().select('tickets.id'),
      filters,
      await TicketQuery.pluginSort(user, filters)
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
}
