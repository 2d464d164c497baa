import { test } from '@japa/runner'
import {
  defaultDimensionBits,
  defaultEpochs,
  deserialize,
  ModelFormatError,
  OfflineTrainingError,
  predict,
  serialize,
  train,
} from '../engine/offline/classifier.js'
import { syntheticTickets } from './offline_helpers.js'

const NOW = new Date('2026-12-01T08:00:00Z')
/** A smaller hash space keeps these tests fast; the engine's default is 2^18. */
const FAST = { features: { dimensionBits: 14 }, now: NOW }

const training = syntheticTickets(360, 1)
const unseen = syntheticTickets(150, 2)
const model = train(training, { ...FAST, version: '3' })

test.group('Offline triage: training and prediction', () => {
  test('learns three queues from English and German tickets far above chance', ({ assert }) => {
    for (const language of ['en', 'de'] as const) {
      const tickets = unseen.filter((ticket) => ticket.language === language)
      const right = tickets.filter((ticket) => predict(model, ticket.text).label === ticket.label)
      assert.isAbove(right.length / tickets.length, 0.9, `${language} accuracy`)
    }
    assert.equal(predict(model, 'Die Rechnung wurde doppelt abgebucht').label, 'billing')
    assert.equal(predict(model, 'Our server is down, error 503').label, 'outage')
    assert.equal(predict(model, 'Konto gesperrt, Passwort zurücksetzen bitte').label, 'access')
  })

  test('a prediction is a probability distribution over every label, most likely first', ({
    assert,
  }) => {
    for (const ticket of unseen.slice(0, 30)) {
      const { label, confidence, distribution } = predict(model, ticket.text)
      assert.deepEqual(distribution.map((entry) => entry.label).sort(), [
        'access',
        'billing',
        'outage',
      ])
      assert.closeTo(
        distribution.reduce((sum, entry) => sum + entry.probability, 0),
        1,
        1e-9
      )
      assert.equal(label, distribution[0].label)
      assert.equal(confidence, distribution[0].probability)
      for (let index = 1; index < distribution.length; index++) {
        assert.isAtMost(distribution[index].probability, distribution[index - 1].probability)
      }
    }
  })

  test('a text with nothing known in it falls back to the label shares, without confidence', ({
    assert,
  }) => {
    const { confidence } = predict(model, '')
    assert.isBelow(confidence, 0.5)
  })

  test('the model carries its metadata', ({ assert }) => {
    assert.equal(model.meta.engine, 'offline-logreg/1')
    assert.equal(model.meta.version, '3')
    assert.equal(model.meta.trainedAt, '2026-12-01T08:00:00.000Z')
    assert.equal(model.meta.trainedSize, 360)
    assert.deepEqual(model.meta.labels, ['access', 'billing', 'outage'])
    assert.deepEqual(model.meta.classCounts, [120, 120, 120])
    assert.equal(model.meta.calibration.heldOut, 360)
    assert.isAbove(model.temperature, 0)
  })

  test('the same examples and seed give the same model, byte for byte', ({ assert }) => {
    const again = train(training, { ...FAST, version: '3' })
    assert.isTrue(serialize(again).equals(serialize(model)))
    const reseeded = train(training, { ...FAST, version: '3', optimizer: { seed: 7 } })
    assert.isFalse(serialize(reseeded).equals(serialize(model)))
  })

  test('tickets hashed again on every pass (past the memory budget) give the same model', ({
    assert,
  }) => {
    const streamed = train(training, { ...FAST, version: '3', cacheEntries: 0 })
    assert.isTrue(serialize(streamed).equals(serialize(model)))
  })

  test('reports its progress: the cross-fitting fits, then the final one', ({ assert }) => {
    const seen: string[] = []
    train(training.slice(0, 60), {
      ...FAST,
      optimizer: { epochs: 2 },
      onProgress: ({ fit, fits, epoch, epochs }) => seen.push(`${fit}/${fits}:${epoch}/${epochs}`),
    })
    assert.deepEqual(seen, [
      '1/4:1/2',
      '1/4:2/2',
      '2/4:1/2',
      '2/4:2/2',
      '3/4:1/2',
      '3/4:2/2',
      '4/4:1/2',
      '4/4:2/2',
    ])
  })

  test('sizes follow the data: fewer epochs for more tickets, fewer buckets for more classes', ({
    assert,
  }) => {
    assert.equal(defaultEpochs(3_000), 10)
    assert.equal(defaultEpochs(40_000), 5)
    assert.equal(defaultEpochs(100_000), 3)
    assert.equal(defaultDimensionBits(3), 18)
    assert.equal(defaultDimensionBits(16), 18)
    assert.equal(defaultDimensionBits(50), 16)
    assert.equal(defaultDimensionBits(100_000), 12)
    assert.equal(model.features.dimensionBits, 14)
  })

  test('too few tickets, or a single label, are refused with a reason', ({ assert }) => {
    const few = () => train(training.slice(0, 10), FAST)
    assert.throws(few, /at least 20 labelled tickets/)
    try {
      train(
        training.map((ticket) => ({ ...ticket, label: 'billing' })),
        FAST
      )
      assert.fail('a single label must be refused')
    } catch (error) {
      assert.instanceOf(error, OfflineTrainingError)
      assert.equal((error as OfflineTrainingError).code, 'single_class')
    }
  })
})

test.group('Offline triage: storing a model', () => {
  test('a stored and reloaded model predicts exactly as the trained one', ({ assert }) => {
    const stored = serialize(model)
    const loaded = deserialize(stored)
    assert.deepEqual(loaded.meta, model.meta)
    assert.deepEqual(loaded.features, model.features)
    for (const ticket of unseen) {
      assert.deepEqual(predict(loaded, ticket.text), predict(model, ticket.text))
    }
  })

  test('the stored form is compact: one byte per class of each used bucket, gzipped', ({
    assert,
  }) => {
    const defaultSized = train(training, { now: NOW })
    const bytes = serialize(defaultSized).length
    const dense = defaultSized.weights.weights.length
    assert.isBelow(bytes, dense / 4)
  })

  test('anything else is refused on load', ({ assert }) => {
    assert.throws(() => deserialize(Buffer.from('not a model')), ModelFormatError)
    const stored = serialize(model)
    assert.throws(() => deserialize(stored.subarray(0, stored.length - 8)), ModelFormatError)
  })
})
