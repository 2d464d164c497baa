import logger from '@adonisjs/core/services/logger'
import { outbox } from '#config/queue'
import OutboxRelay from '#platform/outbox_relay'

/**
 * The worker's safety net for events: every few seconds it queues the
 * deliveries the web could not hand to the queue. Runs on a timer rather
 * than as a queued job because it exists for the times the queue is not
 * there; queueing is idempotent, so several workers may sweep at once.
 */
export default class OutboxSweeper {
  private timer?: NodeJS.Timeout
  private running?: Promise<unknown>

  start(everyMs = outbox.sweepEveryMs) {
    this.timer = setInterval(() => {
      if (this.running) return
      this.running = OutboxRelay.sweep()
        .then(({ published, queued }) => {
          if (published || queued) {
            logger.info({ published, queued }, 'outbox sweep queued what the web could not')
          }
        })
        .catch((error) => logger.warn({ err: error }, 'outbox sweep failed'))
        .finally(() => (this.running = undefined))
    }, everyMs)
  }

  async stop() {
    clearInterval(this.timer)
    await this.running
  }
}
