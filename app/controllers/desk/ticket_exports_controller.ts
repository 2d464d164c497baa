import type { HttpContext } from '@adonisjs/core/http'
import { PassThrough } from 'node:stream'
import { DateTime } from 'luxon'
import { normalizeTicketQuery, ticketFiltersValidator } from '#validators/ticket'
import TicketExport from '#services/tickets/ticket_export'

export default class TicketExportsController {
  async show({ request, auth, response, logger }: HttpContext) {
    const user = auth.getUserOrFail()
    const [, parsed] = await ticketFiltersValidator.tryValidate(normalizeTicketQuery(request.qs()))
    const filters = { queue: 'unassigned' as const, ...(parsed ?? {}), page: undefined }
    const name = `tickets-${DateTime.now().toFormat('yyyy-LL-dd-HHmm')}.csv`
    response.header('Content-Type', 'text/csv; charset=utf-8')
    response.header('Content-Disposition', `attachment; filename="${name}"`)
    response.header('Cache-Control', 'no-store')
    const body = new PassThrough()
    TicketExport.write(user, filters, body).catch((error) => {
      logger.error({ err: error }, 'ticket export failed midway')
      body.destroy(error)
    })
    return response.stream(body)
  }
}
