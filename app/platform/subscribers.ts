import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type OutboxEvent from '#models/outbox_event'
import type { EventName } from '#platform/catalogue'
import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { deliveries } from '#config/queue'
import type { InternalEventName } from '#platform/outbox'
import TicketNotifications from '#services/notifications/ticket_notifications'
import HostMailSubscriber from '#services/plugin_host/host_mail_subscriber'

/** What a delivery's handler gets to make its work safe to retry. */
export type DeliveryContext = {
  deliveryId: number
  idempotencyKey: string
  attempt: number
  once<T>(step: string, work: (trx: TransactionClientContract) => Promise<T>): Promise<T | null>
}

/** A subscriber of the core itself, on the same reliable path as plugins. */
export type CoreSubscriber = {
  id: string
  events: readonly (EventName | InternalEventName)[]
  handle(event: OutboxEvent, context: DeliveryContext): Promise<void>
}

export const CORE_SUBSCRIBERS: CoreSubscriber[] = [TicketNotifications, HostMailSubscriber]

export type SubscriberRef = { key: string; attempts: number }

/** "core:notifications" or "plugin:<id>": how deliveries name whom they are for. */
export function subscriberKey(kind: 'core' | 'plugin', id: string) {
  return `${kind}:${id}`
}

export function parseSubscriberKey(key: string) {
  const [kind, ...rest] = key.split(':')
  return { kind: kind as 'core' | 'plugin', id: rest.join(':') }
}

/** Who receives an event: core subscribers, and plugins the organization has enabled. */
export async function subscribersOf(event: OutboxEvent): Promise<SubscriberRef[]> {
  const core = CORE_SUBSCRIBERS.filter((subscriber) =>
    (subscriber.events as readonly string[]).includes(event.name)
  ).map((subscriber) => ({
    key: subscriberKey('core', subscriber.id),
    attempts: deliveries.attempts,
  }))
  const active = await Installations.active(event.organizationId)
  const plugins = PluginCatalog.subscribers(event.name)
    .filter((plugin) => active.has(plugin.id))
    .map((plugin) => ({
      key: subscriberKey('plugin', plugin.id),
      attempts: plugin.hooks.events.get(event.name)!.attempts,
    }))
  return [...core, ...plugins]
}
