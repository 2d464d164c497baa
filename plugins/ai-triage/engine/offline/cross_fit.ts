import { expectedCalibrationError, fitTemperature, negativeLogLikelihood } from './calibration.js'
import { foldMembers, stratifiedFolds } from './folds.js'
import {
  scoreVector,
  softmaxInPlace,
  trainSoftmax,
  type SoftmaxOptions,
  type SoftmaxProblem,
} from './logistic_regression.js'
import type { CalibrationReport } from './model.js'

/**
 * Cross-fitting for the temperature: models trained without a fold score
 * that fold, and the temperature is fitted on those out-of-fold logits —
 * never on predictions of tickets a model has seen, which are
 * over-confident by construction. The final model, fitted on all tickets,
 * then takes that temperature (as scikit-learn's CalibratedClassifierCV
 * does with ensemble=False).
 */
export interface CrossFitSettings {
  folds: number
  /** Above this many examples only the first fold is held out (one extra fit, not `folds`). */
  fullCrossFitLimit: number
  /** Called after each epoch of each fit. */
  onEpoch?: (fit: number, epoch: number, epochs: number) => void
}

export function crossFitCalibration(
  problem: SoftmaxProblem & { labels: Int32Array },
  optimizer: SoftmaxOptions,
  settings: CrossFitSettings
): CalibrationReport {
  const { rows, labels, classes } = problem
  const assignment = stratifiedFolds(labels, settings.folds, optimizer.seed)
  const rounds = crossFitRounds(labels.length, settings)
  const logits: number[] = []
  const truth: number[] = []
  for (let fold = 0; fold < rounds; fold++) {
    const fitted = trainSoftmax(
      {
        ...problem,
        subset: foldMembers(assignment, fold, false),
        onEpoch: (epoch, epochs) => settings.onEpoch?.(fold, epoch, epochs),
      },
      optimizer
    )
    for (const example of foldMembers(assignment, fold, true)) {
      logits.push(...scoreVector(fitted, rows.row(example)))
      truth.push(labels[example])
    }
  }
  const temperature = fitTemperature(logits, truth, classes)
  return {
    heldOut: truth.length,
    temperature,
    eceBefore: topClassEce(logits, truth, classes, 1),
    eceAfter: topClassEce(logits, truth, classes, temperature),
    nllBefore: negativeLogLikelihood(logits, truth, classes, 1),
    nllAfter: negativeLogLikelihood(logits, truth, classes, temperature),
  }
}

/** How many fits the cross-fitting makes (the caller's progress reports count them). */
export function crossFitRounds(examples: number, settings: CrossFitSettings): number {
  return examples > settings.fullCrossFitLimit ? 1 : settings.folds
}

function topClassEce(logits: number[], truth: number[], classes: number, temperature: number) {
  const confidences: number[] = []
  const correct: boolean[] = []
  for (const [example, label] of truth.entries()) {
    const row = softmaxInPlace(
      Float64Array.from(logits.slice(example * classes, (example + 1) * classes)),
      temperature
    )
    let best = 0
    for (let klass = 1; klass < classes; klass++) {
      best = row[klass] > row[best] ? klass : best
    }
    confidences.push(row[best])
    correct.push(best === label)
  }
  return expectedCalibrationError(confidences, correct)
}
