/**
 * How plugin work is stopped. Every handler runs with an AbortSignal that
 * fires when its time budget runs out or when the process shuts down; the
 * handler is expected to stop (and to pass the signal on to fetch). A
 * handler cannot be killed: one that ignores its signal is abandoned, its
 * late result ignored.
 */

/** The signal's reason when a handler ran past its budget. */
export class HookTimeout extends Error {
  constructor(hook: string, budgetMs: number) {
    super(`${hook} took longer than its ${budgetMs} ms budget`)
    this.name = 'HookTimeout'
  }
}

/** The signal's reason when the worker shuts down while the handler runs. */
export class WorkerShutdown extends Error {
  constructor() {
    super('the worker is shutting down')
    this.name = 'WorkerShutdown'
  }
}

let shutdown = new AbortController()

/**
 * Fires the signal of every handler running in this process (worker
 * shutdown, after its grace period). Handlers started later get an
 * already-fired signal.
 */
export function stopAllWork() {
  if (!shutdown.signal.aborted) {
    shutdown.abort(new WorkerShutdown())
  }
}

/** For tests that stop work in-process and go on: later handlers get a fresh signal again. */
export function resumeWork() {
  shutdown = new AbortController()
}

/**
 * Runs `work` with a signal that fires after `budgetMs` or at shutdown,
 * whichever comes first. Answers the work's result, or rethrows its error.
 * Once the signal fired, the work has `settleMs` to end; either way this
 * then rejects with the signal's reason (HookTimeout or WorkerShutdown):
 * work that was told to stop did not complete, however it returned.
 */
export function withSignal<T>(
  label: string,
  budgetMs: number,
  work: (signal: AbortSignal) => Promise<T> | T,
  settleMs = 0
): Promise<T> {
  const controller = new AbortController()
  const stopping = shutdown.signal
  const timer = setTimeout(() => controller.abort(new HookTimeout(label, budgetMs)), budgetMs)
  const onShutdown = () => controller.abort(stopping.reason)
  stopping.addEventListener('abort', onShutdown, { once: true })
  if (stopping.aborted) onShutdown()

  return new Promise<T>((resolve, reject) => {
    let settled = false
    let giveUp: NodeJS.Timeout | undefined
    const finish = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      clearTimeout(giveUp)
      stopping.removeEventListener('abort', onShutdown)
      outcome()
    }
    controller.signal.addEventListener(
      'abort',
      () => {
        giveUp = setTimeout(() => finish(() => reject(controller.signal.reason)), settleMs)
      },
      { once: true }
    )
    Promise.resolve()
      .then(() => work(controller.signal))
      .then(
        (value) =>
          finish(() =>
            controller.signal.aborted ? reject(controller.signal.reason) : resolve(value)
          ),
        (error) =>
          finish(() => reject(controller.signal.aborted ? controller.signal.reason : error))
      )
  })
}
