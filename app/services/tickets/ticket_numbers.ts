import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Ticket, { type Priority, type Source, type Status } from '#models/ticket'

/**
 * Takes the organization's next number. The counter row stays locked until
 * the caller's transaction ends: concurrent creations queue, and a rollback
 * gives the number back, so numbers are unique and gap-free.
 */
const TAKE_NUMBER = `INSERT INTO ticket_counters (organization_id, last_number) VALUES (?, 1001)
  ON CONFLICT (organization_id) DO UPDATE SET last_number = ticket_counters.last_number + 1
  RETURNING last_number`

/** Hands out the next human number of an organization inside the caller's transaction. */
export async function nextTicketNumber(organizationId: number, trx: TransactionClientContract) {
  const result = await trx.rawQuery(TAKE_NUMBER, [organizationId])
  return Number(result.rows[0].last_number)
}

export type NumberedTicketRow = {
  organizationId: number
  title: string
  description: string
  descriptionHtml: string
  priority: Priority
  status: Status
  source: Source
  requesterId: number
  groupId: number
  categoryId: number | null
  subcategoryId: number | null
}

/**
 * Inserts a ticket and takes its number in the same statement, with the
 * reference built from the organization's prefix there too. The counter is
 * locked only from this statement on, so callers run it as late as they
 * can: the lock then spans the fewest round trips before the commit.
 */
export async function insertNumberedTicket(trx: TransactionClientContract, row: NumberedTicketRow) {
  const now = DateTime.now().toJSDate()
  const values: [string, string | number | Date | null][] = [
    ['organization_id', row.organizationId],
    ['title', row.title],
    ['description', row.description],
    ['description_html', row.descriptionHtml],
    ['priority', row.priority],
    ['status', row.status],
    ['source', row.source],
    ['requester_id', row.requesterId],
    ['group_id', row.groupId],
    ['category_id', row.categoryId],
    ['subcategory_id', row.subcategoryId],
    ['created_at', now],
    ['updated_at', now],
  ]
  // The model's own columns only: the search vectors are large and never read back.
  const returning = [...Ticket.$columnsDefinitions.values()].map((column) => column.columnName)
  const result = await trx.rawQuery(
    `WITH counter AS (${TAKE_NUMBER})
     INSERT INTO tickets (${values.map(([column]) => `"${column}"`).join(', ')}, "number", "reference")
     SELECT ${values.map(([, value]) => (value === null ? 'NULL' : '?')).join(', ')}, counter.last_number,
            organizations.ticket_prefix || '-' || counter.last_number
       FROM counter JOIN organizations ON organizations.id = ?
     RETURNING ${returning.map((column) => `"${column}"`).join(', ')}`,
    [
      row.organizationId,
      ...values.flatMap(([, value]) => (value === null ? [] : [value])),
      row.organizationId,
    ]
  )
  if (result.rows.length !== 1) {
    throw new Error(`organization ${row.organizationId} not found`)
  }
  return Ticket.$createFromAdapterResult(result.rows[0], undefined, { client: trx })!
}
