import type { DateTime } from 'luxon'
import type EventDelivery from '#models/event_delivery'
import { deliveries, QUEUES } from '#config/queue'
import { produce } from '#services/queue/queue_registry'
import PluginCatalog from '#platform/plugin_catalog'

/** What a delivery's job is made of; the delivery rows an outbox write returns have it. */
export type QueuedDelivery = Pick<EventDelivery, 'id' | 'subscriber' | 'event'> & {
  createdAt: DateTime | Date
}

/**
 * BullMQ job ids: one per delivery, so queueing it twice (the web after
 * commit and the worker's sweep) runs it once. The row's creation time is
 * part of the id because BullMQ ignores a job whose id it still remembers:
 * after a database is recreated next to the same Redis, delivery ids start
 * again at 1 and would be silently dropped. An admin's retry adds a suffix,
 * since the delivery's first job is still remembered as failed.
 */
export function deliveryJobId(delivery: { id: number; createdAt: DateTime | Date }, retry = 0) {
  const createdAt =
    delivery.createdAt instanceof Date
      ? delivery.createdAt.getTime()
      : delivery.createdAt.toMillis()
  const base = `delivery-${delivery.id}-${createdAt}`
  return retry ? `${base}-retry-${retry}` : base
}

export function deliveryJobOptions(attempts: number, jobId: string) {
  return {
    jobId,
    attempts,
    backoff: { type: 'exponential' as const, delay: deliveries.backoffMs },
    removeOnComplete: { age: 24 * 3600, count: 5000 },
    removeOnFail: { age: 7 * 24 * 3600 },
  }
}

/** The attempts the subscriber asked for on this event, or the default. */
export function attemptsOf(subscriber: string, event: string) {
  return (
    PluginCatalog.bySubscriber(subscriber)?.hooks.events.get(event as never)?.attempts ??
    deliveries.attempts
  )
}

/**
 * One job per delivery, added in one round trip; throws when Redis cannot
 * take them. With `onlyMissing`, jobs BullMQ holds in any state are left
 * out first: adding them would change nothing, and the count tells how
 * many really were missing. Answers how many it added.
 */
export async function queueDeliveries(rows: QueuedDelivery[], { onlyMissing = false } = {}) {
  if (rows.length === 0) {
    return 0
  }
  return produce(QUEUES.events, async (events) => {
    let jobs = rows.map((delivery) => ({
      name: delivery.event,
      data: { deliveryId: Number(delivery.id) },
      opts: deliveryJobOptions(
        attemptsOf(delivery.subscriber, delivery.event),
        deliveryJobId(delivery)
      ),
    }))
    if (onlyMissing) {
      const states = await Promise.all(jobs.map((job) => events.getJobState(job.opts.jobId)))
      jobs = jobs.filter((_, index) => states[index] === 'unknown')
    }
    if (jobs.length) {
      await events.addBulk(jobs)
    }
    return jobs.length
  })
}
