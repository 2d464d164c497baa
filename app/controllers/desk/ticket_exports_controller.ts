import type { HttpContext } from '@adonisjs/core/http'
import {
  deskListQuery,
  exportFormatValidator,
  normalizeTicketQuery,
  ticketFiltersValidator,
} from '#validators/ticket'
import TicketQuery from '#services/tickets/ticket_query'
import { sendTicketExport } from '#helpers/ticket_export_download'

export default class TicketExportsController {
  async show(ctx: HttpContext) {
    const { request, auth, session, response, translator } = ctx
    const user = auth.getUserOrFail()
    const query = normalizeTicketQuery(request.qs())
    const [invalid, choice] = await exportFormatValidator.tryValidate({ format: query.format })
    if (invalid) {
      session.flash('error', translator.t('Choose CSV or Excel (.xlsx) for the export.'))
      return response
        .redirect()
        .toRoute('desk.tickets.index', {}, { qs: await deskListQuery(request.qs()) })
    }
    /** Filters the list itself would drop are dropped here too: the file matches the screen. */
    const [, parsed] = await ticketFiltersValidator.tryValidate(query)
    const filters = { queue: 'unassigned' as const, ...(parsed ?? {}), page: undefined }
    return sendTicketExport(
      ctx,
      TicketQuery.queueBase(user, filters.queue),
      filters,
      choice.format ?? 'csv'
    )
  }
}
