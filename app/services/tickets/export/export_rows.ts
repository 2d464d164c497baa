import type { Readable } from 'node:stream'
import db from '@adonisjs/lucid/services/db'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import TicketQuery, { type TicketFilters } from '#services/tickets/ticket_query'

type TicketBuilder = ModelQueryBuilderContract<typeof Ticket, Ticket>

/**
 * The rows of an export: every ticket of `base` (the caller's visibility,
 * or their own requests) that the filters keep, in the list's order, read
 * through a PostgreSQL cursor so memory stays flat however many match.
 * The stream yields plain objects keyed as EXPORT_COLUMNS.
 */
export async function exportRows(base: TicketBuilder, user: User, filters: TicketFilters) {
  const query = TicketQuery.applyFilters(
    base,
    user,
    filters,
    await TicketQuery.filterZone(user, filters)
  )
  TicketQuery.applySort(query, filters, await TicketQuery.pluginSort(user, filters))
  query
    .clearSelect()
    .leftJoin('groups', 'groups.id', 'tickets.group_id')
    .leftJoin('categories', 'categories.id', 'tickets.category_id')
    .leftJoin('subcategories', 'subcategories.id', 'tickets.subcategory_id')
    .leftJoin('users as requesters', 'requesters.id', 'tickets.requester_id')
    .leftJoin('users as assignees', 'assignees.id', 'tickets.assignee_id')
    .select(
      'tickets.reference',
      'tickets.title',
      'tickets.status',
      'tickets.priority',
      'tickets.source',
      'tickets.created_at',
      'tickets.updated_at',
      'tickets.first_response_at',
      'tickets.resolved_at',
      'tickets.closed_at',
      'groups.name as group_name',
      'categories.name as category_name',
      'subcategories.name as subcategory_name',
      'requesters.name as requester_name',
      'requesters.email as requester_email',
      'assignees.name as assignee_name'
    )
  /**
   * The SQL comes from Lucid's builder (so its visibility and filter
   * clauses are in it) and runs as a cursor. Reaching into the builder's
   * knexQuery instead would miss the where clauses Lucid applies late.
   */
  const { sql, bindings } = query.toSQL()
  return db.knexRawQuery(sql, bindings as never).stream() as unknown as Readable
}
