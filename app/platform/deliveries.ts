import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import EventDelivery from '#models/event_delivery'
import { QUEUES } from '#config/queue'
import { produce } from '#services/queue/queue_registry'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import { attemptsOf, deliveryJobId, deliveryJobOptions } from '#platform/delivery_jobs'
import NotFoundException from '#exceptions/not_found_exception'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

export type DeliveryCounts = { ok: number; retried: number; dead: number }

/** How far back "recent" reaches for the ok / retried counts. */
const RECENT_HOURS = 24

/**
 * What Admin → Plugins shows of event deliveries: recent counts per
 * subscriber, the dead-letter list, and the retry of a dead delivery.
 */
export default class Deliveries {
  /** ok and retried in the last day; dead: every delivery still waiting for a retry. */
  static async counts(organizationId: number): Promise<Map<string, DeliveryCounts>> {
    const since = DateTime.now().minus({ hours: RECENT_HOURS }).toJSDate()
    const rows = await db
      .from('event_deliveries')
      .where('organization_id', organizationId)
      .where((recent) => recent.where('status', 'dead').orWhere('updated_at', '>=', since))
      .groupBy('subscriber')
      .select('subscriber')
      .select(
        db.raw(`count(*) FILTER (WHERE status = 'ok') AS ok`),
        db.raw(`count(*) FILTER (WHERE attempts > 1 AND status <> 'dead') AS retried`),
        db.raw(`count(*) FILTER (WHERE status = 'dead') AS dead`)
      )
    return new Map(
      rows.map((row) => [
        row.subscriber,
        { ok: Number(row.ok), retried: Number(row.retried), dead: Number(row.dead) },
      ])
    )
  }

  static dead(organizationId: number, subscriber: string, limit = 50) {
    return EventDelivery.query()
      .where({ organization_id: organizationId, subscriber, status: 'dead' })
      .preload('outboxEvent')
      .orderBy('updated_at', 'desc')
      .limit(limit)
  }

  /**
   * Queues a dead delivery again with a fresh set of attempts. Steps it
   * completed before (EventContext.once) stay done and are not repeated.
   * The delivery is claimed by one conditional update, so two admins
   * clicking Retry at once queue it once; the other is told it is no
   * longer a failed delivery.
   */
  static async retry(organizationId: number, deliveryId: number, context: ActorContext) {
    const claimed = await db.rawQuery(
      `UPDATE event_deliveries SET status = 'pending', updated_at = now()
        WHERE id = ? AND organization_id = ? AND status = 'dead'
        RETURNING id`,
      [deliveryId, organizationId]
    )
    const delivery = await EventDelivery.query()
      .where({ id: deliveryId, organization_id: organizationId })
      .first()
    if (!delivery) {
      throw new NotFoundException()
    }
    if (claimed.rows.length === 0) {
      throw new FormError('delivery', msg('Only a failed delivery can be retried.'))
    }
    const attempts = attemptsOf(delivery.subscriber, delivery.event)
    try {
      await produce(QUEUES.events, (events) =>
        events.add(
          delivery.event,
          { deliveryId: delivery.id },
          deliveryJobOptions(attempts, deliveryJobId(delivery, Date.now()))
        )
      )
    } catch {
      // Handed back: the delivery stays in the dead letters for the next click.
      await EventDelivery.query()
        .where({ id: delivery.id, status: 'pending' })
        .update({ status: 'dead', updated_at: new Date() })
      throw new FormError(
        'delivery',
        msg('The job queue is not reachable right now. Try again in a moment.'),
        'queue_unavailable'
      )
    }
    await AuditLogService.record(context, {
      organizationId,
      action: 'plugin.delivery_retried',
      entityType: 'event_delivery',
      entityId: delivery.id,
      newValues: { subscriber: delivery.subscriber, event: delivery.event },
    })
    return delivery
  }
}
