import { test } from '@japa/runner'
import {
  expectedCalibrationError,
  fitTemperature,
  negativeLogLikelihood,
  reliabilityBins,
} from '../engine/offline/calibration.js'
import { train } from '../engine/offline/classifier.js'
import { createRandom } from '../engine/offline/random.js'
import { syntheticTickets } from './offline_helpers.js'

const CLASSES = 4

/**
 * Logits whose softmax is the true distribution the labels are drawn
 * from, multiplied by `sharpness`: above 1 the model is over-confident by
 * exactly that temperature, below 1 under-confident.
 */
function simulated(count: number, sharpness: number, seed: number) {
  const random = createRandom(seed)
  const gaussian = () => Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random())
  const logits = new Float64Array(count * CLASSES)
  const labels = new Int32Array(count)
  for (let example = 0; example < count; example++) {
    const truth = Array.from({ length: CLASSES }, () => 1.5 * gaussian())
    const weights = truth.map(Math.exp)
    let draw = random() * weights.reduce((sum, weight) => sum + weight, 0)
    labels[example] = weights.findIndex((weight) => (draw -= weight) <= 0)
    truth.forEach((value, klass) => (logits[example * CLASSES + klass] = value * sharpness))
  }
  return { logits, labels }
}

/** Top-class confidence and correctness at a temperature. */
function confidences(logits: Float64Array, labels: Int32Array, temperature: number) {
  const confidence: number[] = []
  const correct: boolean[] = []
  for (const [example, label] of labels.entries()) {
    const row = Array.from(logits.subarray(example * CLASSES, (example + 1) * CLASSES))
    const exps = row.map((value) => Math.exp(value / temperature))
    const best = row.indexOf(Math.max(...row))
    confidence.push(exps[best] / exps.reduce((sum, value) => sum + value, 0))
    correct.push(best === label)
  }
  return { confidence, correct }
}

test.group('Offline triage: temperature scaling', () => {
  test('finds the temperature of an over-confident model and repairs its calibration', ({
    assert,
  }) => {
    const { logits, labels } = simulated(4000, 3, 11)
    const temperature = fitTemperature(logits, labels, CLASSES)
    assert.closeTo(temperature, 3, 0.3)
    assert.isBelow(
      negativeLogLikelihood(logits, labels, CLASSES, temperature),
      negativeLogLikelihood(logits, labels, CLASSES, 1) - 0.1
    )
    const before = confidences(logits, labels, 1)
    const after = confidences(logits, labels, temperature)
    const eceBefore = expectedCalibrationError(before.confidence, before.correct)
    const eceAfter = expectedCalibrationError(after.confidence, after.correct)
    assert.isAbove(eceBefore, 0.1)
    assert.isBelow(eceAfter, 0.03)
  })

  test('sharpens an under-confident model', ({ assert }) => {
    const { logits, labels } = simulated(4000, 0.4, 12)
    assert.closeTo(fitTemperature(logits, labels, CLASSES), 0.4, 0.05)
  })

  test('leaves a calibrated model alone', ({ assert }) => {
    const { logits, labels } = simulated(4000, 1, 13)
    assert.closeTo(fitTemperature(logits, labels, CLASSES), 1, 0.1)
  })

  test('training fits the temperature on out-of-fold predictions of an over-fitting model', ({
    assert,
  }) => {
    const noisy = syntheticTickets(300, 5, 0.3)
    const model = train(noisy, {
      features: { dimensionBits: 14 },
      optimizer: { l2: 0, epochs: 30, learningRate: 1 },
    })
    const { calibration } = model.meta
    assert.isAbove(calibration.temperature, 1.2)
    assert.isBelow(calibration.nllAfter, calibration.nllBefore)
    assert.isBelow(calibration.eceAfter, calibration.eceBefore)
    assert.equal(model.temperature, calibration.temperature)
  })
})

test.group('Offline triage: calibration error', () => {
  test('is the weighted gap between confidence and accuracy per bin', ({ assert }) => {
    const nineInTen = Array.from({ length: 10 }, (_, index) => index < 9)
    assert.closeTo(expectedCalibrationError(Array(10).fill(0.9), nineInTen), 0, 1e-12)
    const halfRight = Array.from({ length: 10 }, (_, index) => index < 5)
    assert.closeTo(expectedCalibrationError(Array(10).fill(0.9), halfRight), 0.4, 1e-12)
    // two bins, each off by 0.1 or 0.3, holding 1/2 of the tickets each
    const confidence = [0.6, 0.6, 0.6, 0.6, 0.6, 0.95, 0.95, 0.95, 0.95, 0.95]
    const correct = [true, true, true, true, true, true, true, true, false, false]
    assert.closeTo(expectedCalibrationError(confidence, correct), (0.4 + 0.35) / 2, 1e-12)
  })

  test('reliability bins are 15 equal-width bins holding every prediction once', ({ assert }) => {
    const confidence = [0, 1 / 15, 0.5, 0.99, 1]
    const bins = reliabilityBins(confidence, [true, false, true, true, false])
    assert.lengthOf(bins, 15)
    assert.equal(
      bins.reduce((sum, bin) => sum + bin.count, 0),
      5
    )
    assert.equal(bins[0].count, 2)
    assert.equal(bins[7].count, 1)
    assert.equal(bins[14].count, 2)
    assert.equal(bins[14].accuracy, 0.5)
    assert.isNull(bins[3].confidence)
    assert.closeTo(bins[1].lower, 1 / 15, 1e-12)
  })
})
