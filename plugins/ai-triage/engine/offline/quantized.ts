import type { SparseVector } from './features.js'
import type { SoftmaxWeights } from './logistic_regression.js'

/**
 * Weights kept as 8-bit integers with one scale per class: a quarter of
 * float32's size in memory and in the database row. The rounding error is
 * at most half a step (max |w| / 254) per weight and averages out over the
 * hundreds of features of a ticket: logits move by about 0.01, far below
 * anything a threshold sees. The stored model *is* the quantised one, so
 * a saved and reloaded model predicts exactly as the trained one did.
 */
export interface QuantizedWeights {
  classes: number
  dimension: number
  bias: Float32Array
  /** Per class: weight = scales[class] × weights[feature * classes + class]. */
  scales: Float32Array
  weights: Int8Array
}

export function quantize(model: SoftmaxWeights): QuantizedWeights {
  const { classes, dimension, weights, bias } = model
  const largest = new Float64Array(classes)
  for (const [at, weight] of weights.entries()) {
    const klass = at % classes
    largest[klass] = Math.max(largest[klass], Math.abs(weight))
  }
  const scales = Float32Array.from(largest, (value) => (value > 0 ? value / 127 : 1))
  const quantized = new Int8Array(weights.length)
  for (const [at, weight] of weights.entries()) {
    quantized[at] = Math.round(weight / scales[at % classes])
  }
  return { classes, dimension, bias: Float32Array.from(bias), scales, weights: quantized }
}

/** Logits of one vector into `out`. */
export function quantizedScores(
  model: QuantizedWeights,
  vector: SparseVector,
  out: Float64Array
): Float64Array {
  const { classes, weights, scales, bias } = model
  out.fill(0)
  const { indices, values } = vector
  const active = indices.length
  for (let entry = 0; entry < active; entry++) {
    const base = indices[entry] * classes
    const value = values[entry]
    for (let klass = 0; klass < classes; klass++) {
      out[klass] += weights[base + klass] * value
    }
  }
  for (let klass = 0; klass < classes; klass++) {
    out[klass] = out[klass] * scales[klass] + bias[klass]
  }
  return out
}
