import { DEFAULT_FEATURE_OPTIONS, Featurizer, type FeatureOptions } from './features.js'
import { featureRows, DEFAULT_CACHE_ENTRIES } from './feature_rows.js'
import {
  DEFAULT_SOFTMAX_OPTIONS,
  softmaxInPlace,
  trainSoftmax,
  type SoftmaxOptions,
} from './logistic_regression.js'
import { crossFitCalibration, crossFitRounds } from './cross_fit.js'
import { quantize, quantizedScores } from './quantized.js'
import { ENGINE, type OfflineModel, type Prediction } from './model.js'

/**
 * The offline engine's public face: train a calibrated text classifier for
 * one field (group, category, priority, …) from an organization's closed
 * tickets, predict with it, store it (model_codec.ts). Nothing here reads
 * the network or a file, and nothing is downloaded: the model is a value
 * the caller keeps.
 */

export interface TrainingExample {
  text: string
  label: string
}

export interface TrainingProgress {
  /** Fits done so far and in all: the cross-fitting's, then the final one on every ticket. */
  fit: number
  fits: number
  epoch: number
  epochs: number
}

export interface TrainOptions {
  /** Unset dimensionBits follows the number of classes (see defaultDimensionBits). */
  features?: Partial<FeatureOptions>
  /** Unset epochs follow the data's size (see defaultEpochs). */
  optimizer?: Partial<SoftmaxOptions>
  /** Folds of the cross-fitting whose out-of-fold predictions fit the temperature. */
  calibrationFolds?: number
  /**
   * Above this many examples (default 5,000) only the first calibration
   * fold is held out: one extra fit instead of `calibrationFolds`. One
   * fold then holds over 1,600 predictions, plenty for one parameter, and
   * training time matters more.
   */
  fullCrossFitLimit?: number
  /** Fewer examples than this are refused: neither the fit nor its calibration would mean much. */
  minExamples?: number
  /** Feature vectors kept in memory up to this many non-zero entries (8 bytes each). */
  cacheEntries?: number
  /** The caller's name for this model (e.g. a counter per organization and field). */
  version?: string
  /** Training date; defaults to now. */
  now?: Date
  /** Called after every epoch: a long training in the worker can report how far it is. */
  onProgress?: (progress: TrainingProgress) => void
}

export type TrainingErrorCode = 'too_few_examples' | 'single_class'

/** Training refused: the plugin shows the message and keeps its previous model, if any. */
export class OfflineTrainingError extends Error {
  constructor(
    readonly code: TrainingErrorCode,
    message: string
  ) {
    super(message)
    this.name = 'OfflineTrainingError'
  }
}

const DEFAULTS = { calibrationFolds: 3, fullCrossFitLimit: 5_000, minExamples: 20 }

/**
 * AdaGrad needs fewer passes over more tickets: about EXAMPLE_VISITS
 * updates in all, between 3 and 10 epochs (10 for anything under 20,000
 * tickets, 3 from 67,000 on). Tuned by cross-validation on the fixtures,
 * where 10 epochs beat 5 by about a point; training time at 100,000
 * tickets is what bounds it from above.
 */
const EXAMPLE_VISITS = 200_000

export function defaultEpochs(examples: number): number {
  return Math.min(10, Math.max(3, Math.ceil(EXAMPLE_VISITS / Math.max(1, examples))))
}

/**
 * Training holds two float32 arrays of buckets × classes (weights and
 * AdaGrad's sums), the stored model one byte each: the hash space shrinks
 * as classes grow so that they stay within WEIGHT_BUDGET entries — 32 MB
 * while training, 4 MB before gzip stored. 2^18 buckets up to 16 classes
 * (the fixtures' 10 queues: 2^17 cost about half a point of accuracy in
 * cross-validation), 2^16 for 50 subcategories, never fewer than 2^12.
 */
const WEIGHT_BUDGET = 2 ** 22

export function defaultDimensionBits(classes: number): number {
  return Math.min(18, Math.max(12, Math.floor(Math.log2(WEIGHT_BUDGET / classes))))
}

