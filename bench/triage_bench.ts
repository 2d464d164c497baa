/**
 * The offline triage engine (issue 13): accuracy and speed. No database.
 *
 * (a) Accuracy: both CSVs of ../shared/fixtures/triage (4,053 English and
 *     German tickets), input subject + " " + body, labels queue, priority
 *     and type; stratified 5-fold cross-validation with seed 0 (the
 *     README's protocol) for the majority class, multinomial Naive Bayes
 *     on word counts and the offline engine, on the same folds:
 *     accuracy, expected calibration error (15 bins) and coverage at
 *     0.95 precision, then the engine's thresholds table.
 * (b) Speed: N synthetic tickets (20,000, where training does the most
 *     work — see defaultEpochs — and 100,000) from the fixtures' vocabulary (ten
 *     labels), trained in a child process with the worker's heap limits:
 *     training time, peak memory, stored model size, predictions per second.
 *
 *   npm run bench:triage -- [--tickets=20000,100000] [--skip-accuracy] [--skip-speed] [--seed=0]
 *
 * Progress goes to stderr, the results (Markdown) to stdout.
 */
import { spawn } from 'node:child_process'
import os from 'node:os'
import { join } from 'node:path'
import {
  evaluateWithBaselines,
  type FieldEvaluation,
} from '../plugins/ai-triage/engine/offline/evaluation.ts'
import { FIELDS, loadFixtureTickets } from './triage_fixtures.ts'

const option = (name: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1]
const SIZES = (option('tickets') ?? '20000,100000').split(',').map(Number)
const SEED = Number(option('seed') ?? 0)
/** As docker/compose.yml starts the worker. */
const WORKER_FLAGS = ['--max-old-space-size=128', '--max-semi-space-size=8']

const log = (line: string) => process.stderr.write(`${line}\n`)
const print = (line = '') => process.stdout.write(`${line}\n`)
const fixed = (value: number, digits = 3) => value.toFixed(digits)
const percent = (value: number) => `${(value * 100).toFixed(1)} %`

/**
 * The accuracy difference on the same tickets, with a 95 % interval from
 * the per-ticket differences (normal approximation of the paired mean).
 */
function pairedGain(method: FieldEvaluation, baseline: FieldEvaluation): string {
  const differences = method.predictions.map(
    (ticket, index) =>
      Number(ticket.predicted === ticket.actual) -
      Number(baseline.predictions[index].predicted === baseline.predictions[index].actual)
  )
  const count = differences.length
  const mean = differences.reduce((sum, value) => sum + value, 0) / count
  const variance = differences.reduce((sum, value) => sum + (value - mean) ** 2, 0) / (count - 1)
  const margin = 1.96 * Math.sqrt(variance / count)
  const signed = (value: number) => `${value >= 0 ? '+' : '−'}${fixed(Math.abs(value))}`
  return `${signed(mean)} (${signed(mean - margin)} … ${signed(mean + margin)})`
}

function accuracy() {
  const tickets = loadFixtureTickets()
  const results: Record<string, ReturnType<typeof evaluateWithBaselines>> = {}
  for (const field of FIELDS) {
    const started = performance.now()
    const examples = tickets.map((ticket) => ({ text: ticket.text, label: ticket.labels[field] }))
    results[field] = evaluateWithBaselines(examples, { folds: 5, seed: SEED })
    log(`${field}: cross-validated in ${((performance.now() - started) / 1000).toFixed(0)} s`)
  }

  print(
    `### Accuracy: ${tickets.length} fixture tickets, stratified 5-fold cross-validation, seed ${SEED}`
  )
  print()
  print(
    '| Label | Classes | Method | Accuracy | Gain over Naive Bayes (95 % CI) | ECE (15 bins) | Coverage at 0.95 precision |'
  )
  print('| --- | ---: | --- | ---: | ---: | ---: | ---: |')
  for (const field of FIELDS) {
    const { offline, majority, naiveBayes } = results[field]
    const rows: [string, FieldEvaluation][] = [
      ['majority class', majority],
      ['Naive Bayes (word counts)', naiveBayes],
      ['**offline engine**', offline],
    ]
    for (const [name, result] of rows) {
      const { coverage, threshold } = result.coverageAt95
      const count = Math.round(coverage * result.examples)
      const at =
        threshold === null
          ? ''
          : ` (${count} ticket${count === 1 ? '' : 's'} at ≥ ${fixed(threshold, 2)})`
      const gain = result === naiveBayes ? '' : pairedGain(result, naiveBayes)
      print(
        `| ${field} | ${result.labels.length} | ${name} | ${fixed(result.accuracy)} | ${gain} | ${fixed(result.ece)} | ${percent(coverage)}${at} |`
      )
    }
  }
  print()
  print(
    'The offline engine\'s thresholds table (what "Evaluate on history" shows): precision / share auto-applied.'
  )
  print()
  print(`| Threshold | ${FIELDS.join(' | ')} |`)
  print(`| ---: | ${FIELDS.map(() => '---:').join(' | ')} |`)
  const thresholds = results[FIELDS[0]].offline.thresholds
  thresholds.forEach((row, index) => {
    const cells = FIELDS.map((field) => {
      const { precision, coverage } = results[field].offline.thresholds[index]
      return precision === null ? '– / 0 %' : `${fixed(precision, 2)} / ${percent(coverage)}`
    })
    print(`| ${fixed(row.threshold, 2)} | ${cells.join(' | ')} |`)
  })
  print()
}

