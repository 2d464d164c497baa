/**
 * Measures the sla-escalation plugin at 100,000 open tickets under SLA
 * (issue 10, point 6), each figure side by side with the limit of the same
 * work in plain SQL, because this machine is noisy and ratios are not:
 *
 * - recomputing every open ticket's clock after a calendar change: phase 1
 *   (recomputeBatch until done) against one set-based UPDATE of the same
 *   columns on the same rows, phase 2 (backfillPage until done: open
 *   tickets without a clock) against one anti-join;
 * - one sweep tick with exactly DUE tickets due, and an idle one, against
 *   the bare SELECT of the due rows and its plan (the partial index).
 *
 *   npm run bench:sla -- [tickets]   (migrates DB_DATABASE, default switchboard_bench_sla, afresh first)
 *
 * Progress goes to stderr, the results (Markdown) to stdout.
 */
import { DateTime } from 'luxon'
import { withApp } from './boot.ts'
import { recordFiredHistory } from './sla_fired_history.ts'
import { berlinOffice, LONG_HOURS, OFFICE_HOURS, seedSlaWorld } from './sla_seed.ts'
import { printResults, type Header, type RecomputeRun } from './sla_report.ts'
import { statementCounter } from './statement_counter.ts'

const TICKETS = Number(process.argv[2] ?? 100_000)
const DUE = 50
const RUNS = 3
/** Steps coming due this soon are recorded as fired, so nothing else comes due mid-run. */
const HORIZON_MINUTES = 30

const log = (line: string) => process.stderr.write(`${line}\n`)
const seconds = (ms: number) => (ms / 1000).toFixed(1)

/**
 * The limit of phase 1's work: the same columns of the same rows written
 * by one set-based statement (the values are made up; the next run's
 * recompute writes the real ones again).
 */
const RAW_UPDATE = `UPDATE sla_escalation_clocks SET
  ticket_created_at = ticket_created_at, status = status, priority = priority,
  group_id = group_id, category_id = category_id, timeline = timeline, version = version,
  policy_id = policy_id, paused = paused,
  first_response_due_at = ticket_created_at + interval '1 hour',
  first_response_met_at = first_response_met_at,
  next_response_started_at = next_response_started_at,
  next_response_due_at = next_response_due_at, next_response_met_at = next_response_met_at,
  resolution_due_at = ticket_created_at + interval '8 hours', resolution_met_at = resolution_met_at,
  escalation_at = ticket_created_at + interval '8 hours',
  next_step_at = ticket_created_at + interval '7 hours', computed_at = now()
WHERE organization_id = ? AND status <> 'closed'`

/** The limit of phase 2's work: the open tickets without a clock, in one query. */
const RAW_MISSING = `SELECT t.id FROM tickets t
WHERE t.organization_id = ? AND t.status <> 'closed'
  AND NOT EXISTS (SELECT 1 FROM sla_escalation_clocks c WHERE c.organization_id = t.organization_id AND c.ticket_id = t.id)`

