import type { HttpContext } from '@adonisjs/core/http'
import { type errors } from '@vinejs/vine'
import { reportFiltersValidator, reportQuery } from '#validators/report'
import { validationMessagesFor } from '#i18n/validation_messages'
import ReportService from '#services/reports/report_service'

/**
 * Desk → My figures: the report of the signed-in agent's own tickets (an
 * admin working the desk sees theirs too). Only the period is theirs to
 * choose; an invalid one is named under its field and the default shown.
 */
export default class FiguresController {
  async show({ inertia, request, auth, translator }: HttpContext) {
    const user = auth.getUserOrFail()
    const qs = reportQuery(request.qs())
    const [invalid, filters] = await reportFiltersValidator.tryValidate(
      { from: qs.from, to: qs.to },
      { messagesProvider: validationMessagesFor(translator.locale) }
    )
    const fieldErrors = invalid
      ? Object.fromEntries(
          (invalid as InstanceType<typeof errors.E_VALIDATION_ERROR>).messages.map(
            (entry: { field: string; message: string }) => [entry.field, entry.message]
          )
        )
      : {}
    const report = await ReportService.build(user, filters ?? {}, { own: true })
    return inertia.render('desk/figures', {
      report,
      filters: {
        from: invalid ? '' : typeof qs.from === 'string' && qs.from ? qs.from : report.period.from,
        to: invalid ? '' : typeof qs.to === 'string' && qs.to ? qs.to : report.period.to,
      },
      fieldErrors,
    })
  }
}
