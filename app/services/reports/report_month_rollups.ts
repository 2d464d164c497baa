import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { BUCKET_BOUNDS, bucketOf, monthOf } from '#services/reports/report_buckets'

/** What a ticket's facts row adds to the month rollups. */
export type FactRow = {
  group_id: number
  priority: string
  assignee_id: number | null
  created_day: string
  first_response_seconds: number | null
  done_day: string | null
  resolution_seconds: number | null
}

/** The columns of a facts row `FactRow` reads, days as text. */
export const FACT_ROW_COLUMNS = `group_id, priority, assignee_id, created_day::text AS created_day,
  first_response_seconds, done_day::text AS done_day, resolution_seconds`

type Key = { name: string; type: 'text' | 'date' | 'int' | 'smallint' }

/** A month rollup: its key columns after organization_id, and its counters. */
type Rollup = { table: string; keys: Key[]; counters: string[] }

const TIMES: Rollup = {
  table: 'ticket_month_times',
  keys: [
    { name: 'metric', type: 'text' },
    { name: 'month', type: 'date' },
    { name: 'group_id', type: 'int' },
    { name: 'priority', type: 'text' },
    { name: 'bucket', type: 'smallint' },
  ],
  counters: ['tickets'],
}

const AGENTS: Rollup = {
  table: 'ticket_month_agents',
  keys: [
    { name: 'month', type: 'date' },
    { name: 'agent_id', type: 'int' },
    { name: 'group_id', type: 'int' },
    { name: 'priority', type: 'text' },
  ],
  counters: ['assigned', 'resolved', 'responded'],
}

const AGENT_TIMES: Rollup = {
  table: 'ticket_month_agent_times',
  keys: [
    { name: 'month', type: 'date' },
    { name: 'agent_id', type: 'int' },
    { name: 'bucket', type: 'smallint' },
  ],
  counters: ['tickets'],
}

/** Changes to one rollup: key values joined by `|` → how much each counter moves. */
class Deltas {
  readonly changes = new Map<string, number[]>()
  constructor(readonly rollup: Rollup) {}

  add(key: (string | number)[], counter: string, by: number) {
    const id = key.join('|')
    const counts = this.changes.get(id) ?? this.rollup.counters.map(() => 0)
    counts[this.rollup.counters.indexOf(counter)] += by
    this.changes.set(id, counts)
  }
}

/**
 * Adds the deltas to their rollup in one statement, then removes the rows
 * whose counters all came to zero, so the rows equal what a rebuild makes.
 */
async function apply(trx: TransactionClientContract, organizationId: number, deltas: Deltas) {
  const { table, keys, counters } = deltas.rollup
  const rows = [...deltas.changes].filter(([, counts]) => counts.some((count) => count !== 0))
  if (rows.length === 0) return
  const values = rows.map(([id]) => id.split('|'))
  const column = (index: number): string[] | number[] =>
    keys[index].type === 'int' || keys[index].type === 'smallint'
      ? values.map((value) => Number(value[index]))
      : values.map((value) => value[index])
  const keyNames = keys.map((key) => key.name).join(', ')
  const returned = await trx.rawQuery(
    `INSERT INTO ${table} AS t (organization_id, ${keyNames}, ${counters.join(', ')})
     SELECT ?::int, * FROM unnest(${[...keys.map((key) => `?::${key.type}[]`), ...counters.map(() => '?::int[]')].join(', ')})
     ON CONFLICT (organization_id, ${keyNames}) DO UPDATE
       SET ${counters.map((counter) => `${counter} = t.${counter} + excluded.${counter}`).join(', ')}
     RETURNING ${keys.map((key) => `${key.name}::text`).join(', ')},
               ${counters.map((counter) => `${counter} = 0`).join(' AND ')} AS empty`,
    [
      organizationId,
      ...keys.map((_, index) => column(index)),
      ...counters.map((_, index) => rows.map(([, counts]) => counts[index])),
    ]
  )
  const empty = (returned.rows as Record<string, string | boolean>[]).filter((row) => row.empty)
  if (empty.length === 0) return
  await trx.rawQuery(
    `DELETE FROM ${table} t
      USING unnest(${keys.map((key) => `?::${key.type}[]`).join(', ')}) k(${keyNames})
      WHERE t.organization_id = ? AND ${counters.map((counter) => `t.${counter} = 0`).join(' AND ')}
        AND (${keys.map((key) => `t.${key.name}`).join(', ')}) = (${keys.map((key) => `k.${key.name}`).join(', ')})`,
    [...keys.map((key) => empty.map((row) => String(row[key.name]))), organizationId]
  )
}

/**
 * The month rollups follow a change of some tickets' facts by difference:
 * each ticket's row before the change counts minus one, its row after
 * plus one. Both rows are read under the organization's report lock in
 * the same transaction as the facts are written, so a redelivered event
 * (before equal to after) changes nothing. A rebuild computes the same
 * rows from scratch.
 */
