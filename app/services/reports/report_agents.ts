import db from '@adonisjs/lucid/services/db'
import type { ReportPeriod } from '#services/reports/report_period'
import type { ReportScope } from '#services/reports/report_queries'
import { BUCKET_BOUNDS } from '#services/reports/report_buckets'
import { insideMonths, narrow, outsideMonths } from '#services/reports/report_ranges'
import { interpolate, locate, rankOf } from '#services/reports/report_times'

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
 * in it that they hold; only agents with any of these. Counts add the
 * whole months of ticket_month_agents to the other days counted row by
 * row; each median is then read from the agent's tickets in time order at
 * its rank. The CTEs are MATERIALIZED and drive the join: inlined, the
 * planner may re-run them once per user of the organization.
 */
export async function agentRows(scope: ReportScope, period: ReportPeriod): Promise<AgentRow[]> {
  const where = narrow(scope, 'agent_id')
  const facts = narrow(scope, 'assignee_id')
  const months = insideMonths(period)
  const assignedDays = outsideMonths('assigned_day', period)
  const doneDays = outsideMonths('done_day', period)
  const createdDays = outsideMonths('created_day', period)
  const org = scope.organizationId
  const counted = await db.rawQuery(
    `WITH m AS MATERIALIZED (
            ${
              months
                ? `SELECT agent_id, sum(assigned)::int AS a, sum(resolved)::int AS r, sum(responded)::int AS f
                     FROM ticket_month_agents WHERE organization_id = ? AND ${months.sql} ${where.sql}
                    GROUP BY agent_id`
                : 'SELECT 0 AS agent_id, 0 AS a, 0 AS r, 0 AS f WHERE false'
            }),
          a AS MATERIALIZED (SELECT agent_id, count(*)::int AS n FROM ticket_report_assignments
                 WHERE organization_id = ? AND ${assignedDays.sql} ${where.sql} GROUP BY agent_id),
          r AS MATERIALIZED (SELECT assignee_id AS agent_id, count(*)::int AS n FROM ticket_report_facts
                 WHERE organization_id = ? AND done_day IS NOT NULL AND ${doneDays.sql}
                   AND assignee_id IS NOT NULL ${facts.sql} GROUP BY assignee_id),
          f AS MATERIALIZED (SELECT assignee_id AS agent_id, count(*)::int AS n FROM ticket_report_facts
                 WHERE organization_id = ? AND first_response_seconds IS NOT NULL AND ${createdDays.sql}
                   AND assignee_id IS NOT NULL ${facts.sql} GROUP BY assignee_id)
     SELECT u.id AS agent_id, u.name,
            coalesce(m.a, 0) + coalesce(a.n, 0) AS assigned,
            coalesce(m.r, 0) + coalesce(r.n, 0) AS resolved,
            coalesce(m.f, 0) + coalesce(f.n, 0) AS responded
       FROM (SELECT agent_id FROM m UNION SELECT agent_id FROM a
             UNION SELECT agent_id FROM r UNION SELECT agent_id FROM f) ids
       JOIN users u ON u.id = ids.agent_id AND u.organization_id = ?
       LEFT JOIN m ON m.agent_id = u.id LEFT JOIN a ON a.agent_id = u.id
       LEFT JOIN r ON r.agent_id = u.id LEFT JOIN f ON f.agent_id = u.id
      ORDER BY u.name, u.id`,
    [
      ...(months ? [org, ...months.bindings, ...where.bindings] : []),
      org,
      ...assignedDays.bindings,
      ...where.bindings,
      org,
      ...doneDays.bindings,
      ...facts.bindings,
      org,
      ...createdDays.bindings,
      ...facts.bindings,
      org,
    ]
  )
  const agents = counted.rows as (Omit<AgentRow, 'median_first_response'> & { responded: number })[]
  const medians = await agentMedians(scope, period, agents)
  return agents
    .filter((agent) => agent.assigned > 0 || agent.resolved > 0 || agent.responded > 0)
    .map(({ responded: _, ...agent }) => ({
      ...agent,
      median_first_response: medians.get(agent.agent_id) ?? null,
    }))
}

