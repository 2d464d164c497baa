import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import OutboxEvent from '#models/outbox_event'
import EventDelivery from '#models/event_delivery'
import { deliveries, outbox, QUEUES } from '#config/queue'
import { produce } from '#services/queue/queue_registry'
import { subscribersOf } from '#platform/subscribers'

/**
 * BullMQ job ids: one per delivery, so publishing twice queues it once.
 * The row's creation time is part of the id because BullMQ ignores a job
 * whose id it still remembers: after a database is recreated next to the
 * same Redis, delivery ids start again at 1 and would be silently dropped.
 */
export function deliveryJobId(delivery: Pick<EventDelivery, 'id' | 'createdAt'>, retry = 0) {
  const base = `delivery-${delivery.id}-${delivery.createdAt.toMillis()}`
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

/**
 * Turns an outbox event into one delivery row and one queued job per
 * subscriber, then marks the event published. Every step is idempotent
 * (delivery rows are unique per subscriber, job ids per delivery), so the
 * relay after commit and the sweep may both publish the same event safely.
 */
export default class OutboxRelay {
  static async publish(eventId: number) {
    const event = await OutboxEvent.find(eventId)
    if (!event || event.publishedAt) {
      return 0
    }
    const subscribers = await subscribersOf(event)
    if (subscribers.length) {
      const now = DateTime.now().toJSDate()
      await db
        .table('event_deliveries')
        .insert(
          subscribers.map((subscriber) => ({
            organization_id: event.organizationId,
            outbox_event_id: event.id,
            subscriber: subscriber.key,
            event: event.name,
            status: 'pending',
            created_at: now,
            updated_at: now,
          }))
        )
        .onConflict(['outbox_event_id', 'subscriber'])
        .ignore()
      const rows = await EventDelivery.query()
        .where('outbox_event_id', event.id)
        .where('status', 'pending')
      const attempts = new Map(subscribers.map((s) => [s.key, s.attempts]))
      await produce(QUEUES.events, (events) =>
        events.addBulk(
          rows.map((delivery) => ({
            name: event.name,
            data: { deliveryId: delivery.id },
            opts: deliveryJobOptions(
              attempts.get(delivery.subscriber) ?? deliveries.attempts,
              deliveryJobId(delivery)
            ),
          }))
        )
      )
    }
    await OutboxEvent.query().where('id', event.id).update({ published_at: new Date() })
    return subscribers.length
  }

  /**
   * Publishes events the relay did not (Redis was down, the process died
   * between commit and queue). Stops at the first failure: if the queue is
   * unreachable for one event it is for all, and the next sweep tries again.
   */
  static async sweep(limit = 200) {
    const due = await db
      .from('outbox_events')
      .whereNull('published_at')
      .where('created_at', '<', new Date(Date.now() - outbox.graceMs))
      .orderBy('id')
      .limit(limit)
      .select('id')
    let published = 0
    for (const { id } of due) {
      try {
        await this.publish(Number(id))
        published++
      } catch (error) {
        logger.warn(
          { err: error, outboxEventId: id },
          'outbox sweep: queue unreachable, will retry'
        )
        break
      }
    }
    return published
  }
}