export async function applyFactChanges(
  trx: TransactionClientContract,
  organizationId: number,
  before: FactRow[],
  after: FactRow[]
) {
  const times = new Deltas(TIMES)
  const agents = new Deltas(AGENTS)
  const agentTimes = new Deltas(AGENT_TIMES)
  const count = (row: FactRow, by: number) => {
    if (row.first_response_seconds !== null) {
      const month = monthOf(row.created_day)
      const bucket = bucketOf(row.first_response_seconds)
      times.add(['f', month, row.group_id, row.priority, bucket], 'tickets', by)
      if (row.assignee_id !== null) {
        agents.add([month, row.assignee_id, row.group_id, row.priority], 'responded', by)
        agentTimes.add([month, row.assignee_id, bucket], 'tickets', by)
      }
    }
    if (row.done_day !== null && row.resolution_seconds !== null) {
      const month = monthOf(row.done_day)
      times.add(
        ['r', month, row.group_id, row.priority, bucketOf(row.resolution_seconds)],
        'tickets',
        by
      )
      if (row.assignee_id !== null) {
        agents.add([month, row.assignee_id, row.group_id, row.priority], 'resolved', by)
      }
    }
  }
  for (const row of before) count(row, -1)
  for (const row of after) count(row, 1)
  for (const deltas of [times, agents, agentTimes]) await apply(trx, organizationId, deltas)
}

/** Adds one assignment to its agent's month (the caller holds the report lock). */
export async function countAssignment(
  trx: TransactionClientContract,
  organizationId: number,
  assignment: { day: string; agentId: number; groupId: number; priority: string }
) {
  const agents = new Deltas(AGENTS)
  agents.add(
    [monthOf(assignment.day), assignment.agentId, assignment.groupId, assignment.priority],
    'assigned',
    1
  )
  await apply(trx, organizationId, agents)
}

/** Recomputes one organization's month rollups from its facts and assignments. */
export async function rebuildMonths(trx: TransactionClientContract, organizationId: number) {
  await trx.rawQuery('DELETE FROM ticket_month_times WHERE organization_id = ?', [organizationId])
  await trx.rawQuery(
    `INSERT INTO ticket_month_times (organization_id, metric, month, group_id, priority, bucket, tickets)
     SELECT ?::int, 'f', date_trunc('month', created_day)::date, group_id, priority,
            width_bucket(first_response_seconds, ?::int[]), count(*)
       FROM ticket_report_facts WHERE organization_id = ? AND first_response_seconds IS NOT NULL
      GROUP BY 3, 4, 5, 6
     UNION ALL
     SELECT ?::int, 'r', date_trunc('month', done_day)::date, group_id, priority,
            width_bucket(resolution_seconds, ?::int[]), count(*)
       FROM ticket_report_facts WHERE organization_id = ? AND done_day IS NOT NULL
      GROUP BY 3, 4, 5, 6`,
    [organizationId, BUCKET_BOUNDS, organizationId, organizationId, BUCKET_BOUNDS, organizationId]
  )
  await trx.rawQuery('DELETE FROM ticket_month_agents WHERE organization_id = ?', [organizationId])
  await trx.rawQuery(
    `INSERT INTO ticket_month_agents
       (organization_id, month, agent_id, group_id, priority, assigned, resolved, responded)
     SELECT ?::int, month, agent_id, group_id, priority, sum(a), sum(r), sum(f)
       FROM (SELECT date_trunc('month', assigned_day)::date AS month, agent_id, group_id, priority,
                    1 AS a, 0 AS r, 0 AS f
               FROM ticket_report_assignments WHERE organization_id = ?
             UNION ALL
             SELECT date_trunc('month', done_day)::date, assignee_id, group_id, priority, 0, 1, 0
               FROM ticket_report_facts
              WHERE organization_id = ? AND done_day IS NOT NULL AND assignee_id IS NOT NULL
             UNION ALL
             SELECT date_trunc('month', created_day)::date, assignee_id, group_id, priority, 0, 0, 1
               FROM ticket_report_facts
              WHERE organization_id = ? AND first_response_seconds IS NOT NULL AND assignee_id IS NOT NULL) x
      GROUP BY month, agent_id, group_id, priority`,
    [organizationId, organizationId, organizationId, organizationId]
  )
  await trx.rawQuery('DELETE FROM ticket_month_agent_times WHERE organization_id = ?', [
    organizationId,
  ])
  await trx.rawQuery(
    `INSERT INTO ticket_month_agent_times (organization_id, month, agent_id, bucket, tickets)
     SELECT ?::int, date_trunc('month', created_day)::date, assignee_id,
            width_bucket(first_response_seconds, ?::int[]), count(*)
       FROM ticket_report_facts
      WHERE organization_id = ? AND first_response_seconds IS NOT NULL AND assignee_id IS NOT NULL
      GROUP BY 2, 3, 4`,
    [organizationId, BUCKET_BOUNDS, organizationId]
  )
}
