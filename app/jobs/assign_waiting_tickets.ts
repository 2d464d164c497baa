import logger from '@adonisjs/core/services/logger'
import { QUEUES } from '#config/queue'
import { produce } from '#services/queue/queue_registry'
import type { ScheduledJob } from '#services/queue/scheduled_job'
import AutoAssigner from '#services/assignment/auto_assigner'

const ID = 'tickets.assign_waiting'

/**
 * Assigns tickets waiting in groups' queues (issue 16). Every 5 seconds as
 * the safety net: an agent whose away time ran out, or who dropped below
 * the cap, gets the oldest waiting ticket within that. `soon` runs it at
 * once when an agent comes back. Any number of runs may overlap: the
 * assigner's lock and row locks keep each ticket to one assignment.
 */
const AssignWaitingTickets: ScheduledJob & { soon(): Promise<void> } = {
  id: ID,
  every: 5000,
  async run() {
    return { assigned: await AutoAssigner.drainAll() }
  },

  /** Queues a run now; without Redis the next scheduled run does the same. */
  async soon() {
    try {
      await produce(QUEUES.schedules, (queue) =>
        queue.add(ID, {}, { removeOnComplete: 100, removeOnFail: 100 })
      )
    } catch (error) {
      logger.warn({ err: error }, 'assignment run not queued; the 5 s sweep will do it')
    }
  },
}

export default AssignWaitingTickets
