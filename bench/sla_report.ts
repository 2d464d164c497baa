/**
 * Prints bench/sla_bench.ts's figures as Markdown, ready for
 * docs/benchmarks.md: each measurement beside the limit of the same work
 * and the ratio between them.
 */
import os from 'node:os'
import { shapes, type Measured } from './statement_counter.ts'

export type RecomputeRun = {
  hours: string
  clocks: Measured<number>
  /** The same computation over the same rows in memory: no database at all. */
  computeMs: number
  rawMs: number
  backfill: Measured<number>
  antiJoinMs: number
}

export type SweepFigures = {
  dueRows: number
  tick: Measured<void>
  fired: string
  steps: number
  idle: Measured<void>
  idleFired: number
  selectMs: number
  plan: string[]
}

export type Header = {
  tickets: number
  seedMs: number
  postgres: string
  history: number
  pending: number
  batchSize: number
}

const seconds = (ms: number) => (ms / 1000).toFixed(1)
const int = (n: number) => Math.round(n).toLocaleString('en')
const ratio = (a: number, b: number) => `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`
const statements = (measured: Measured<unknown>) =>
  `${int(measured.sql.length)} (${int(measured.control)})`

export function printResults(header: Header, recomputes: RecomputeRun[], sweep: SweepFigures) {
  const out = (line = '') => console.log(line)
  const cpu = `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}`
  out(`Date: ${new Date().toISOString().slice(0, 10)}. Tickets: ${int(header.tickets)}.`)
  out(
    `Machine: ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; PostgreSQL ${header.postgres}; Node ${process.version}.`
  )
  out(
    `Seeding ${seconds(header.seedMs)} s. Fired-steps history: ${int(header.history)} steps; ` +
      `clocks with a pending step: ${int(header.pending)}.`
  )
  out()
  out(`Recompute after a calendar change, phase 1: every clock (batches of ${header.batchSize}).`)
  out('Statements in brackets: of which BEGIN/COMMIT/SAVEPOINT.')
  out()
  out(
    '| Run | Hours | Recompute s | Statements | Tickets/s | Computing alone s | Raw UPDATE s | Ratio |'
  )
  out('| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const [index, run] of recomputes.entries()) {
    const cells = [
      index + 1,
      run.hours,
      seconds(run.clocks.ms),
      statements(run.clocks),
      int(header.tickets / (run.clocks.ms / 1000)),
      seconds(run.computeMs),
      seconds(run.rawMs),
      ratio(run.clocks.ms, run.rawMs),
    ]
    out(`| ${cells.join(' | ')} |`)
  }
  out()
  out('Phase 2: open tickets without a clock (there are none), page by page through the host API.')
  out()
  out('| Run | Backfill s | Pages | Statements | Raw anti-join ms | Ratio |')
  out('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const [index, run] of recomputes.entries()) {
    const cells = [
      index + 1,
      seconds(run.backfill.ms),
      run.backfill.result,
      statements(run.backfill),
      run.antiJoinMs.toFixed(0),
      ratio(run.backfill.ms, run.antiJoinMs),
    ]
    out(`| ${cells.join(' | ')} |`)
  }
  out()
  out(`One sweep tick (rows due before the tick: ${sweep.dueRows}).`)
  out()
  out('| Tick | Steps fired | ms | Statements | Statements per step | × raw SELECT |')
  out('| --- | --- | ---: | ---: | ---: | ---: |')
  out(
    `| ${sweep.dueRows} tickets due | ${sweep.fired} | ${sweep.tick.ms.toFixed(0)} | ${statements(sweep.tick)} | ` +
      `${(sweep.tick.sql.length / Math.max(1, sweep.steps)).toFixed(1)} | ${ratio(sweep.tick.ms, sweep.selectMs)} |`
  )
  out(
    `| idle | ${sweep.idleFired} | ${sweep.idle.ms.toFixed(1)} | ${statements(sweep.idle)} | – | ` +
      `${ratio(sweep.idle.ms, sweep.selectMs)} |`
  )
  out(
    `| raw SELECT of the due rows (median of 7) | – | ${sweep.selectMs.toFixed(2)} | 1 | – | 1× |`
  )
  out()
  out('Statements of the tick by kind and table:')
  out()
  for (const [shape, count] of shapes(sweep.tick.sql)) out(`- ${shape}: ${count}`)
  out()
  out('Plan of the raw SELECT:')
  out()
  out('```')
  for (const line of sweep.plan) out(line)
  out('```')
}
