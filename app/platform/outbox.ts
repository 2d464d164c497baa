import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import logger from '@adonisjs/core/services/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { AllEventHooks, AnyEventName, JsonValue } from '#platform/catalogue'
import { subscribersOf } from '#platform/subscribers'
import { queueDeliveries, type QueuedDelivery } from '#platform/delivery_jobs'

/**
 * Work the core queues for itself on the same reliable path, never offered
 * to plugins: `host.mail` is an e-mail a plugin sent through the host API.
 */
export type InternalEventName = 'host.mail'

/** One event of a change, as `recordAll` takes them: a name and its catalogue payload. */
export type OutboxEntry = {
  [K in AnyEventName]: { name: K; payload: AllEventHooks[K] }
}[AnyEventName]

type Entry = { name: string; payload: unknown }

/**
 * How the core announces what happened. The event rows and their delivery
 * rows (one per subscriber) are written in the same transaction as the
 * change, so there is never a change without its deliveries nor a delivery
 * of a change that rolled back. After commit only Redis is left: the
 * deliveries' jobs are added, and the worker's sweep queues any the queue
 * did not take (Redis down, process killed in between).
 */
export default class Outbox {
  /** Jobs being added after a commit, not added yet. */
  static #inFlight = new Set<Promise<unknown>>()

  /** A core event, or a plugin's declared event (checked by `context.events.emit`). */
  static async record<K extends AnyEventName>(
    trx: TransactionClientContract,
    organizationId: number,
    name: K,
    payload: AllEventHooks[K]
  ) {
    await this.write(trx, organizationId, [{ name, payload }])
  }

  /** The events one change stands for (an assignment that also moves the status), in order. */
  static async recordAll(
    trx: TransactionClientContract,
    organizationId: number,
    events: OutboxEntry[]
  ) {
    await this.write(trx, organizationId, events)
  }

  /** An internal event: delivered to the core subscribers that list it, never to plugins. */
  static async recordInternal(
    trx: TransactionClientContract,
    organizationId: number,
    name: InternalEventName,
    payload: { [key: string]: JsonValue }
  ) {
    await this.write(trx, organizationId, [{ name, payload }])
  }

  /** For events with no other write to join (a sign-in): its own small transaction. */
  static async emit<K extends AnyEventName>(
    organizationId: number,
    name: K,
    payload: AllEventHooks[K]
  ) {
    return db.transaction((trx) => this.record(trx, organizationId, name, payload))
  }

  /**
   * Waits for the jobs being added. The process calls it before it closes
   * its queues, so a short-lived process (a command, a seeder) hands over
   * its last deliveries instead of leaving them to the sweep.
   */
  static async settle() {
    await Promise.allSettled([...this.#inFlight])
  }

  /**
   * Subscribers are named when the event is written, from the per-process
   * cache of the organization's plugins; the worker checks again before it
   * runs a delivery, so a plugin switched off since is skipped.
   */
  private static async write(
    trx: TransactionClientContract,
    organizationId: number,
    events: Entry[]
  ) {
    if (events.length === 0) {
      return
    }
    const routes: { event: string; subscriber: string }[] = []
    for (const name of new Set(events.map((event) => event.name))) {
      for (const subscriber of await subscribersOf({ organizationId, name }, trx)) {
        routes.push({ event: name, subscriber })
      }
    }
    const deliveries = await insertEvents(trx, organizationId, events, routes)
    if (deliveries.length) {
      trx.after('commit', () => this.queue(deliveries))
    }
  }

  private static queue(deliveries: QueuedDelivery[]) {
    const queueing = queueDeliveries(deliveries)
      .catch((error) =>
        logger.warn(
          { err: error, deliveryIds: deliveries.map((delivery) => delivery.id) },
          'deliveries not queued yet; the worker sweep will queue them'
        )
      )
      .finally(() => this.#inFlight.delete(queueing))
    this.#inFlight.add(queueing)
  }
}

/**
 * The events and their deliveries in one statement: the events' INSERT is
 * a data-modifying CTE whose ids the deliveries' INSERT reads. `published_at`
 * is set at once: it means "its deliveries exist" (rows of the previous
 * version, without it, are published by the sweep). Multi-row VALUES keep
 * the events' ids in the order given.
 */
async function insertEvents(
  trx: TransactionClientContract,
  organizationId: number,
  events: Entry[],
  routes: { event: string; subscriber: string }[]
): Promise<QueuedDelivery[]> {
  // Luxon's clock, as the models' timestamps: tests and plugins stop it with fakeClock.
  const now = DateTime.now().toJSDate()
  const rows = events.map(() => '(?, ?, ?::jsonb, ?, ?)').join(', ')
  const bindings = events.flatMap((event) => [
    organizationId,
    event.name,
    JSON.stringify(event.payload),
    now,
    now,
  ])
  const insert = `INSERT INTO outbox_events (organization_id, name, payload, created_at, published_at) VALUES ${rows}`
  if (routes.length === 0) {
    await trx.rawQuery(insert, bindings)
    return []
  }
  const result = await trx.rawQuery(
    `WITH e AS (${insert} RETURNING id, name, created_at)
     INSERT INTO event_deliveries
            (organization_id, outbox_event_id, subscriber, event, status, created_at, updated_at)
     SELECT ?, e.id, s.subscriber, e.name, 'pending', e.created_at, e.created_at
       FROM e JOIN unnest(?::text[], ?::text[]) WITH ORDINALITY AS s(event, subscriber, n)
         ON s.event = e.name
      ORDER BY e.id, s.n
     RETURNING id, subscriber, event, created_at`,
    [
      ...bindings,
      organizationId,
      routes.map((route) => route.event),
      routes.map((route) => route.subscriber),
    ]
  )
  return (result.rows as { id: number; subscriber: string; event: string; created_at: Date }[]).map(
    (row) => ({
      id: row.id,
      subscriber: row.subscriber,
      event: row.event,
      createdAt: row.created_at,
    })
  )
}
