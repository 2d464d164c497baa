import db from '@adonisjs/lucid/services/db'
import { errors } from '@vinejs/vine'
import type User from '#models/user'
import type { ReportFiltersInput } from '#validators/report'
import { resolveReportPeriod, type ReportPeriod } from '#services/reports/report_period'
import { categoryRows, seriesRows, type ReportScope } from '#services/reports/report_queries'
import { timesRow } from '#services/reports/report_times'
import { agentRows } from '#services/reports/report_agents'

const minutes = (seconds: number | null | undefined) =>
  seconds === null || seconds === undefined ? null : Math.round((Number(seconds) / 60) * 10) / 10

/**
 * Reports over the rollups: created, resolved and backlog per day or week,
 * medians and 90th percentiles of first response and resolution, the
 * reopened share, per agent and per category — at most nine statements
 * whatever the period (report_times.ts says how percentiles stay exact
 * without sorting every ticket). Times are calendar time (`timeBasis`); the
 * SLA plugin's own panel reports business hours.
 */
export default class ReportService {
  /**
   * The report `user` may see. An admin chooses any agent of their
   * organization; anybody else sees their own figures only, whatever they
   * asked for (and so does anybody asking for `own` figures: the desk's).
   * A group or agent of another organization is a 422 on its field,
   * exactly like one that does not exist.
   */
  static async build(user: User, input: ReportFiltersInput, options: { own?: boolean } = {}) {
    const agentId = user.role === 'admin' && !options.own ? input.agent_id : user.id
    const check = await db.rawQuery(
      `SELECT o.timezone,
              (?::int IS NULL OR EXISTS (SELECT 1 FROM groups g WHERE g.id = ? AND g.organization_id = o.id)) AS group_ok,
              (?::int IS NULL OR EXISTS (SELECT 1 FROM users u WHERE u.id = ? AND u.organization_id = o.id
                                                                 AND u.role IN ('agent', 'admin'))) AS agent_ok
         FROM organizations o WHERE o.id = ?`,
      [
        input.group_id ?? null,
        input.group_id ?? null,
        agentId ?? null,
        agentId ?? null,
        user.organizationId,
      ]
    )
    const row = check.rows[0] as { timezone: string; group_ok: boolean; agent_ok: boolean }
    const problems = []
    if (!row.group_ok) {
      problems.push({ field: 'group_id', message: 'There is no such group.', rule: 'exists' })
    }
    if (!row.agent_ok) {
      problems.push({ field: 'agent_id', message: 'There is no such agent.', rule: 'exists' })
    }
    if (problems.length) throw new errors.E_VALIDATION_ERROR(problems)

    const period = resolveReportPeriod(input, row.timezone)
    const scope: ReportScope = {
      organizationId: user.organizationId,
      groupId: input.group_id,
      agentId,
      priority: input.priority,
    }
    return this.figures(scope, period)
  }

  static async figures(scope: ReportScope, period: ReportPeriod) {
    const [series, times, agents, categories] = await Promise.all([
      seriesRows(scope, period),
      timesRow(scope, period),
      agentRows(scope, period),
      categoryRows(scope, period),
    ])
    const created = series.reduce((sum, entry) => sum + entry.created, 0)
    const resolved = series.reduce((sum, entry) => sum + entry.resolved, 0)
    const reopened = series.reduce((sum, entry) => sum + entry.reopened, 0)
    return {
      period,
      filters: {
        groupId: scope.groupId ?? null,
        agentId: scope.agentId ?? null,
        priority: scope.priority ?? null,
      },
      timeBasis: 'calendar' as const,
      totals: {
        created,
        resolved,
        backlog: series.at(-1)?.backlog ?? 0,
        reopened,
        reopenedShare: resolved === 0 ? null : reopened / resolved,
      },
      series: series.map(({ reopened: _, ...entry }) => entry),
      times: {
        firstResponse: {
          count: times.first_responses,
          medianMinutes: minutes(times.first_response?.[0]),
          p90Minutes: minutes(times.first_response?.[1]),
        },
        resolution: {
          count: times.resolved,
          medianMinutes: minutes(times.resolution?.[0]),
          p90Minutes: minutes(times.resolution?.[1]),
        },
      },
      agents: agents.map((agent) => ({
        agentId: agent.agent_id,
        name: agent.name,
        assigned: agent.assigned,
        resolved: agent.resolved,
        medianFirstResponseMinutes: minutes(agent.median_first_response),
      })),
      categories: categories.map((category) => ({
        categoryId: category.category_id,
        name: category.name,
        created: category.created,
        resolved: category.resolved,
      })),
    }
  }
}

export type Report = Awaited<ReturnType<typeof ReportService.figures>>
