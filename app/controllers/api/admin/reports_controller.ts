import type { HttpContext } from '@adonisjs/core/http'
import { reportFiltersValidator } from '#validators/report'
import ReportService from '#services/reports/report_service'
import { snakeKeys } from '#helpers/api_json'

/**
 * GET /api/v1/admin/reports: created, resolved and backlog per day or
 * week, response and resolution times, per agent and per category.
 */
export default class ReportsController {
  async show(ctx: HttpContext) {
    const filters = await reportFiltersValidator.validate(ctx.request.qs())
    const report = await ReportService.build(ctx.auth.getUserOrFail(), filters)
    return ctx.response.json({ data: snakeKeys(report) })
  }
}
