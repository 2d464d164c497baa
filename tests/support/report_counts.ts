import db from '@adonisjs/lucid/services/db'

/**
 * The report's figures counted straight from the tickets (and the outbox's
 * assignment events), without the rollups: what the report must equal.
 */
export type Narrow = { groupId?: number; agentId?: number; priority?: string }

function where(narrow: Narrow) {
  const parts = ['t.organization_id = p.org']
  if (narrow.groupId) parts.push(`t.group_id = ${Number(narrow.groupId)}`)
  if (narrow.agentId) parts.push(`t.assignee_id = ${Number(narrow.agentId)}`)
  if (narrow.priority) parts.push(`t.priority = '${narrow.priority.replace(/'/g, "''")}'`)
  return parts.join(' AND ')
}

/** The parameters as a one-row relation `p` (org, zone, f, t), so the SQL names them. */
const PARAMS = `WITH p AS (SELECT ?::int AS org, ?::text AS zone, ?::date AS f, ?::date AS t)`

const DONE = `CASE WHEN t.status IN ('resolved', 'closed') THEN coalesce(t.resolved_at, t.closed_at) END`

/** Per day of [from, to]: created, resolved, backlog at the day's end in `zone`. */
export async function directSeries(
  organizationId: number,
  zone: string,
  from: string,
  to: string,
  narrow: Narrow = {}
) {
  const result = await db.rawQuery(
    `${PARAMS} SELECT d::date::text AS period,
            (SELECT count(*) FROM tickets t WHERE ${where(narrow)}
                AND t.created_at >= (d::date::timestamp AT TIME ZONE p.zone)
                AND t.created_at < ((d::date + 1)::timestamp AT TIME ZONE p.zone))::int AS created,
            (SELECT count(*) FROM tickets t WHERE ${where(narrow)}
                AND ${DONE} >= (d::date::timestamp AT TIME ZONE p.zone)
                AND ${DONE} < ((d::date + 1)::timestamp AT TIME ZONE p.zone))::int AS resolved,
            (SELECT count(*) FROM tickets t WHERE ${where(narrow)}
                AND t.created_at < ((d::date + 1)::timestamp AT TIME ZONE p.zone)
                AND NOT coalesce(${DONE} < ((d::date + 1)::timestamp AT TIME ZONE p.zone), false))::int AS backlog
       FROM p, generate_series(p.f, p.t, interval '1 day') d ORDER BY d`,
    [organizationId, zone, from, to]
  )
  return result.rows as { period: string; created: number; resolved: number; backlog: number }[]
}

/** Median and 90th percentile in minutes, straight from the tickets' timestamps. */
export async function directTimes(
  organizationId: number,
  zone: string,
  from: string,
  to: string,
  narrow: Narrow = {}
) {
  const start = `(p.f::timestamp AT TIME ZONE p.zone)`
  const end = `((p.t + 1)::timestamp AT TIME ZONE p.zone)`
  const result = await db.rawQuery(
    `${PARAMS} SELECT
       (SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY floor(extract(epoch FROM t.first_response_at - t.created_at)))
          FROM tickets t WHERE ${where(narrow)} AND t.first_response_at IS NOT NULL
           AND t.created_at >= ${start} AND t.created_at < ${end}) AS first_response,
       (SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY floor(extract(epoch FROM ${DONE} - t.created_at)))
          FROM tickets t WHERE ${where(narrow)} AND ${DONE} >= ${start} AND ${DONE} < ${end}) AS resolution
       FROM p`,
    [organizationId, zone, from, to]
  )
  const minutes = (seconds: number | null | undefined) =>
    seconds === undefined || seconds === null ? null : Math.round((seconds / 60) * 10) / 10
  const row = result.rows[0] as { first_response: number[] | null; resolution: number[] | null }
  return {
    firstResponse: [minutes(row.first_response?.[0]), minutes(row.first_response?.[1])],
    resolution: [minutes(row.resolution?.[0]), minutes(row.resolution?.[1])],
  }
}

/** Assignments made to each agent in the period: the outbox's `ticket.assigned` events. */
export async function directAssignments(
  organizationId: number,
  zone: string,
  from: string,
  to: string
) {
  const result = await db.rawQuery(
    `${PARAMS} SELECT (payload->>'assigneeId')::int AS agent_id, count(*)::int AS assigned
       FROM p, outbox_events
      WHERE organization_id = p.org AND name = 'ticket.assigned' AND payload->>'assigneeId' IS NOT NULL
        AND created_at >= (p.f::timestamp AT TIME ZONE p.zone)
        AND created_at < ((p.t + 1)::timestamp AT TIME ZONE p.zone)
      GROUP BY 1 ORDER BY 1`,
    [organizationId, zone, from, to]
  )
  return Object.fromEntries(
    (result.rows as { agent_id: number; assigned: number }[]).map((row) => [
      row.agent_id,
      row.assigned,
    ])
  )
}

/** Each agent's median first response in minutes (tickets created in the period that they hold). */
export async function directAgentMedians(
  organizationId: number,
  zone: string,
  from: string,
  to: string,
  narrow: Narrow = {}
) {
  const result = await db.rawQuery(
    `${PARAMS} SELECT t.assignee_id AS agent_id,
            percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(extract(epoch FROM t.first_response_at - t.created_at))) AS m
       FROM p, tickets t
      WHERE ${where(narrow)} AND t.assignee_id IS NOT NULL AND t.first_response_at IS NOT NULL
        AND t.created_at >= (p.f::timestamp AT TIME ZONE p.zone)
        AND t.created_at < ((p.t + 1)::timestamp AT TIME ZONE p.zone)
      GROUP BY 1 ORDER BY 1`,
    [organizationId, zone, from, to]
  )
  return Object.fromEntries(
    (result.rows as { agent_id: number; m: number }[]).map((row) => [
      row.agent_id,
      Math.round((row.m / 60) * 10) / 10,
    ])
  )
}

/** Per category (its name, null for none): created and resolved in [from, to], as the report orders them. */
export async function directCategories(
  organizationId: number,
  zone: string,
  from: string,
  to: string
) {
  const start = `(p.f::timestamp AT TIME ZONE p.zone)`
  const end = `((p.t + 1)::timestamp AT TIME ZONE p.zone)`
  const result = await db.rawQuery(
    `${PARAMS} SELECT c.name,
            count(*) FILTER (WHERE t.created_at >= ${start} AND t.created_at < ${end})::int AS created,
            count(*) FILTER (WHERE ${DONE} >= ${start} AND ${DONE} < ${end})::int AS resolved
       FROM p, tickets t LEFT JOIN categories c ON c.id = t.category_id
      WHERE t.organization_id = p.org
      GROUP BY c.name
     HAVING count(*) FILTER (WHERE t.created_at >= ${start} AND t.created_at < ${end}) > 0
         OR count(*) FILTER (WHERE ${DONE} >= ${start} AND ${DONE} < ${end}) > 0
      ORDER BY created DESC, c.name NULLS LAST`,
    [organizationId, zone, from, to]
  )
  return result.rows as { name: string | null; created: number; resolved: number }[]
}
