import db from '@adonisjs/lucid/services/db'
import type { ReportPeriod } from '#services/reports/report_period'
import type { ReportScope } from '#services/reports/report_queries'
import { BUCKET_BOUNDS, bucketFloor } from '#services/reports/report_buckets'
import { insideMonths, narrow, outsideMonths } from '#services/reports/report_ranges'

/** percentile_cont's arithmetic: which rank (0-based) and how far towards the next. */
export function rankOf(fraction: number, count: number) {
  const position = fraction * (count - 1)
  const rank = Math.floor(position)
  return { rank, part: position - rank }
}

/** The bucket holding the ticket at `rank` (0-based): its floor, and the rank within it. */
export function locate(buckets: { bucket: number; n: number }[], rank: number) {
  let below = 0
  for (const row of buckets) {
    if (rank < below + row.n) return { floor: bucketFloor(row.bucket), offset: rank - below }
    below += row.n
  }
  throw new Error('a percentile rank beyond the tickets counted')
}

export const interpolate = (values: number[], part: number) =>
  values.length < 2 ? values[0] : values[0] + part * (values[1] - values[0])

const METRICS = {
  first_response: {
    key: 'f',
    column: 'first_response_seconds',
    day: 'created_day',
    present: 'first_response_seconds IS NOT NULL',
  },
  resolution: {
    key: 'r',
    column: 'resolution_seconds',
    day: 'done_day',
    present: 'done_day IS NOT NULL',
  },
} as const

/**
 * The median and 90th percentile (seconds), and the count, of one time
 * over the period, exactly as percentile_cont over every ticket would
 * give them, in two statements whatever the period: the tickets per time
 * bucket (whole months from the month rollup, the other days ticket by
 * ticket) tell in which bucket each percentile's rank lies, and the
 * tickets of that bucket alone, read in time order from its floor, give
 * its value.
 */
async function percentiles(scope: ReportScope, period: ReportPeriod, metric: keyof typeof METRICS) {
  const { key, column, day, present } = METRICS[metric]
  const where = narrow(scope)
  const months = insideMonths(period)
  const days = outsideMonths(day, period)
  const histogram = await db.rawQuery(
    `SELECT bucket, sum(n)::int AS n FROM (
       ${
         months
           ? `SELECT bucket, tickets AS n FROM ticket_month_times
               WHERE organization_id = ? AND metric = ? AND ${months.sql} ${where.sql}
              UNION ALL`
           : ''
       }
       SELECT width_bucket(${column}, ?::int[]) AS bucket, 1 AS n FROM ticket_report_facts
        WHERE organization_id = ? AND ${present} AND ${days.sql} ${where.sql}) x
      GROUP BY bucket ORDER BY bucket`,
    [
      ...(months ? [scope.organizationId, key, ...months.bindings, ...where.bindings] : []),
      BUCKET_BOUNDS,
      scope.organizationId,
      ...days.bindings,
      ...where.bindings,
    ]
  )
  const buckets = histogram.rows as { bucket: number; n: number }[]
  const count = buckets.reduce((sum, row) => sum + row.n, 0)
  if (count === 0) return { values: null, count }

  const wanted = [0.5, 0.9].map((fraction) => {
    const { rank, part } = rankOf(fraction, count)
    return { ...locate(buckets, rank), part }
  })
  const look = (floor: number, offset: number) => ({
    sql: `SELECT ${column} AS v FROM ticket_report_facts
           WHERE organization_id = ? AND ${present} AND ${column} >= ?
             AND ${day} BETWEEN ?::date AND ?::date ${where.sql}
           ORDER BY ${column} OFFSET ? LIMIT 2`,
    bindings: [scope.organizationId, floor, period.from, period.to, ...where.bindings, offset],
  })
  const [median, p90] = wanted.map((entry) => look(entry.floor, entry.offset))
  const found = await db.rawQuery(
    `SELECT 0 AS i, v FROM (${median.sql}) a UNION ALL SELECT 1, v FROM (${p90.sql}) b ORDER BY i, v`,
    [...median.bindings, ...p90.bindings]
  )
  const rows = found.rows as { i: number; v: number }[]
  const values = wanted.map((entry, index) =>
    interpolate(
      rows.filter((row) => row.i === index).map((row) => row.v),
      entry.part
    )
  )
  return { values, count }
}

export type TimesRow = {
  first_response: number[] | null
  first_responses: number
  resolution: number[] | null
  resolved: number
}

/**
 * Median and 90th percentile, in seconds, of the first response of the
 * tickets created in the period and of the resolution of those resolved
 * in it; exact (percentile_cont over the tickets), not averaged from days.
 * One agent's tickets are few: they are sorted directly.
 */
export async function timesRow(scope: ReportScope, period: ReportPeriod): Promise<TimesRow> {
  if (scope.agentId !== undefined) return agentTimesRow(scope, period)
  const [first, resolution] = await Promise.all([
    percentiles(scope, period, 'first_response'),
    percentiles(scope, period, 'resolution'),
  ])
  return {
    first_response: first.values,
    first_responses: first.count,
    resolution: resolution.values,
    resolved: resolution.count,
  }
}

async function agentTimesRow(scope: ReportScope, period: ReportPeriod): Promise<TimesRow> {
  const where = narrow(scope, 'assignee_id')
  const range = [scope.organizationId, period.from, period.to, ...where.bindings]
  const ask = (metric: keyof typeof METRICS) => {
    const { column, day, present } = METRICS[metric]
    return db.rawQuery(
      `SELECT percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${column}) AS p, count(*)::int AS n
         FROM ticket_report_facts
        WHERE organization_id = ? AND ${present} AND ${day} BETWEEN ?::date AND ?::date ${where.sql}`,
      range
    )
  }
  const [first, resolution] = await Promise.all([ask('first_response'), ask('resolution')])
  return {
    first_response: first.rows[0].p,
    first_responses: first.rows[0].n,
    resolution: resolution.rows[0].p,
    resolved: resolution.rows[0].n,
  }
}