await withApp(async () => {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { pluginTestContext, runSchedule } = await import('#platform/sdk/testing')
  const { default: plugin } = await import('#plugins/sla-escalation/plugin')
  const { default: Calendars } = await import('#plugins/sla-escalation/data/calendars')
  const { factsOfRow } = await import('#plugins/sla-escalation/data/clocks')
  const { default: PolicySet } = await import('#plugins/sla-escalation/tracking/policy_set')
  const { computeClock } = await import('#plugins/sla-escalation/tracking/clock_computation')
  const { recomputeBatch, BATCH_SIZE } = await import('#plugins/sla-escalation/tracking/recompute')
  const { backfillPage } = await import('#plugins/sla-escalation/tracking/backfill')
  const { SWEEP_LIMIT } = await import('#plugins/sla-escalation/escalation/sweep')
  type ClockRow = import('#plugins/sla-escalation/data/clocks').ClockRow

  const existing = await db.from('tickets').count('* as total').first()
  if (Number(existing?.total) > 0) {
    throw new Error('the benchmark database already has tickets; run migration:fresh first')
  }
  const seedStarted = performance.now()
  const [org] = await db
    .table('organizations')
    .insert({
      name: 'SLA Bench Corp',
      slug: 'sla-bench',
      ticket_prefix: 'SLA',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
  const orgId = Number(org.id)
  const run = await pluginTestContext(plugin, { organization: { id: orgId } })
  await seedSlaWorld(db, run, TICKETS, log)
  const calendars = await new Calendars(run.context.db).list()
  const calendar = calendars.find((entry) => !entry.isDefault)!
  const seedMs = performance.now() - seedStarted
  log(`seeded ${TICKETS} tickets and clocks in ${seconds(seedMs)} s`)

  const counter = statementCounter(db)
  const check = await counter.measure(() => db.transaction((trx) => trx.rawQuery('SELECT 1')))
  if (check.sql.length !== 3) {
    throw new Error(`the statement counter missed statements in a transaction: ${check.sql}`)
  }
  log(`statement counter check: a transaction with one SELECT counts ${check.sql.join(' | ')}`)

  const firedCount = async () => {
    const rows = await db
      .from('sla_escalation_fired_steps')
      .where('organization_id', orgId)
      .groupBy('kind')
      .select('kind')
      .count('* as n')
    return Object.fromEntries(rows.map((row) => [row.kind, Number(row.n)])) as Record<
      string,
      number
    >
  }
  const total = (counts: Record<string, number>) =>
    Object.values(counts).reduce((sum, n) => sum + n, 0)

  const history = await recordFiredHistory(db, orgId, await PolicySet.load(run.context.db), {
    horizonMinutes: HORIZON_MINUTES,
    want: DUE,
  })
  log(`fired-steps history: ${history.recorded} steps recorded, ${history.chosen.size} held back`)

  const recomputeAll = async () => {
    const policies = await PolicySet.load(run.context.db)
    let afterId = 0
    let batches = 0
    for (;;) {
      const last = await recomputeBatch(run.context.db, policies, afterId)
      if (last === null) return batches
      afterId = last
      batches++
    }
  }
  /** The recompute's second phase: open tickets that have no clock yet get one. */
  const backfillAll = async () => {
    let cursor: string | null = null
    let pages = 0
    do {
      cursor = await backfillPage(run.context, cursor)
      pages++
    } while (cursor !== null)
    return pages
  }

  /** The clocks and fired keys in memory, to time the computation alone (no database). */
  const rows = (await db
    .from('sla_escalation_clocks')
    .where('organization_id', orgId)
    .orderBy('id')) as ClockRow[]
  const firedKeys = new Map<number, Set<string>>()
  for (const row of await db
    .from('sla_escalation_fired_steps')
    .where('organization_id', orgId)
    .select('ticket_id', 'step_key')) {
    const id = Number(row.ticket_id)
    if (!firedKeys.has(id)) firedKeys.set(id, new Set())
    firedKeys.get(id)!.add(row.step_key)
  }

  const recomputes: RecomputeRun[] = []
  // The hours go back and forth, so every run changes every open ticket's due times.
  const shifts = Array.from({ length: RUNS }, (_, index) => (index % 2 ? OFFICE_HOURS : LONG_HOURS))
  for (const [index, shift] of shifts.entries()) {
    await new Calendars(run.context.db).update(calendar.id, berlinOffice(shift))
    const firedBefore = total(await firedCount())
    const clocks = await counter.measure(recomputeAll)
    const backfill = await counter.measure(backfillAll)
    if (total(await firedCount()) !== firedBefore) {
      throw new Error('the recompute fired ladder steps')
    }

    const policies = await PolicySet.load(run.context.db)
    const computeStarted = performance.now()
    const now = DateTime.now()
    for (const row of rows) {
      if (row.status === 'closed') continue
      const facts = factsOfRow(row)
      computeClock(facts, policies, firedKeys.get(facts.ticketId) ?? new Set(), now)
    }
    const computeMs = performance.now() - computeStarted

    const raw = await counter.measure(() => db.rawQuery(RAW_UPDATE, [orgId]))
    const antiJoin = await counter.measure(() => db.rawQuery(RAW_MISSING, [orgId]))
    if (antiJoin.result.rows.length !== 0) throw new Error('open tickets without a clock')
    recomputes.push({
      hours: shift.join('–'),
      clocks,
      computeMs,
      rawMs: raw.ms,
      backfill,
      antiJoinMs: antiJoin.ms,
    })
    log(
      `recompute ${index + 1}: clocks ${seconds(clocks.ms)} s (${clocks.sql.length} statements), ` +
        `backfill ${seconds(backfill.ms)} s (${backfill.sql.length}); raw UPDATE ${seconds(raw.ms)} s`
    )
  }

  // Back to the office hours the history was recorded under, then the live state again.
  await new Calendars(run.context.db).update(calendar.id, berlinOffice(OFFICE_HOURS))
  const second = await recordFiredHistory(db, orgId, await PolicySet.load(run.context.db), {
    horizonMinutes: HORIZON_MINUTES,
    want: DUE,
    chosen: history.chosen,
  })
  log(`fired-steps history, second pass: ${second.recorded} more steps`)
  await recomputeAll()
  await db.rawQuery('VACUUM ANALYZE sla_escalation_clocks')
  await db.rawQuery('VACUUM ANALYZE sla_escalation_fired_steps')

  const dueQuery = `SELECT * FROM sla_escalation_clocks WHERE organization_id = ? AND next_step_at <= now()
                     ORDER BY next_step_at LIMIT ${SWEEP_LIMIT}`
  const pending = await db
    .from('sla_escalation_clocks')
    .where('organization_id', orgId)
    .whereNotNull('next_step_at')
    .count('* as n')
    .first()
  const dueResult = await db.rawQuery(dueQuery, [orgId])
  const dueRows = dueResult.rows.length
  const selectTimes: number[] = []
  for (let i = 0; i < 7; i++) {
    const select = await counter.measure(() => db.rawQuery(dueQuery, [orgId]))
    selectTimes.push(select.ms)
  }
  const selectMs = selectTimes.sort((a, b) => a - b)[3]
  const explained = await db.rawQuery(`EXPLAIN (ANALYZE, BUFFERS) ${dueQuery}`, [orgId])
  const plan = explained.rows.map((row: Record<string, string>) => row['QUERY PLAN']) as string[]

  const firedBeforeTick = await firedCount()
  const tick = await counter.measure(() => runSchedule(plugin, 'sweep', run))
  const firedByTick = await firedCount()
  const idle = await counter.measure(() => runSchedule(plugin, 'sweep', run))
  const idleFired = total(await firedCount()) - total(firedByTick)
  if (dueRows !== DUE) log(`WARNING: ${dueRows} tickets were due before the tick, not ${DUE}`)
  if (plan.some((line) => line.includes('Seq Scan'))) log('WARNING: the due SELECT scans the table')

  const pg = await db.rawQuery('SHOW server_version')
  const header: Header = {
    tickets: TICKETS,
    seedMs,
    postgres: pg.rows[0].server_version,
    history: history.recorded + second.recorded,
    pending: Number(pending?.n),
    batchSize: BATCH_SIZE,
  }
  printResults(header, recomputes, {
    dueRows,
    tick,
    steps: total(firedByTick) - total(firedBeforeTick),
    fired: Object.keys(firedByTick)
      .map((kind) => `${(firedByTick[kind] ?? 0) - (firedBeforeTick[kind] ?? 0)} ${kind}`)
      .join(', '),
    idle,
    idleFired,
    selectMs,
    plan,
  })
})
