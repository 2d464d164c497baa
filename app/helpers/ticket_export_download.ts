import type { HttpContext } from '@adonisjs/core/http'
import { PassThrough } from 'node:stream'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type Ticket from '#models/ticket'
import TicketExport from '#services/tickets/ticket_export'
import type { TicketFilters } from '#services/tickets/ticket_query'
import type { ExportFormat } from '#validators/ticket'

/**
 * Answers a ticket export as a download (desk and API alike). Headers go
 * out first and rows follow as the cursor reads them, so a failure midway
 * can only cut the file short: it is logged, and the connection is closed
 * rather than ended, so the client sees an incomplete download.
 */
export function sendTicketExport(
  { auth, response, logger }: HttpContext,
  base: ModelQueryBuilderContract<typeof Ticket, Ticket>,
  filters: TicketFilters,
  format: ExportFormat
) {
  response.header('Content-Type', TicketExport.contentType(format))
  response.header('Content-Disposition', `attachment; filename="${TicketExport.fileName(format)}"`)
  response.header('Cache-Control', 'no-store')
  const body = new PassThrough()
  TicketExport.write(base, auth.getUserOrFail(), filters, format, body).catch((error) => {
    if (body.destroyed) {
      logger.info('ticket export stopped: the client went away')
      return
    }
    logger.error({ err: error }, 'ticket export failed midway')
    body.destroy(error)
  })
  return response.stream(body)
}
