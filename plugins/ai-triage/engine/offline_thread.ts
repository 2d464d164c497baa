/**
 * The entry of the thread that trains and cross-validates (engine/in_thread):
 * minutes of arithmetic that must not stall the worker's event loop. It
 * reads its task from workerData and posts back one result.
 */
import { parentPort, workerData } from 'node:worker_threads'
import { trainModel } from './offline_adapter.js'
import { crossValidate, offlineMethod } from './offline/evaluation.js'
import type { EvaluationSummary, ThreadTask } from './in_thread.js'

const task = workerData as ThreadTask

if (task.kind === 'train') {
  parentPort!.postMessage(trainModel(task.examples))
} else {
  const evaluation = crossValidate(task.examples, offlineMethod(), { folds: task.folds, seed: 0 })
  // The per-ticket predictions and reliability bins stay here: the report needs the figures only.
  const summary: EvaluationSummary = {
    method: evaluation.method,
    folds: evaluation.folds,
    seed: evaluation.seed,
    examples: evaluation.examples,
    accuracy: evaluation.accuracy,
    ece: evaluation.ece,
    labels: evaluation.labels,
    confusion: evaluation.confusion,
    thresholds: evaluation.thresholds,
    coverageAt95: evaluation.coverageAt95,
  }
  parentPort!.postMessage(summary)
}
