import db from '@adonisjs/lucid/services/db'
import type { ReportPeriod } from '#services/reports/report_period'

export type ReportScope = {
  organizationId: number
  groupId?: number
  agentId?: number
  priority?: string
}

type Sql = { sql: string; bindings: unknown[] }

/** `AND …` conditions on a table's group, priority and agent columns, from the scope. */
function narrow(scope: ReportScope, columns: { agent?: string } = {}): Sql {
  const parts: string[] = []
  const bindings: unknown[] = []
  if (scope.groupId !== undefined) {
    parts.push('AND group_id = ?')
    bindings.push(scope.groupId)
  }
  if (scope.priority !== undefined) {
    parts.push('AND priority = ?')
    bindings.push(scope.priority)
  }
  if (scope.agentId !== undefined && columns.agent) {
    parts.push(`AND ${columns.agent} = ?`)
    bindings.push(scope.agentId)
  }
  return { sql: parts.join(' '), bindings }
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
      sql: `SELECT day, sum(created)::int AS c, sum(resolved)::int AS r FROM ticket_daily_stats
             WHERE organization_id = ? AND day <= ?::date ${where.sql} GROUP BY day`,
      bindings: [scope.organizationId, to, ...where.bindings],
    }
  }
  const where = narrow(scope, { agent: 'assignee_id' })
  return {
    sql: `SELECT day, sum(c)::int AS c, sum(r)::int AS r FROM (
            SELECT created_day AS day, 1 AS c, 0 AS r FROM ticket_report_facts
             WHERE organization_id = ? AND created_day <= ?::date ${where.sql}
            UNION ALL
            SELECT done_day, 0, 1 FROM ticket_report_facts
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

export type SeriesRow = { period: string; created: number; resolved: number; backlog: number }

/**
 * Per day or week of the period: created, resolved, and the backlog at the
 * period's end (every ticket created by then less every one resolved by
 * then), all in one statement. A week is Monday to Sunday, clipped to the
 * period and named by its first day in it.
 */
export async function seriesRows(scope: ReportScope, period: ReportPeriod) {
  const source = dailySource(scope, period.to)
  const result = await db.rawQuery(
    `WITH daily AS (${source.sql}),
          before AS (SELECT coalesce(sum(c - r), 0)::int AS backlog FROM daily WHERE day < ?::date),
          days AS (SELECT g::date AS day FROM generate_series(?::date, ?::date, interval '1 day') g),
          running AS (
            SELECT days.day, coalesce(d.c, 0) AS c, coalesce(d.r, 0) AS r,
                   (SELECT backlog FROM before) + sum(coalesce(d.c, 0) - coalesce(d.r, 0)) OVER (ORDER BY days.day) AS backlog
              FROM days LEFT JOIN daily d ON d.day = days.day)
     SELECT greatest(date_trunc(?, day)::date, ?::date)::text AS period,
            sum(c)::int AS created, sum(r)::int AS resolved,
            (array_agg(backlog ORDER BY day DESC))[1]::int AS backlog
       FROM running GROUP BY 1 ORDER BY 1`,
    [...source.bindings, period.from, period.from, period.to, period.interval, period.from]
  )
  return result.rows as SeriesRow[]
}

export type TimesRow = {
  first_response: number[] | null
  first_responses: number
  resolution: number[] | null
  resolved: number
  reopened: number
}

/**
 * Median and 90th percentile, in seconds, of the first response of the
 * tickets created in the period and of the resolution of those resolved
 * in it; exact (percentile_cont over the facts), not averaged from days.
 * Two statements, so that PostgreSQL sorts both at once on two cores.
 */
export async function timesRow(scope: ReportScope, period: ReportPeriod): Promise<TimesRow> {
  const where = narrow(scope, { agent: 'assignee_id' })
  const range = [scope.organizationId, period.from, period.to, ...where.bindings]
  const [first, resolution] = await Promise.all([
    db.rawQuery(
      `SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY first_response_seconds) AS p,
              count(first_response_seconds)::int AS n
         FROM ticket_report_facts
        WHERE organization_id = ? AND created_day BETWEEN ?::date AND ?::date
          AND first_response_seconds IS NOT NULL ${where.sql}`,
      range
    ),
    db.rawQuery(
      `SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY resolution_seconds) AS p,
              count(*)::int AS n, count(*) FILTER (WHERE reopened > 0)::int AS reopened
         FROM ticket_report_facts
        WHERE organization_id = ? AND done_day BETWEEN ?::date AND ?::date ${where.sql}`,
      range
    ),
  ])
  return {
    first_response: first.rows[0].p,
    first_responses: first.rows[0].n,
    resolution: resolution.rows[0].p,
    resolved: resolution.rows[0].n,
    reopened: resolution.rows[0].reopened,
  }
}

export type AgentRow = {
  agent_id: number
  name: string
  assigned: number
  resolved: number
  median_first_response: number | null
}

/**
 * Per agent: assignments made to them in the period, tickets resolved in
 * it that they hold, and the median first response of the tickets created
 * in it that they hold. Only agents with any of the three are listed. The
 * three are MATERIALIZED and drive the join: inlined, the planner may
 * re-run them once per user of the organization.
 */
export async function agentRows(scope: ReportScope, period: ReportPeriod) {
  const assignments = narrow(scope, { agent: 'agent_id' })
  const facts = narrow(scope, { agent: 'assignee_id' })
  const range = (where: Sql) => [scope.organizationId, period.from, period.to, ...where.bindings]
  const result = await db.rawQuery(
    `WITH a AS MATERIALIZED (SELECT agent_id, count(*)::int AS n FROM ticket_report_assignments
                 WHERE organization_id = ? AND assigned_day BETWEEN ?::date AND ?::date ${assignments.sql}
                 GROUP BY agent_id),
          r AS MATERIALIZED (SELECT assignee_id AS agent_id, count(*)::int AS n FROM ticket_report_facts
                 WHERE organization_id = ? AND done_day BETWEEN ?::date AND ?::date
                   AND assignee_id IS NOT NULL ${facts.sql} GROUP BY assignee_id),
          f AS MATERIALIZED (SELECT assignee_id AS agent_id,
                       percentile_cont(0.5) WITHIN GROUP (ORDER BY first_response_seconds) AS m
                  FROM ticket_report_facts
                 WHERE organization_id = ? AND created_day BETWEEN ?::date AND ?::date
                   AND assignee_id IS NOT NULL AND first_response_seconds IS NOT NULL ${facts.sql}
                 GROUP BY assignee_id)
     SELECT u.id AS agent_id, u.name, coalesce(a.n, 0) AS assigned, coalesce(r.n, 0) AS resolved,
            f.m AS median_first_response
       FROM (SELECT agent_id FROM a UNION SELECT agent_id FROM r UNION SELECT agent_id FROM f) ids
       JOIN users u ON u.id = ids.agent_id AND u.organization_id = ?
       LEFT JOIN a ON a.agent_id = u.id LEFT JOIN r ON r.agent_id = u.id LEFT JOIN f ON f.agent_id = u.id
      ORDER BY u.name, u.id`,
    [...range(assignments), ...range(facts), ...range(facts), scope.organizationId]
  )
  return result.rows as AgentRow[]
}

export type CategoryRow = {
  category_id: number | null
  name: string | null
  created: number
  resolved: number
}

/** Created and resolved in the period per category (rollup, or the agent's facts). */
export async function categoryRows(scope: ReportScope, period: ReportPeriod) {
  const where = narrow(scope, { agent: 'assignee_id' })
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
