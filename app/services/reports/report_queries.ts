import db from '@adonisjs/lucid/services/db'
import type { ReportPeriod } from '#services/reports/report_period'
import { narrow, type Sql } from '#services/reports/report_ranges'

export type ReportScope = {
  organizationId: number
  groupId?: number
  agentId?: number
  priority?: string
}

/**
 * Created and resolved per day up to the period's last day, as rows of
 * (day, c, r). Without an agent the daily rollup answers (a few rows a
 * day); per agent the facts do (an agent's tickets, through their index):
 * the rollup has no agent column, which would make it as large as the
 * tickets table.
 */
function dailySource(scope: ReportScope, to: string): Sql {
  if (scope.agentId === undefined) {
    const where = narrow(scope)
    return {
      sql: `SELECT day, sum(created)::int AS c, sum(resolved)::int AS r, sum(reopened)::int AS ro
              FROM ticket_daily_stats
             WHERE organization_id = ? AND day <= ?::date ${where.sql} GROUP BY day`,
      bindings: [scope.organizationId, to, ...where.bindings],
    }
  }
  const where = narrow(scope, 'assignee_id')
  return {
    sql: `SELECT day, sum(c)::int AS c, sum(r)::int AS r, sum(ro)::int AS ro FROM (
            SELECT created_day AS day, 1 AS c, 0 AS r, 0 AS ro FROM ticket_report_facts
             WHERE organization_id = ? AND created_day <= ?::date ${where.sql}
            UNION ALL
            SELECT done_day, 0, 1, (reopened > 0)::int FROM ticket_report_facts
             WHERE organization_id = ? AND done_day <= ?::date ${where.sql}) x GROUP BY day`,
    bindings: [
      scope.organizationId,
      to,
      ...where.bindings,
      scope.organizationId,
      to,
      ...where.bindings,
    ],
  }
}

export type SeriesRow = {
  period: string
  created: number
  resolved: number
  backlog: number
  /** Of those resolved, how many had been reopened before. */
  reopened: number
}

/**
 * Per day or week of the period: created, resolved (and of those, the
 * reopened ones), and the backlog at the period's end (every ticket
 * created by then less every one resolved by then), all in one statement. A week is Monday to Sunday, clipped to the
 * period and named by its first day in it.
 */
export async function seriesRows(scope: ReportScope, period: ReportPeriod) {
  const source = dailySource(scope, period.to)
  const result = await db.rawQuery(
    `WITH daily AS (${source.sql}),
          before AS (SELECT coalesce(sum(c - r), 0)::int AS backlog FROM daily WHERE day < ?::date),
          days AS (SELECT g::date AS day FROM generate_series(?::date, ?::date, interval '1 day') g),
          running AS (
            SELECT days.day, coalesce(d.c, 0) AS c, coalesce(d.r, 0) AS r, coalesce(d.ro, 0) AS ro,
                   (SELECT backlog FROM before) + sum(coalesce(d.c, 0) - coalesce(d.r, 0)) OVER (ORDER BY days.day) AS backlog
              FROM days LEFT JOIN daily d ON d.day = days.day)
     SELECT greatest(date_trunc(?, day)::date, ?::date)::text AS period,
            sum(c)::int AS created, sum(r)::int AS resolved, sum(ro)::int AS reopened,
            (array_agg(backlog ORDER BY day DESC))[1]::int AS backlog
       FROM running GROUP BY 1 ORDER BY 1`,
    [...source.bindings, period.from, period.from, period.to, period.interval, period.from]
  )
  return result.rows as SeriesRow[]
}

export type CategoryRow = {
  category_id: number | null
  name: string | null
  created: number
  resolved: number
}

/** Created and resolved in the period per category (rollup, or the agent's facts). */
export async function categoryRows(scope: ReportScope, period: ReportPeriod) {
  const where = narrow(scope, 'assignee_id')
  const counts =
    scope.agentId === undefined
      ? {
          sql: `SELECT category_id, sum(created)::int AS created, sum(resolved)::int AS resolved
                  FROM ticket_daily_stats
                 WHERE organization_id = ? AND day BETWEEN ?::date AND ?::date ${where.sql}
                 GROUP BY category_id`,
          bindings: [scope.organizationId, period.from, period.to, ...where.bindings],
        }
      : {
          sql: `SELECT category_id,
                       count(*) FILTER (WHERE created_day BETWEEN ?::date AND ?::date)::int AS created,
                       count(*) FILTER (WHERE done_day BETWEEN ?::date AND ?::date)::int AS resolved
                  FROM ticket_report_facts
                 WHERE organization_id = ? ${where.sql}
                   AND (created_day BETWEEN ?::date AND ?::date OR done_day BETWEEN ?::date AND ?::date)
                 GROUP BY category_id`,
          bindings: [
            period.from,
            period.to,
            period.from,
            period.to,
            scope.organizationId,
            ...where.bindings,
            period.from,
            period.to,
            period.from,
            period.to,
          ],
        }
  const result = await db.rawQuery(
    `SELECT x.category_id, c.name, x.created, x.resolved
       FROM (${counts.sql}) x
       LEFT JOIN categories c ON c.id = x.category_id AND c.organization_id = ?
      WHERE x.created > 0 OR x.resolved > 0
      ORDER BY x.created DESC, c.name NULLS LAST`,
    [...counts.bindings, scope.organizationId]
  )
  return result.rows as CategoryRow[]
}