export function train(
  examples: readonly TrainingExample[],
  options: TrainOptions = {}
): OfflineModel {
  const settings = { ...DEFAULTS, ...options }
  const { labels, encoded, counts } = encodeLabels(examples, settings.minExamples)
  const features = {
    ...DEFAULT_FEATURE_OPTIONS,
    dimensionBits: defaultDimensionBits(labels.length),
    ...options.features,
  }
  const optimizer: SoftmaxOptions = {
    ...DEFAULT_SOFTMAX_OPTIONS,
    epochs: defaultEpochs(examples.length),
    ...options.optimizer,
  }
  const featurizer = new Featurizer(features)
  const texts = examples.map((example) => example.text)
  const problem = {
    rows: featureRows(texts, featurizer, options.cacheEntries ?? DEFAULT_CACHE_ENTRIES),
    labels: encoded,
    classes: labels.length,
    dimension: featurizer.dimension,
  }
  const crossFit = {
    folds: settings.calibrationFolds,
    fullCrossFitLimit: settings.fullCrossFitLimit,
  }
  const fits = crossFitRounds(examples.length, crossFit) + 1
  const report = (fit: number, epoch: number, epochs: number) =>
    options.onProgress?.({ fit, fits, epoch, epochs })
  const calibration = crossFitCalibration(problem, optimizer, {
    ...crossFit,
    onEpoch: (fold, epoch, epochs) => report(fold + 1, epoch, epochs),
  })
  const final = trainSoftmax(
    { ...problem, onEpoch: (epoch, epochs) => report(fits, epoch, epochs) },
    optimizer
  )
  return {
    meta: {
      engine: ENGINE,
      version: options.version ?? '1',
      trainedAt: (options.now ?? new Date()).toISOString(),
      trainedSize: examples.length,
      labels,
      classCounts: Array.from(counts),
      calibration,
    },
    features,
    optimizer,
    temperature: calibration.temperature,
    weights: quantize(final),
  }
}

/** Labels sorted (so a model does not depend on the examples' order) and each example's label index. */
function encodeLabels(examples: readonly TrainingExample[], minExamples: number) {
  if (examples.length < minExamples) {
    throw new OfflineTrainingError(
      'too_few_examples',
      `Training needs at least ${minExamples} labelled tickets, got ${examples.length}`
    )
  }
  const labels = [...new Set(examples.map((example) => example.label))].sort()
  if (labels.length < 2) {
    throw new OfflineTrainingError(
      'single_class',
      `Every training ticket has the same label (${JSON.stringify(labels[0])}): there is nothing to choose between`
    )
  }
  const position = new Map(labels.map((label, index) => [label, index]))
  const encoded = Int32Array.from(examples, (example) => position.get(example.label)!)
  const counts = new Int32Array(labels.length)
  for (const label of encoded) {
    counts[label] += 1
  }
  return { labels, encoded, counts }
}

/** One featurizer per feature settings: its scratch space (3 × 4 bytes × buckets) is shared by models. */
const featurizers = new Map<string, Featurizer>()

function featurizerFor(options: FeatureOptions): Featurizer {
  const key = JSON.stringify(options)
  let featurizer = featurizers.get(key)
  if (!featurizer) {
    featurizer = new Featurizer(options)
    featurizers.set(key, featurizer)
  }
  return featurizer
}

export function predict(model: OfflineModel, text: string): Prediction {
  const vector = featurizerFor(model.features).featurize(text)
  const scores = quantizedScores(model.weights, vector, new Float64Array(model.weights.classes))
  const probabilities = softmaxInPlace(scores, model.temperature)
  const distribution = model.meta.labels
    .map((label, index) => ({ label, probability: probabilities[index] }))
    .sort((a, b) => b.probability - a.probability || (a.label < b.label ? -1 : 1))
  return { label: distribution[0].label, confidence: distribution[0].probability, distribution }
}

export { serialize, deserialize, ModelFormatError } from './model_codec.js'
export type { CalibrationReport, ModelMeta, OfflineModel, Prediction } from './model.js'
export { ENGINE } from './model.js'