interface SpeedFigures {
  tickets: number
  labels: number
  meanChars: number
  epochs: number
  fits: number
  trainSeconds: number
  heapLimitMb: number
  heapWithTicketsMb: number
  heapPeakMb: number
  rssBeforeTrainingMb: number
  peakRssMb: number
  modelBytes: number
  denseInt8Bytes: number
  loadMs: number
  predictionsPerSecond: number
  msPerPrediction: number
}

function speedRun(tickets: number): Promise<SpeedFigures> {
  const script = join(import.meta.dirname, 'triage_speed.ts')
  const child = spawn(
    process.execPath,
    [...WORKER_FLAGS, '--import', '@poppinss/ts-exec', script, String(tickets)],
    { stdio: ['ignore', 'pipe', 'inherit'] }
  )
  let output = ''
  child.stdout.on('data', (chunk) => (output += chunk))
  return new Promise((resolve, reject) => {
    child.on('close', (code) => {
      if (code === 0) {
        resolve(JSON.parse(output.trim().split('\n').at(-1)!))
      } else {
        reject(new Error(`the speed run for ${tickets} tickets exited with ${code}`))
      }
    })
  })
}

async function speed() {
  const runs: SpeedFigures[] = []
  for (const tickets of SIZES) {
    log(`speed: ${tickets} synthetic tickets in a child with ${WORKER_FLAGS.join(' ')}`)
    runs.push(await speedRun(tickets))
  }
  const mb = (value: number) => `${value.toFixed(0)} MB`
  const row = (name: string, cell: (run: SpeedFigures) => string) =>
    print(`| ${name} | ${runs.map(cell).join(' | ')} |`)
  print(
    `### Speed: synthetic tickets, ${runs[0].labels} labels, ${runs[0].meanChars} characters on average`
  )
  print()
  print(`Each size in its own process with ${WORKER_FLAGS.join(' ')}.`)
  print()
  row('Tickets', (run) => run.tickets.toLocaleString('en'))
  print(`| --- | ${runs.map(() => '---:').join(' | ')} |`)
  row(
    'Training',
    (run) => `${run.trainSeconds.toFixed(0)} s (${run.fits} fits × ${run.epochs} epochs)`
  )
  row('V8 heap limit', (run) => mb(run.heapLimitMb))
  row('Heap used holding the tickets', (run) => mb(run.heapWithTicketsMb))
  row('Heap used, peak (after each epoch)', (run) => mb(run.heapPeakMb))
  row(
    'RSS before training → peak (VmHWM)',
    (run) => `${mb(run.rssBeforeTrainingMb)} → ${mb(run.peakRssMb)}`
  )
  row(
    'Stored model, gzipped (dense int8)',
    (run) =>
      `${(run.modelBytes / 1024).toFixed(0)} KB (${(run.denseInt8Bytes / 1024).toFixed(0)} KB)`
  )
  row('Loading the stored model', (run) => `${run.loadMs.toFixed(0)} ms`)
  row(
    'Predictions per second, one at a time',
    (run) => `${run.predictionsPerSecond.toFixed(0)} (${run.msPerPrediction.toFixed(2)} ms each)`
  )
  print()
}

print(
  `_${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} vCPU (${os.cpus()[0]?.model ?? 'unknown'}), Node ${process.version}_`
)
print()
if (!process.argv.includes('--skip-accuracy')) {
  accuracy()
}
if (!process.argv.includes('--skip-speed')) {
  await speed()
}
