import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import Ticket, { type Priority, type Source, type Status } from '#models/ticket'

/**
 * Takes the organization's next number from its own sequence (see the
 * migration `ticket_number_sequences`). `nextval` locks nothing, so
 * concurrent creations never wait for each other's commit; numbers are
 * unique, and a rolled-back creation leaves a gap.
 */
const TAKE_NUMBER = `SELECT nextval(ticket_number_sequence(?))::integer AS last_number`

/** Hands out the next human number of an organization. */
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
  /** Set when the ticket joins its group's automatic assignment queue. */
  assignmentQueued?: boolean
}

/**
 * Inserts a ticket and takes its number in the same statement, with the
 * reference built from the organization's prefix there too.
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
    ['assignment_queued_at', row.assignmentQueued ? now : null],
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
