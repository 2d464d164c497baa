import type { Infer } from '@vinejs/vine/types'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Ticket, { STATUSES, type Status } from '#models/ticket'
import type User from '#models/user'
import { ACTIVE_STATUSES } from '#services/tickets/ticket_lifecycle'
import { withRowVersion } from '#services/tickets/ticket_lock'
import TicketSearch from '#services/tickets/ticket_search'
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

  /**
   * `zone` places the created-from/to days: the viewer's calendar, see
   * filterZone. `groupIds`: see applyQueue.
   */
  static applyFilters(
    query: TicketBuilder,
    user: User,
    filters: TicketFilters,
    zone = 'UTC',
    groupIds?: number[]
  ) {
    this.applyQueue(query, user, filters.queue, groupIds)
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

  /** The viewer's time zone when a date filter needs it (a query less otherwise). */
  static async filterZone(user: User, filters: Pick<TicketFilters, 'createdFrom' | 'createdTo'>) {
    return filters.createdFrom || filters.createdTo ? zoneOfUser(user) : 'UTC'
  }

  /**
   * The statuses a queue holds: counting the others would find nothing,
   * but only after reading their whole index range (a group's closed
   * tickets, to learn that none is open).
   */
  static queueStatuses(queue: TicketFilters['queue']): readonly Status[] {
    switch (queue) {
      case 'unassigned':
      case 'urgent':
        return ACTIVE_STATUSES
      case 'mine':
      case 'groups':
        return NOT_CLOSED
      default:
        return STATUSES
    }
  }

  /**
   * `groupIds`: the user's groups, when the caller read them already. As a
   * list, PostgreSQL sees which groups, and counts a group's open tickets
   * in that group's index range instead of every open ticket's.
   */
  private static applyQueue(
    query: TicketBuilder,
    user: User,
    queue: TicketFilters['queue'],
    groupIds?: number[]
  ) {
    const statuses = [...this.queueStatuses(queue)]
    switch (queue) {
      case 'unassigned':
        query.whereNull('tickets.assignee_id').whereIn('tickets.status', statuses)
        break
      case 'mine':
        query.where('tickets.assignee_id', user.id).whereIn('tickets.status', statuses)
        break
      case 'groups':
        if (groupIds) {
          query.whereIn('tickets.group_id', groupIds)
        } else {
          query.whereRaw(MY_GROUPS, [user.id])
        }
        query.whereIn('tickets.status', statuses)
        break
      case 'urgent':
        query.whereIn('tickets.priority', ['high', 'critical']).whereIn('tickets.status', statuses)
        break
    }
  }
}
