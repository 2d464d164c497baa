import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import Ticket from '#models/ticket'
import FormError from '#exceptions/form_error'
import TranslatableError from '#i18n/translatable_error'

/** Where a ticket read for a change keeps the version of its row (`$extras`). */
const ROW_VERSION = 'row_version'

/**
 * Reads a ticket's row version with its columns: PostgreSQL's `xmin`, the
 * transaction that wrote this version of the row. Any write to the row
 * since, by anyone and to any column, gives it another one.
 */
export function withRowVersion(query: ModelQueryBuilderContract<typeof Ticket, Ticket>) {
  return query.select('tickets.*', db.raw(`tickets.xmin::text AS ${ROW_VERSION}`))
}

/**
 * Applies a change to a ticket and writes the row, as if it had been
 * locked since it was read. A ticket read with its row version (the
 * request's own read, which the policy checked) is changed as read and the
 * UPDATE is guarded by that version: no second read, no lock before the
 * write. Only a change is written that way. When the row changed in
 * between, when there is nothing to change or the change is refused, or
 * without a version, the row is read again `FOR UPDATE` and the change
 * applied to that, as it always was: every answer but a successful write
 * comes from the current row. `apply` mutates the row it is given (never
 * the caller's) and may run twice; `changed` says whether there is
 * anything to write.
 */
export async function changeTicket<T>(
  trx: TransactionClientContract,
  ticket: Ticket,
  apply: (row: Ticket) => T | Promise<T>,
  changed: (result: T) => boolean
) {
  const version = ticket.$extras[ROW_VERSION] as string | undefined
  delete ticket.$extras[ROW_VERSION]
  if (version !== undefined) {
    const written = await changeAsRead(trx, ticket, version, apply, changed)
    if (written) {
      return written
    }
  }
  const row = await Ticket.query({ client: trx })
    .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
    .where('id', ticket.id)
    .forUpdate()
    .firstOrFail()
  const result = await apply(row)
  if (changed(result)) {
    await row.save()
  }
  return { row, result }
}

async function changeAsRead<T>(
  trx: TransactionClientContract,
  ticket: Ticket,
  version: string,
  apply: (row: Ticket) => T | Promise<T>,
  changed: (result: T) => boolean
) {
  const row = copyOf(ticket)
  let result: T
  try {
    result = await apply(row)
  } catch (error) {
    if (error instanceof FormError || error instanceof TranslatableError) {
      return null
    }
    throw error
  }
  if (!changed(result) || !(await updateIfUnchanged(trx, row, version))) {
    return null
  }
  return { row, result }
}

function copyOf(ticket: Ticket) {
  const row = new Ticket().merge({ ...ticket.$attributes })
  row.$hydrateOriginals()
  row.$isPersisted = true
  return row
}

async function updateIfUnchanged(trx: TransactionClientContract, row: Ticket, version: string) {
  const columns: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(row.$dirty)) {
    const column = Ticket.$getColumn(key)!
    columns[column.columnName] = column.prepare ? column.prepare(value, key, row) : value
  }
  const updated = await trx
    .from('tickets')
    .where('id', row.id)
    .whereRaw(`xmin::text = ?`, [version])
    .update(columns, ['id'])
  if (updated.length === 0) {
    return false
  }
  row.$hydrateOriginals()
  return true
}
