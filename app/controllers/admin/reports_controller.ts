import type { HttpContext } from '@adonisjs/core/http'
import { errors } from '@vinejs/vine'
import { reportFiltersValidator, reportQuery } from '#validators/report'
import { validationMessagesFor } from '#i18n/validation_messages'
import ReportService from '#services/reports/report_service'
import UserService from '#services/user_service'
import db from '@adonisjs/lucid/services/db'
import Hooks from '#platform/hooks'
import { reportWorkbook } from '#services/reports/report_workbook'

type FieldErrors = Record<string, string>

const fieldErrors = (error: InstanceType<typeof errors.E_VALIDATION_ERROR>): FieldErrors =>
  Object.fromEntries(
    (error.messages as { field: string; message: string }[]).map((entry) => [
      entry.field,
      entry.message,
    ])
  )

/**
 * Admin → Reports. The filters travel in the query string (a link can be
 * shared); invalid ones are named next to their field and the report
 * shows the default period meanwhile.
 */
export default class ReportsController {
  async show({ inertia, request, auth, translator }: HttpContext) {
    const user = auth.getUserOrFail()
    const qs = reportQuery(request.qs())
    const [invalid, filters] = await reportFiltersValidator.tryValidate(qs, {
      messagesProvider: validationMessagesFor(translator.locale),
    })
    let problems: FieldErrors = invalid ? fieldErrors(invalid) : {}
    let report
    try {
      report = await ReportService.build(user, filters ?? {})
    } catch (error) {
      if (!(error instanceof errors.E_VALIDATION_ERROR)) throw error
      problems = { ...problems, ...fieldErrors(error) }
      report = await ReportService.build(user, {})
    }
    const [groups, staff, panels] = await Promise.all([
      db
        .from('groups')
        .where('organization_id', user.organizationId)
        .orderBy('position')
        .select('id', 'name'),
      UserService.staff(user.organizationId),
      Hooks.panels(user.organizationId, 'admin.reports', {
        organizationId: user.organizationId,
        from: report.period.from,
        to: report.period.to,
        zone: report.period.zone,
      }),
    ])
    const text = (key: string) => (typeof qs[key] === 'string' ? (qs[key] as string) : '')
    return inertia.render('admin/reports/show', {
      report,
      filters: {
        // The period shown fills the date fields, also when it is the default one.
        from: problems.from || problems.to ? '' : text('from') || report.period.from,
        to: problems.from || problems.to ? '' : text('to') || report.period.to,
        group_id: problems.group_id ? '' : text('group_id'),
        agent_id: problems.agent_id ? '' : text('agent_id'),
        priority: problems.priority ? '' : text('priority'),
        interval: problems.interval ? '' : text('interval'),
      },
      fieldErrors: problems,
      groups,
      agents: staff.map((agent) => ({ id: agent.id, name: agent.name })),
      panels,
    })
  }

  /** The same report as an Excel workbook; invalid filters go back to the page, named there. */
  async export({ request, auth, response, translator }: HttpContext) {
    const filters = await reportFiltersValidator.validate(reportQuery(request.qs()), {
      messagesProvider: validationMessagesFor(translator.locale),
    })
    const report = await ReportService.build(auth.getUserOrFail(), filters)
    const file = await reportWorkbook(report, (text) => translator.t(text))
    response.header(
      'content-type',
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )
    response.header(
      'content-disposition',
      `attachment; filename="report-${report.period.from}-${report.period.to}.xlsx"`
    )
    return response.send(file)
  }
}
