import { predict, train, type TrainOptions, type TrainingExample } from './classifier.js'
import { fitMajority, fitNaiveBayes } from './baselines.js'
import { foldMembers, stratifiedFolds } from './folds.js'
import { summarize, type ScoredTicket, type Summary } from './metrics.js'
import type { Prediction } from './model.js'

/**
 * "Evaluate on history": stratified k-fold cross-validation on an
 * organization's closed tickets. Every ticket is scored exactly once, by a
 * model fitted on the other folds, and the figures are computed over all
 * those out-of-fold predictions together.
 */

/** A way to learn a field: fit on examples, get a predictor. */
export interface Method {
  name: string
  fit(
    examples: readonly TrainingExample[]
  ): (text: string) => Pick<Prediction, 'label' | 'confidence'>
}

export interface CrossValidationOptions {
  folds?: number
  seed?: number
}

export interface FieldEvaluation extends Summary {
  method: string
  folds: number
  seed: number
  /** Each ticket's out-of-fold prediction, in the examples' order (to list the misses, or compare methods). */
  predictions: ScoredTicket[]
}

export function offlineMethod(options: TrainOptions = {}): Method {
  return {
    name: 'offline',
    fit: (examples) => {
      const model = train(examples, options)
      return (text) => predict(model, text)
    },
  }
}

export const majorityMethod: Method = { name: 'majority', fit: fitMajority }
export const naiveBayesMethod: Method = { name: 'naive-bayes', fit: fitNaiveBayes }

export function crossValidate(
  examples: readonly TrainingExample[],
  method: Method,
  options: CrossValidationOptions = {}
): FieldEvaluation {
  const folds = options.folds ?? 5
  const seed = options.seed ?? 0
  const labels = [...new Set(examples.map((example) => example.label))].sort()
  const position = new Map(labels.map((label, index) => [label, index]))
  const assignment = stratifiedFolds(
    examples.map((example) => position.get(example.label)!),
    folds,
    seed
  )
  const scored: ScoredTicket[] = new Array(examples.length)
  for (let fold = 0; fold < folds; fold++) {
    const held = foldMembers(assignment, fold, true)
    if (held.length === 0) {
      continue
    }
    const training = Array.from(foldMembers(assignment, fold, false), (index) => examples[index])
    const predictor = method.fit(training)
    for (const index of held) {
      const { label, confidence } = predictor(examples[index].text)
      scored[index] = { actual: examples[index].label, predicted: label, confidence }
    }
  }
  return { method: method.name, folds, seed, predictions: scored, ...summarize(scored, labels) }
}

/** The offline engine beside the majority-class and Naive Bayes baselines, on the same folds. */
export function evaluateWithBaselines(
  examples: readonly TrainingExample[],
  options: CrossValidationOptions & { train?: TrainOptions } = {}
): { offline: FieldEvaluation; majority: FieldEvaluation; naiveBayes: FieldEvaluation } {
  return {
    offline: crossValidate(examples, offlineMethod(options.train), options),
    majority: crossValidate(examples, majorityMethod, options),
    naiveBayes: crossValidate(examples, naiveBayesMethod, options),
  }
}
