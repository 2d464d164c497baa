import { Worker } from 'node:worker_threads'
import type { trainModel } from './offline_adapter.js'
import type { FieldEvaluation } from './offline/evaluation.js'

type Example = { text: string; label: string }

export type ThreadTask =
  { kind: 'train'; examples: Example[] } | { kind: 'evaluate'; examples: Example[]; folds: number }

export type TrainedModel = ReturnType<typeof trainModel>
export type EvaluationSummary = Omit<FieldEvaluation, 'predictions' | 'reliability'>

const FROM_SOURCE = import.meta.url.endsWith('.ts')

/** From the source tree (TypeScript through the loader) or the compiled build. */
const ENTRY = new URL(FROM_SOURCE ? './offline_thread.ts' : './offline_thread.js', import.meta.url)

/**
 * A thread inherits the process's flags but not a loader registered from
 * code, as `node ace` registers its TypeScript loader (ace.js). From the
 * source tree, the thread registers that loader itself, unless a flag
 * already does; the compiled build needs none.
 */
function loaderFlags() {
  if (!FROM_SOURCE || process.execArgv.some((flag) => flag.includes('ts-exec'))) return []
  return ['--import', import.meta.resolve('@poppinss/ts-exec')]
}

/**
 * The thread's own heap, beside the worker's: training on 100,000 tickets
 * peaks at 85 MB of heap, tickets included (docs/benchmarks.md), and a
 * training reads at most 50,000.
 */
const THREAD_HEAP_MB = 192

/**
 * Runs one training or cross-validation in a worker thread, so the
 * worker's event loop keeps renewing job locks and serving other jobs
 * meanwhile. Aborting (the schedule's budget, a stopping worker) ends the
 * thread at once.
 */
function runInThread<T>(task: ThreadTask, signal?: AbortSignal): Promise<T> {
  signal?.throwIfAborted()
  const thread = new Worker(ENTRY, {
    workerData: task,
    execArgv: [...process.execArgv, ...loaderFlags()],
    resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
  })
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      reject(signal!.reason ?? new Error('aborted'))
      void thread.terminate()
    }
    signal?.addEventListener('abort', abort, { once: true })
    thread.once('message', (result: T) => resolve(result))
    thread.once('error', reject)
    thread.once('exit', (code) => {
      signal?.removeEventListener('abort', abort)
      reject(new Error(`the training thread stopped (exit code ${code}) without an answer`))
    })
  })
}

export function trainInThread(examples: Example[], signal?: AbortSignal) {
  return runInThread<TrainedModel>({ kind: 'train', examples }, signal)
}

export function crossValidateInThread(examples: Example[], folds: number, signal?: AbortSignal) {
  return runInThread<EvaluationSummary>({ kind: 'evaluate', examples, folds }, signal)
}
