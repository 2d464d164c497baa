/**
 * One speed run of the offline triage engine, meant to be started by
 * bench/triage_bench.ts in its own process with the worker's heap limit
 * (--max-old-space-size=128), so that finishing at all proves training
 * fits the worker. Prints one JSON line with the figures.
 *
 *   node --max-old-space-size=128 --import @poppinss/ts-exec bench/triage_speed.ts [tickets]
 */
import { readFileSync } from 'node:fs'
import { getHeapStatistics } from 'node:v8'
import {
  deserialize,
  predict,
  serialize,
  train,
} from '../plugins/ai-triage/engine/offline/classifier.ts'
import { loadFixtureTickets, syntheticTickets } from './triage_fixtures.ts'

const TICKETS = Number(process.argv[2] ?? 100_000)
const PREDICTIONS = 5_000
const MB = 1024 * 1024

/** The kernel's high-water mark of this process's resident memory. */
function peakRss(): number {
  const status = readFileSync('/proc/self/status', 'utf8')
  return Number(/VmHWM:\s+(\d+) kB/.exec(status)![1]) * 1024
}

let heapPeak = 0
const sampleHeap = () => {
  heapPeak = Math.max(heapPeak, getHeapStatistics().used_heap_size)
}

const source = loadFixtureTickets()
const examples = syntheticTickets(source, TICKETS, 1)
const probes = syntheticTickets(source, PREDICTIONS, 2).map((ticket) => ticket.text)
const textBytes = examples.reduce((sum, ticket) => sum + ticket.text.length, 0)
globalThis.gc?.()
sampleHeap()
const heapWithTickets = heapPeak
const rssBefore = process.memoryUsage().rss

const trainStart = performance.now()
let fits = 0
const model = train(examples, {
  onProgress: (progress) => {
    sampleHeap()
    fits = progress.fits
    process.stderr.write(
      `  fit ${progress.fit}/${progress.fits} epoch ${progress.epoch}/${progress.epochs}\n`
    )
  },
})
const trainMs = performance.now() - trainStart

const stored = serialize(model)
const loadStart = performance.now()
const loaded = deserialize(stored)
const loadMs = performance.now() - loadStart

for (const text of probes.slice(0, 200)) {
  predict(loaded, text)
}
const predictStart = performance.now()
for (const text of probes) {
  predict(loaded, text)
}
const predictMs = performance.now() - predictStart
sampleHeap()

process.stdout.write(
  `${JSON.stringify({
    tickets: TICKETS,
    labels: model.meta.labels.length,
    meanChars: Math.round(textBytes / TICKETS),
    epochs: model.optimizer.epochs,
    fits,
    trainSeconds: trainMs / 1000,
    heapLimitMb: getHeapStatistics().heap_size_limit / MB,
    heapWithTicketsMb: heapWithTickets / MB,
    heapPeakMb: heapPeak / MB,
    rssBeforeTrainingMb: rssBefore / MB,
    peakRssMb: peakRss() / MB,
    modelBytes: stored.length,
    denseInt8Bytes: model.weights.weights.length,
    loadMs,
    predictionsPerSecond: PREDICTIONS / (predictMs / 1000),
    msPerPrediction: predictMs / PREDICTIONS,
    temperature: model.temperature,
  })}\n`
)
