/**
 * Measures Admin → Reports (ReportService, the code behind the page and
 * GET /api/v1/admin/reports) on the million-ticket database, for periods
 * from a week to the whole three years, with and without narrowing by
 * group, priority and agent: p50 / p99 / max and the SQL statements each
 * report sends. Beside it, the floor of the same question asked of the
 * tickets table directly (created, resolved, backlog at the end and the
 * two medians in one statement, no per-day series), and a check that the
 * report's totals and medians equal that direct count.
 *
 *   npm run bench:reports -- [runs]   (DB_DATABASE defaults to switchboard_bench, seeded by
 *                                      bench:seed; the first run rebuilds the report tables)
 */
import { withApp } from './boot.ts'
import { statementCounter } from './statement_counter.ts'

const RUNS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 50)
/** `--periods=365,1095`: only these periods (days). */
const ONLY = process.argv
  .find((arg) => arg.startsWith('--periods='))
  ?.slice('--periods='.length)
  .split(',')
  .map(Number)

type Narrow = { group_id?: number; agent_id?: number; priority?: 'high' | 'medium' }
const PERIODS = [
  { name: '7 days', days: 7 },
  { name: '30 days', days: 30 },
  { name: '90 days', days: 90 },
  { name: '1 year', days: 365 },
  { name: '3 years', days: 1095 },
]

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const ms = (value: number) => value.toFixed(value < 10 ? 1 : 0)
const minutes = (seconds: number | null) =>
  seconds === null ? null : Math.round((seconds / 60) * 10) / 10

