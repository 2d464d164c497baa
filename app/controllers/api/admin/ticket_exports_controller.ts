import type { HttpContext } from '@adonisjs/core/http'
import { normalizeTicketQuery, ticketExportValidator } from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import { renameFields } from '#helpers/api_json'
import { sendTicketExport } from '#helpers/ticket_export_download'

/** GET /api/v1/admin/tickets/export: the desk list of GET /api/v1/admin/tickets as a file. */
export default class TicketExportsController {
  async show(ctx: HttpContext) {
    const user = ctx.auth.getUserOrFail()
    const { format, ...filters } = await ctx.request
      .validateUsing(ticketExportValidator, { data: normalizeTicketQuery(ctx.request.qs()) })
      .catch(renameFields)
    return sendTicketExport(
      ctx,
      TicketQuery.queueBase(user, filters.queue),
      { ...filters, page: undefined },
      format ?? 'csv'
    )
  }
}
