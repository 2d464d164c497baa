import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { AnyEventName } from '#platform/catalogue'
import PluginCatalog, { type LoadedPlugin } from '#platform/plugin_catalog'
import Installations, { type ActivePlugin } from '#platform/installations'

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

/**
 * Who receives an event, named as its delivery rows name them. `client`
 * is the transaction the event is written in, when the organization's
 * plugins must be read again: the read then needs no second connection.
 */
export async function subscribersOf(
  event: { organizationId: number; name: string },
  client?: QueryClientContract
): Promise<string[]> {
  const active = await Installations.active(event.organizationId, client)
  return PluginCatalog.subscribers(event.name as AnyEventName)
    .filter((plugin) => plugin.builtin || active.has(plugin.id))
    .map((plugin) => plugin.subscriber)
}
