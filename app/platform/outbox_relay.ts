import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import OutboxEvent from '#models/outbox_event'
import EventDelivery from '#models/event_delivery'
import { outbox } from '#config/queue'
import { subscribersOf } from '#platform/subscribers'
import { queueDeliveries } from '#platform/delivery_jobs'

/**
 * What the worker's sweep does for the outbox: queue the deliveries whose
 * jobs never reached Redis, and publish the events written before their
 * deliveries were written with them. Both are idempotent (delivery rows
 * are unique per subscriber, job ids per delivery), so the web and any
 * number of sweeping workers may act on the same rows.
 */
export default class OutboxRelay {
  static async sweep(limit = 200) {
    const published = await this.publishLegacy(limit)
    return { published, queued: await this.requeue(limit) }
  }

  /**
   * Queues deliveries still pending a grace time after they were written:
   * the web died between commit and queue, or Redis was down. Only those
   * never run (`attempts = 0`): a delivery that ran has a job in BullMQ,
   * waiting for its retry or retried by hand under another id
   * (`deliveryJobId(delivery, retry)`), and adding its first id again
   * could run it twice once BullMQ forgot the first job. One postponed on
   * its first run is back at 0 attempts, but its job is held (delayed),
   * so it is left alone like every job BullMQ still has.
   */
  static async requeue(limit = 200) {
    const due = await EventDelivery.query()
      .where('status', 'pending')
      .where('attempts', 0)
      .where('created_at', '<', new Date(Date.now() - outbox.graceMs))
      .orderBy('id')
      .limit(limit)
      .select('id', 'subscriber', 'event', 'created_at')
    try {
      return await queueDeliveries(due, { onlyMissing: true })
    } catch (error) {
      logger.warn({ err: error }, 'outbox sweep: queue unreachable, will retry')
      return 0
    }
  }

  /**
   * Events without `published_at` were written by the previous version,
   * which created their deliveries after commit: they still get them here.
   * Stops at the first failure: if the queue is unreachable for one event
   * it is for all, and the next sweep tries again.
   */
  static async publishLegacy(limit = 200) {
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

  /** One delivery row and one queued job per subscriber, then the event is marked published. */
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
            subscriber,
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
      await queueDeliveries(rows)
    }
    await OutboxEvent.query().where('id', event.id).update({ published_at: new Date() })
    return subscribers.length
  }
}