/**
 * Each agent's median first response. Without a group or priority to
 * narrow by, the agents' month histograms (plus the other days ticket by
 * ticket) tell in which time bucket each median lies, and only that
 * bucket's tickets are read; narrowed, each agent's tickets are read in
 * time order up to the median's rank. Either way one statement reads them
 * for all agents at once.
 */
async function agentMedians(
  scope: ReportScope,
  period: ReportPeriod,
  agents: { agent_id: number; responded: number }[]
) {
  const medians = new Map<number, number>()
  const answered = agents.filter((agent) => agent.responded > 0)
  if (answered.length === 0) return medians
  const narrowed = scope.groupId !== undefined || scope.priority !== undefined
  const looks = narrowed
    ? answered.map((agent) => ({ agent: agent.agent_id, floor: 0, ...offsetIn(agent.responded) }))
    : await agentBuckets(scope, period, answered)
  const where = narrow(scope)
  const found = await db.rawQuery(
    `SELECT k.agent_id, x.v
       FROM unnest(?::int[], ?::int[], ?::int[]) k(agent_id, floor, skip)
       CROSS JOIN LATERAL (
         SELECT first_response_seconds AS v FROM ticket_report_facts
          WHERE organization_id = ? AND assignee_id = k.agent_id AND first_response_seconds >= k.floor
            AND created_day BETWEEN ?::date AND ?::date ${where.sql}
          ORDER BY first_response_seconds OFFSET k.skip LIMIT 2) x
      ORDER BY k.agent_id, x.v`,
    [
      looks.map((look) => look.agent),
      looks.map((look) => look.floor),
      looks.map((look) => look.offset),
      scope.organizationId,
      period.from,
      period.to,
      ...where.bindings,
    ]
  )
  const rows = found.rows as { agent_id: number; v: number }[]
  for (const look of looks) {
    const values = rows.filter((row) => row.agent_id === look.agent).map((row) => row.v)
    if (values.length > 0) medians.set(look.agent, interpolate(values, look.part))
  }
  return medians
}

/** The median's rank among `count` tickets, read from the first. */
function offsetIn(count: number) {
  const { rank, part } = rankOf(0.5, count)
  return { offset: rank, part }
}

/** Per agent, the floor of the bucket holding their median and its rank within. */
async function agentBuckets(
  scope: ReportScope,
  period: ReportPeriod,
  agents: { agent_id: number }[]
) {
  const months = insideMonths(period)
  const days = outsideMonths('created_day', period)
  const ids = agents.map((agent) => agent.agent_id)
  const histogram = await db.rawQuery(
    `SELECT agent_id, bucket, sum(n)::int AS n FROM (
       ${
         months
           ? `SELECT agent_id, bucket, tickets AS n FROM ticket_month_agent_times
               WHERE organization_id = ? AND ${months.sql} AND agent_id = ANY(?::int[])
              UNION ALL`
           : ''
       }
       SELECT assignee_id AS agent_id, width_bucket(first_response_seconds, ?::int[]) AS bucket, 1 AS n
         FROM ticket_report_facts
        WHERE organization_id = ? AND first_response_seconds IS NOT NULL AND ${days.sql}
          AND assignee_id = ANY(?::int[])) x
      GROUP BY agent_id, bucket ORDER BY agent_id, bucket`,
    [
      ...(months ? [scope.organizationId, ...months.bindings, ids] : []),
      BUCKET_BOUNDS,
      scope.organizationId,
      ...days.bindings,
      ids,
    ]
  )
  const byAgent = new Map<number, { bucket: number; n: number }[]>()
  for (const row of histogram.rows as { agent_id: number; bucket: number; n: number }[]) {
    byAgent.set(row.agent_id, [...(byAgent.get(row.agent_id) ?? []), row])
  }
  return [...byAgent].map(([agent, buckets]) => {
    const count = buckets.reduce((sum, row) => sum + row.n, 0)
    const { rank, part } = rankOf(0.5, count)
    return { agent, ...locate(buckets, rank), part }
  })
}
