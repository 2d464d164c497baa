import type { HttpContext } from '@adonisjs/core/http'
import { reportFiltersValidator, reportQuery } from '#validators/report'
import ReportService from '#services/reports/report_service'
import { snakeKeys } from '#helpers/api_json'
import { validationMessagesFor } from '#i18n/validation_messages'

/**
 * GET /api/v1/admin/reports: created, resolved and backlog per day or
 * week, response and resolution times, per agent and per category.
 */
export default class ReportsController {
  async show(ctx: HttpContext) {
    const filters = await reportFiltersValidator.validate(reportQuery(ctx.request.qs()), {
      messagesProvider: validationMessagesFor(ctx.translator.locale),
    })
    const report = await ReportService.build(ctx.auth.getUserOrFail(), filters)
    return ctx.response.json({ data: snakeKeys(report) })
  }
}
