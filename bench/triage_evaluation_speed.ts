/**
 * "Evaluate on history" at scale: 5-fold cross-validation of one field on
 * synthetic tickets drawn from the fixtures' vocabulary, run the way the
 * worker runs it (a worker thread), while a 100 ms timer on the main thread
 * counts how often the event loop got to run. Start it with the worker's
 * heap flags; prints one JSON line.
 *
 *   node --max-old-space-size=128 --max-semi-space-size=8 --import @poppinss/ts-exec \
 *     bench/triage_evaluation_speed.ts [tickets]
 */
import { crossValidateInThread } from '../plugins/ai-triage/engine/in_thread.ts'
import { loadFixtureTickets, syntheticTickets } from './triage_fixtures.ts'

const TICKETS = Number(process.argv[2] ?? 10_000)
const examples = syntheticTickets(loadFixtureTickets(), TICKETS, 1)

let ticks = 0
const timer = setInterval(() => ticks++, 100)
const start = performance.now()
const summary = await crossValidateInThread(examples, 5)
const seconds = (performance.now() - start) / 1000
clearInterval(timer)

console.log(
  JSON.stringify({
    tickets: TICKETS,
    seconds: Number(seconds.toFixed(1)),
    accuracy: Number(summary.accuracy.toFixed(3)),
    ece: Number(summary.ece.toFixed(3)),
    timerTicks: ticks,
    timerTicksExpected: Math.floor(seconds * 10),
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  })
)
