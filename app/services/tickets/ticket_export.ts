import type { Writable } from 'node:stream'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import { DateTime } from 'luxon'
import type Ticket from '#models/ticket'
import type User from '#models/user'
import type { TicketFilters } from '#services/tickets/ticket_query'
import { zoneOfUser } from '#services/time_zones'
import { exportRows } from '#services/tickets/export/export_rows'
import { writeCsv } from '#services/tickets/export/csv_writer'
import { writeXlsx } from '#services/tickets/export/xlsx_writer'
import type { ExportFormat } from '#validators/ticket'

type TicketBuilder = ModelQueryBuilderContract<typeof Ticket, Ticket>

const CONTENT_TYPES: Record<ExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}

/**
 * A ticket list as a file, CSV or .xlsx, with the same columns either way:
 * every ticket of `base` the filters keep, streamed row by row from a
 * cursor to `out`, so memory stays flat however many rows match, and the
 * rows are exactly those the same filters show on screen.
 */
export default class TicketExport {
  static contentType(format: ExportFormat) {
    return CONTENT_TYPES[format]
  }

  static fileName(format: ExportFormat, now = DateTime.now()) {
    return `tickets-${now.toFormat('yyyy-LL-dd-HHmm')}.${format}`
  }

  static async write(
    base: TicketBuilder,
    user: User,
    filters: TicketFilters,
    format: ExportFormat,
    out: Writable
  ) {
    if (format === 'xlsx') {
      /** Read before the cursor opens: it holds its connection until the last row. */
      const zone = await zoneOfUser(user)
      return writeXlsx(await exportRows(base, user, filters), out, { zone })
    }
    return writeCsv(await exportRows(base, user, filters), out)
  }
}
