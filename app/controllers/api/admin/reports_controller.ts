import type { HttpContext } from '@adonisjs/core/http'
import { apiReportFiltersValidator } from '#validators/api'
import TicketReports from '#services/tickets/ticket_reports'
import { snakeKeys } from '#helpers/api_json'

/** GET /api/v1/admin/reports: counts and average response times over the caller's tickets. */
export default class ReportsController {
  async show(ctx: HttpContext) {
    const range = await apiReportFiltersValidator.validate(ctx.request.qs())
    const summary = await TicketReports.summary(ctx.auth.getUserOrFail(), {
      createdFrom: range.created_from,
      createdTo: range.created_to,
    })
    return ctx.response.json({ data: snakeKeys(summary) })
  }
}
