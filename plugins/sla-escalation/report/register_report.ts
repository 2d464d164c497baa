import { DateTime } from 'luxon'
import type { PluginRequest } from '#platform/sdk'
import type { Context, Hooks } from '../types.js'
import { periodSchema, resolvePeriod } from '#platform/sdk'
import { reportFigures } from './report_figures.js'
import { aggregateClocks } from './report_query.js'

/** The report for the period in the request's query (validated; errors name the field). */
async function report(request: PluginRequest, context: Context) {
  const input = await request.validate(periodSchema)
  const now = DateTime.now()
  const period = resolvePeriod(input, now)
  const [rows, tree] = await Promise.all([
    aggregateClocks(context.db, period.start, period.end, now),
    context.taxonomy.tree(),
  ])
  return reportFigures(rows, tree, period, now)
}

/**
 * Admin → SLA report: compliance per target by group and priority for the
 * tickets created in a period; the same figures as JSON for API clients;
 * and the overall line as a panel of the core's Admin → Reports, for the
 * period chosen there (business-hours targets, which the core's own
 * calendar-time figures cannot show).
 */
export default function registerReport(hooks: Hooks) {
  hooks.page('admin', {
    name: 'report',
    path: '/report',
    component: 'SlaReport',
    title: 'SLA report',
    load: report,
  })
  hooks.panel('admin.reports', 'SlaReportPanel', {
    label: 'SLA compliance (business hours)',
    data: async ({ from, to, zone }, context) => {
      const now = DateTime.now()
      const period = resolvePeriod({ from, to, tz: zone }, now)
      const [rows, tree] = await Promise.all([
        aggregateClocks(context.db, period.start, period.end, now),
        context.taxonomy.tree(),
      ])
      const figures = reportFigures(rows, tree, period, now)
      return { period: figures.period, targets: figures.targets, overall: figures.overall }
    },
  })
  hooks.api({
    name: 'report',
    method: 'get',
    path: '/report',
    role: 'admin',
    summary: 'SLA compliance per target, by group and priority, for tickets created in a period',
    handle: report,
  })
}
