import { test } from '@japa/runner'
import { setImmediate as nextTurn } from 'node:timers/promises'
import { decodeModel, predictText, trainModel } from '../engine/offline_adapter.js'
import { crossValidateInThread, trainInThread } from '../engine/in_thread.js'
import { syntheticTickets } from './offline_helpers.js'

const examples = syntheticTickets(1_500, 1).map(({ text, label }) => ({ text, label }))

/** Counts event-loop turns until `work` settles: zero if it blocked the loop throughout. */
async function turnsDuring<T>(work: Promise<T>) {
  let settled = false
  let turns = 0
  const watching = (async () => {
    while (!settled) {
      await nextTurn()
      turns++
    }
  })()
  const result = await work.finally(() => (settled = true))
  await watching
  return { result, turns }
}

test.group('Offline triage: training in a worker thread', () => {
  test('trains the same model as in the process, while the event loop keeps turning', async ({
    assert,
  }) => {
    const { result, turns } = await turnsDuring(trainInThread(examples))
    const inProcess = trainModel(examples)
    assert.deepEqual(result.labels, inProcess.labels)
    assert.deepEqual(result.metrics, inProcess.metrics)
    assert.isAbove(turns, 100, 'the loop was free while the thread trained')
    // The same model, but for its training date: the same answer to every ticket.
    const [threaded, local] = [decodeModel(result.payload), decodeModel(inProcess.payload)]
    for (const { text } of syntheticTickets(20, 7)) {
      assert.deepEqual(predictText(threaded, text), predictText(local, text))
    }
    assert.equal(predictText(threaded, 'Die Rechnung wurde doppelt abgebucht')[0].label, 'billing')
  }).timeout(120_000)

  test('cross-validates in the thread and answers the figures without the per-ticket predictions', async ({
    assert,
  }) => {
    const summary = await crossValidateInThread(examples.slice(0, 300), 3)
    assert.equal(summary.examples, 300)
    assert.equal(summary.folds, 3)
    assert.notProperty(summary, 'predictions')
    assert.equal(
      summary.confusion.flat().reduce((sum, count) => sum + count, 0),
      300
    )
  }).timeout(120_000)

  test('an abort ends the thread and rejects with the reason', async ({ assert }) => {
    const controller = new AbortController()
    const training = trainInThread(examples, controller.signal)
    setTimeout(() => controller.abort(new Error('budget spent')), 50)
    await assert.rejects(() => training, 'budget spent')
    const aborted = AbortSignal.abort(new Error('already stopping'))
    await assert.rejects(() => trainInThread(examples, aborted), 'already stopping')
  }).timeout(60_000)
})
