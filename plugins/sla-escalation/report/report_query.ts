import type { DateTime } from 'luxon'
import type { PluginDatabase } from '#platform/sdk'
import { all } from '../data/rows.js'
import { TARGETS, type Target } from '../policies/policy.js'

const TABLE = 'sla_escalation_clocks'

export const OUTCOMES = ['in_time', 'late', 'breached', 'pending'] as const
export type Outcome = (typeof OUTCOMES)[number]

/**
 * One row of the aggregate: the whole period (both grouping flags 1), one
 * group (all_priorities 1) or one priority (all_groups 1). Counts arrive
 * as strings (PostgreSQL's bigint).
 */
export type AggregateRow = {
  all_groups: number | string
  all_priorities: number | string
  group_id: number | null
  priority: string | null
  tickets: number | string
  under_policy: number | string
} & Record<`${Target}_${Outcome}`, number | string> &
  Record<`${Target}_business_minutes`, number[] | null>

/**
 * The four outcomes of one target, as SQL conditions. A target counts
 * when it has a due time. Breached: not met and due before `now`; a paused
 * clock's due time is a projection from when it was computed, so a paused
 * one is breached only if it was already past due then.
 */
function outcomeColumns(target: Target) {
  const due = `${target}_due_at`
  const met = `${target}_met_at`
  const breached = `${met} is null and ${due} < ? and (not paused or ${due} <= computed_at)`
  return {
    sql: [
      `count(*) filter (where ${due} is not null and ${met} <= ${due}) as ${target}_in_time`,
      `count(*) filter (where ${due} is not null and ${met} > ${due}) as ${target}_late`,
      `count(*) filter (where ${due} is not null and ${breached}) as ${target}_breached`,
      `count(*) filter (where ${due} is not null and ${met} is null and not (${breached})) as ${target}_pending`,
      // Median and 90th percentile of the business minutes a met target took.
      `percentile_cont(array[0.5, 0.9]) within group (order by ${target}_business_minutes)
         filter (where ${met} is not null) as ${target}_business_minutes`,
    ],
    /** The `?` of the breached condition, which the last two columns hold. */
    bindings: 2,
  }
}

/**
 * Compliance of the tickets created in [start, end), in one query: every
 * target's outcomes for the whole period, per group and per priority
 * (grouping sets), computed by PostgreSQL over the indexed clocks table.
 * Column names come from the code, never from the request.
 */
export function aggregateClocks(db: PluginDatabase, start: DateTime, end: DateTime, now: DateTime) {
  const query = db.from(TABLE)
  const columns = [
    'grouping(group_id) as all_groups',
    'grouping(priority) as all_priorities',
    'group_id',
    'priority',
    'count(*) as tickets',
    'count(policy_id) as under_policy',
  ]
  const bindings: Date[] = []
  for (const target of TARGETS) {
    const outcome = outcomeColumns(target)
    columns.push(...outcome.sql)
    for (let index = 0; index < outcome.bindings; index++) bindings.push(now.toJSDate())
  }
  return all<AggregateRow>(
    query
      .select(query.client.raw(columns.join(',\n  '), bindings))
      .where(`${TABLE}.ticket_created_at`, '>=', start.toJSDate())
      .where(`${TABLE}.ticket_created_at`, '<', end.toJSDate())
      .groupByRaw('grouping sets ((group_id), (priority), ())')
  )
}
