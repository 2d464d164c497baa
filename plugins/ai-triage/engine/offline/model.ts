import type { FeatureOptions } from './features.js'
import type { SoftmaxOptions } from './logistic_regression.js'
import type { QuantizedWeights } from './quantized.js'

/** The trained model as a value: what train() returns, predict() reads and serialize() stores. */

/** Names the method and the stored layout; a stored model of another engine is refused on load. */
export const ENGINE = 'offline-logreg/1'

export interface CalibrationReport {
  /** Out-of-fold predictions the temperature was fitted on. */
  heldOut: number
  temperature: number
  /** On those predictions, before (T = 1) and after temperature scaling. */
  eceBefore: number
  eceAfter: number
  nllBefore: number
  nllAfter: number
}

export interface ModelMeta {
  engine: string
  /** The caller's name for this model (e.g. a counter per organization and field). */
  version: string
  /** ISO 8601. */
  trainedAt: string
  trainedSize: number
  labels: string[]
  /** Training examples per label, in `labels` order. */
  classCounts: number[]
  calibration: CalibrationReport
}

export interface OfflineModel {
  meta: ModelMeta
  features: FeatureOptions
  optimizer: SoftmaxOptions
  temperature: number
  weights: QuantizedWeights
}

export interface Prediction {
  label: string
  /** The predicted label's calibrated probability. */
  confidence: number
  /** Every label with its probability, most likely first; the probabilities sum to 1. */
  distribution: { label: string; probability: number }[]
}
