import type OutboxEvent from '#models/outbox_event'
import PluginCatalog, { type LoadedPlugin } from '#platform/plugin_catalog'
import Installations, { type ActivePlugin } from '#platform/installations'

export type SubscriberRef = { key: string; attempts: number }

/**
 * The one registry of event subscribers: the core's built-ins (e-mail
 * notifications, registered at boot by their provider) and the plugins,
 * both declared with `hooks.on(…)` and delivered the same way. A built-in
 * is always enabled; a plugin only where the organization enabled it.
 */
export async function activeSubscriber(
  organizationId: number,
  plugin: LoadedPlugin
): Promise<ActivePlugin | null> {
  if (plugin.builtin) {
    return { plugin, settings: {} }
  }
  return Installations.isActive(organizationId, plugin.id)
}

/** Who receives an event, named as its delivery rows name them. */
export async function subscribersOf(event: OutboxEvent): Promise<SubscriberRef[]> {
  const active = await Installations.active(event.organizationId)
  return PluginCatalog.subscribers(event.name)
    .filter((plugin) => plugin.builtin || active.has(plugin.id))
    .map((plugin) => ({
      key: plugin.subscriber,
      attempts: plugin.hooks.events.get(event.name)!.attempts,
    }))
}
