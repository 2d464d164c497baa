import type { HttpContext } from '@adonisjs/core/http'
import { normalizeTicketQuery, ticketExportValidator } from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import { renameFields } from '#helpers/api_json'
import { sendTicketExport } from '#helpers/ticket_export_download'

/** GET /api/v1/tickets/export: GET /api/v1/tickets (the caller's own requests) as a file. */
export default class TicketExportsController {
  async show(ctx: HttpContext) {
    const query = normalizeTicketQuery(ctx.request.qs())
    delete query.queue
    const { format, ...filters } = await ctx.request
      .validateUsing(ticketExportValidator, { data: query })
      .catch(renameFields)
    return sendTicketExport(
      ctx,
      TicketQuery.requestedBy(ctx.auth.getUserOrFail()),
      { ...filters, queue: undefined, page: undefined },
      format ?? 'csv'
    )
  }
}