await withApp(async () => {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: User } = await import('#models/user')
  const { default: ReportService } = await import('#services/reports/report_service')
  const { DateTime } = await import('luxon')
  const counter = statementCounter(db)

  const admin = await User.query().where('role', 'admin').orderBy('id').firstOrFail()
  const organization = await db.from('organizations').where('id', admin.organizationId).first()
  const zone = organization.timezone as string
  const group = await db
    .from('groups')
    .where('organization_id', admin.organizationId)
    .min('id as id')
    .first()
  // The seeder gives its lowest-numbered agents only in-progress tickets; agent 21 has a typical mix.
  const agent = await db
    .from('users')
    .where({ organization_id: admin.organizationId, role: 'agent', name: 'Agent 21' })
    .select('id')
    .first()
  /**
   * The seeder writes tickets with SQL, so no ticket.assigned event ever
   * ran: stand in one assignment per assigned ticket, an hour after it was
   * opened (what the worker would have recorded), once, then rebuild the
   * report tables so the month rollups count them too.
   */
  const assignments = await db.from('ticket_report_assignments').count('* as n').first()
  if (Number(assignments.n) === 0) {
    await db.rawQuery(
      `INSERT INTO ticket_report_assignments
         (event_id, organization_id, ticket_id, agent_id, group_id, priority, assigned_at, assigned_day)
       SELECT -t.id, t.organization_id, t.id, t.assignee_id, t.group_id, t.priority,
              t.created_at + interval '1 hour', ((t.created_at + interval '1 hour') AT TIME ZONE o.timezone)::date
         FROM tickets t JOIN organizations o ON o.id = t.organization_id
        WHERE t.assignee_id IS NOT NULL`
    )
    const { default: ReportRollups } = await import('#services/reports/report_rollups')
    const started = performance.now()
    await ReportRollups.rebuild(admin.organizationId)
    process.stdout.write(
      `report tables rebuilt in ${((performance.now() - started) / 1000).toFixed(1)} s\n`
    )
  }
  /**
   * A rebuild rewrites the report tables; until autovacuum passes, every
   * page of them is "not all-visible", and index-only scans read the table
   * too. A live installation's old months are vacuumed long since.
   */
  for (const table of [
    'ticket_report_facts',
    'ticket_report_assignments',
    'ticket_daily_stats',
    'ticket_month_times',
    'ticket_month_agents',
    'ticket_month_agent_times',
  ]) {
    await db.rawQuery(`VACUUM ANALYZE ${table}`)
  }
  const narrowings: { name: string; narrow: Narrow }[] = [
    { name: 'everything', narrow: {} },
    { name: 'one group', narrow: { group_id: group.id } },
    { name: 'priority high', narrow: { priority: 'high' } },
    // Medium is the most common priority (55 % of the tickets): the largest narrowed set.
    { name: 'priority medium', narrow: { priority: 'medium' } },
    { name: 'one agent', narrow: { agent_id: agent.id } },
    { name: 'group + high', narrow: { group_id: group.id, priority: 'high' } },
  ]
  const today = DateTime.now().setZone(zone).startOf('day')

  /** The same totals straight from the tickets table, in one statement. */
  const direct = (from: string, to: string, narrow: Narrow) =>
    db.rawQuery(
      `WITH p AS (SELECT (?::date::timestamp AT TIME ZONE ?) AS s, ((?::date + 1)::timestamp AT TIME ZONE ?) AS e)
       SELECT count(*) FILTER (WHERE t.created_at >= p.s AND t.created_at < p.e)::int AS created,
              count(*) FILTER (WHERE d.at >= p.s AND d.at < p.e)::int AS resolved,
              count(*) FILTER (WHERE t.created_at < p.e AND NOT coalesce(d.at < p.e, false))::int AS backlog,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(extract(epoch FROM t.first_response_at - t.created_at)))
                FILTER (WHERE t.created_at >= p.s AND t.created_at < p.e) AS first_response,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY floor(extract(epoch FROM d.at - t.created_at)))
                FILTER (WHERE d.at >= p.s AND d.at < p.e) AS resolution
         FROM p, tickets t
         CROSS JOIN LATERAL (SELECT CASE WHEN t.status IN ('resolved', 'closed') THEN coalesce(t.resolved_at, t.closed_at) END AS at) d
        WHERE t.organization_id = ? ${narrow.group_id ? `AND t.group_id = ${narrow.group_id}` : ''}
          ${narrow.agent_id ? `AND t.assignee_id = ${narrow.agent_id}` : ''}
          ${narrow.priority ? `AND t.priority = '${narrow.priority}'` : ''}`,
      [from, zone, to, zone, admin.organizationId]
    )

  const rows: string[] = []
  let mismatches = 0
  for (const period of PERIODS.filter((entry) => !ONLY || ONLY.includes(entry.days))) {
    const to = today.toISODate()!
    const from = today.minus({ days: period.days - 1 }).toISODate()!
    for (const { name, narrow } of narrowings) {
      const input = {
        from: new Date(`${from}T00:00:00`),
        to: new Date(`${to}T00:00:00`),
        ...narrow,
      }
      const times: number[] = []
      let statements = 0
      let report: Awaited<ReturnType<typeof ReportService.build>> | null = null
      for (let run = 0; run < RUNS + 2; run++) {
        const measured = await counter.measure(() => ReportService.build(admin, input))
        if (run >= 2) times.push(measured.ms) // two warm-up runs
        statements = measured.sql.length
        report = measured.result
      }
      const directTimes: number[] = []
      let counted: Record<string, number> = {}
      for (let run = 0; run < Math.min(RUNS, 5) + 1; run++) {
        const measured = await counter.measure(() => direct(from, to, narrow))
        if (run >= 1) directTimes.push(measured.ms)
        counted = measured.result.rows[0]
      }
      const same =
        report!.totals.created === counted.created &&
        report!.totals.resolved === counted.resolved &&
        report!.totals.backlog === counted.backlog &&
        report!.times.firstResponse.medianMinutes === minutes(counted.first_response) &&
        report!.times.resolution.medianMinutes === minutes(counted.resolution)
      if (!same) {
        mismatches++
        process.stderr.write(
          `MISMATCH ${period.name} ${name}: ${JSON.stringify({ totals: report!.totals, counted })}\n`
        )
      }
      const p99 = percentile(times, 99)
      const directP50 = percentile(directTimes, 50)
      rows.push(
        `| ${period.name} (${report!.period.interval}) | ${name} | ${ms(percentile(times, 50))} | ${ms(p99)} | ${ms(Math.max(...times))} | ${statements} | ${ms(directP50)} | ${(directP50 / percentile(times, 50)).toFixed(0)}× | ${same ? 'yes' : '**no**'} |`
      )
      process.stdout.write(`${rows.at(-1)}\n`)
    }
  }
  process.stdout.write(
    [
      '',
      `${RUNS} runs per report (after 2 warm-up runs), ${PERIODS.length * narrowings.length} reports; ${mismatches} mismatches.`,
      '',
      '| period (interval) | narrowed to | p50 ms | p99 ms | max ms | SQL | direct count p50 ms | direct / report | totals equal |',
      '|---|---|---:|---:|---:|---:|---:|---:|---|',
      ...rows,
      '',
    ].join('\n')
  )
})
