import { type Readable, Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import TicketQuery, { type TicketFilters } from '#services/tickets/ticket_query'

const COLUMNS = [
  ['reference', 'Ticket'],
  ['title', 'Title'],
  ['status', 'Status'],
  ['priority', 'Priority'],
  ['group_name', 'Group'],
  ['category_name', 'Category'],
  ['subcategory_name', 'Subcategory'],
  ['requester_name', 'Requester'],
  ['requester_email', 'Requester e-mail'],
  ['assignee_name', 'Assignee'],
  ['source', 'Source'],
  ['created_at', 'Created'],
  ['updated_at', 'Updated'],
  ['first_response_at', 'First response'],
  ['resolved_at', 'Resolved'],
  ['closed_at', 'Closed'],
] as const

/**
 * One CSV field. Quotes as RFC 4180 asks, and defuses cells a spreadsheet
 * would run as a formula (=, +, -, @ at the start).
 */
function field(value: unknown) {
  if (value === null || value === undefined) {
    return ''
  }
  let text = value instanceof Date ? value.toISOString() : String(value)
  if (/^[=+\-@\t\r]/.test(text)) {
    text = `'${text}`
  }
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * Streams every ticket of the filtered list as CSV, straight from a
 * PostgreSQL cursor: memory stays flat however many rows match, and the
 * rows are exactly those the same filters show on screen.
 */
export default class TicketExport {
  static header() {
    return COLUMNS.map(([, label]) => label).join(',') + '\r\n'
  }

  static async write(user: User, filters: TicketFilters, out: NodeJS.WritableStream) {
    const query = TicketQuery.applyFilters(
      TicketQuery.queueBase(user, filters.queue),
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
    const rows = db.knexRawQuery(sql, bindings as never).stream() as unknown as Readable

    const toCsv = new Transform({
      objectMode: true,
      transform(row: Record<string, unknown>, _encoding, done) {
        done(null, COLUMNS.map(([key]) => field(row[key])).join(',') + '\r\n')
      },
    })
    out.write('\uFEFF' + this.header())
    await pipeline(rows, toCsv, out)
  }
}
