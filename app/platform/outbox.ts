import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import OutboxEvent from '#models/outbox_event'
import type { AllEventHooks, AnyEventName, JsonValue } from '#platform/catalogue'
import OutboxRelay from '#platform/outbox_relay'

/**
 * Work the core queues for itself on the same reliable path, never offered
 * to plugins: `host.mail` is an e-mail a plugin sent through the host API.
 */
export type InternalEventName = 'host.mail'

/**
 * How the core announces what happened. The event row is written in the
 * same transaction as the change, so there is never a change without its
 * event nor an event about a change that rolled back; it is handed to the
 * queue right after commit, and the worker's sweep catches any the queue
 * did not take (Redis down, process killed in between).
 */
export default class Outbox {
  /** Relays started after a commit and not finished yet. */
  static #inFlight = new Set<Promise<unknown>>()

  /** A core event, or a plugin's declared event (checked by `context.events.emit`). */
  static async record<K extends AnyEventName>(
    trx: TransactionClientContract,
    organizationId: number,
    name: K,
    payload: AllEventHooks[K]
  ) {
    const event = await OutboxEvent.create({ organizationId, name, payload }, { client: trx })
    trx.after('commit', () => this.relay(event.id))
    return event
  }

  /** An internal event: delivered to the core subscribers that list it, never to plugins. */
  static async recordInternal(
    trx: TransactionClientContract,
    organizationId: number,
    name: InternalEventName,
    payload: { [key: string]: JsonValue }
  ) {
    // The model types names as the catalogue's; no plugin subscribes to an internal one.
    const event = await OutboxEvent.create(
      { organizationId, name: name as AnyEventName, payload: payload as never },
      { client: trx }
    )
    trx.after('commit', () => this.relay(event.id))
    return event
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
   * Waits for the relays in progress. The process calls it before it
   * closes its database and queues, so a short-lived process (a command,
   * a seeder) hands over its last events instead of leaving them to the
   * sweep, or hanging on a pool that is already closed.
   */
  static async settle() {
    await Promise.allSettled([...this.#inFlight])
  }

  private static relay(eventId: number) {
    const relaying = OutboxRelay.publish(eventId)
      .catch((error) =>
        logger.warn(
          { err: error, outboxEventId: eventId },
          'event not queued yet; the worker sweep will publish it'
        )
      )
      .finally(() => this.#inFlight.delete(relaying))
    this.#inFlight.add(relaying)
  }
}
