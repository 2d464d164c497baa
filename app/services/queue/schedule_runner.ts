import { Worker } from 'bullmq'
import logger from '@adonisjs/core/services/logger'
import { QUEUES, queueConnection, queuePrefix } from '#config/queue'
import { queue } from '#services/queue/queue_registry'
import type { ScheduledJob } from '#services/queue/scheduled_job'
import CloseResolvedTickets from '#jobs/close_resolved_tickets'
import AssignWaitingTickets from '#jobs/assign_waiting_tickets'

/** The core's recurring jobs. */
export const CORE_SCHEDULES: ScheduledJob[] = [CloseResolvedTickets, AssignWaitingTickets]

/**
 * Registers the recurring jobs as BullMQ job schedulers (idempotent: any
 * number of workers may call it; each interval produces one job) and
 * starts the worker that runs them. Schedulers nothing here declares are
 * left alone: during a rolling deploy an older or newer worker may still
 * want them. `prune` removes them, when an operator says so.
 */
export default class ScheduleRunner {
  constructor(private schedules: ScheduledJob[] = CORE_SCHEDULES) {}

  private worker?: Worker

  async start() {
    const schedules = queue(QUEUES.schedules)
    for (const job of this.schedules) {
      await schedules.upsertJobScheduler(job.id, { every: job.every }, { name: job.id })
    }
    const byId = new Map(this.schedules.map((job) => [job.id, job]))
    this.worker = new Worker(
      QUEUES.schedules,
      async (job) => {
        const scheduled = byId.get(job.name)
        if (!scheduled) {
          logger.warn({ job: job.name }, 'no handler for scheduled job')
          return null
        }
        return scheduled.run({ at: job.opts.prevMillis ?? job.timestamp })
      },
      { connection: queueConnection, prefix: queuePrefix, concurrency: 1 }
    )
    this.worker.on('failed', (job, error) =>
      logger.error({ err: error, job: job?.name }, 'scheduled job failed')
    )
    return this.worker
  }

  /** Lets the running job finish, then stops taking new ones. */
  async stop() {
    await this.worker?.close()
  }

  /**
   * Removes the schedulers none of `schedules` declares (a plugin that was
   * removed, a schedule it dropped); answers their ids.
   */
  static async prune(schedules: ScheduledJob[]) {
    const wanted = new Set(schedules.map((job) => job.id))
    const queued = queue(QUEUES.schedules)
    const removed: string[] = []
    for (const existing of await queued.getJobSchedulers()) {
      if (existing.key && !wanted.has(existing.key)) {
        await queued.removeJobScheduler(existing.key)
        removed.push(existing.key)
      }
    }
    return removed
  }
}
