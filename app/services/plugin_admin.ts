import EventDelivery from '#models/event_delivery'
import type PluginInstallation from '#models/plugin_installation'
import PluginCatalog, { type LoadedPlugin } from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import Deliveries, { type DeliveryCounts } from '#platform/deliveries'
import { resolveOptions, type ResolvedOptions } from '#platform/settings_options'
import type { ActorContext } from '#services/request_context'
import type { Locale } from '#services/locales'
import NotFoundException from '#exceptions/not_found_exception'

/** One discovered plugin as one organization sees it. */
export type PluginEntry = {
  plugin: LoadedPlugin
  installation: PluginInstallation | null
  deliveries: DeliveryCounts
  /** The organization's choices for the settings form (read for one plugin's page, not the list). */
  options?: ResolvedOptions
}

const NO_DELIVERIES: DeliveryCounts = { ok: 0, retried: 0, dead: 0 }

/**
 * Admin → Plugins for one organization, shared by the pages, the API and
 * the commands: every discovered plugin with the organization's
 * installation and delivery counts, its dead deliveries, and the admin
 * actions. The writes are Installations' and Deliveries', which audit
 * them.
 */
export default class PluginAdmin {
  static async list(organizationId: number): Promise<PluginEntry[]> {
    const [installations, counts] = await Promise.all([
      Installations.forOrganization(organizationId),
      Deliveries.counts(organizationId),
    ])
    return PluginCatalog.all().map((plugin) => ({
      plugin,
      installation: installations.get(plugin.id) ?? null,
      deliveries: counts.get(plugin.subscriber) ?? NO_DELIVERIES,
    }))
  }

  /** A discovered plugin, loaded or not; an unknown id is a 404 like any missing record. */
  static find(pluginId: string) {
    const plugin = PluginCatalog.find(pluginId)
    if (!plugin) {
      throw new NotFoundException()
    }
    return plugin
  }

  static async entry(organizationId: number, plugin: LoadedPlugin): Promise<PluginEntry> {
    const [installation, counts, options] = await Promise.all([
      Installations.find(organizationId, plugin.id),
      Deliveries.counts(organizationId),
      plugin.status === 'ready' ? resolveOptions(plugin, organizationId) : {},
    ])
    return {
      plugin,
      installation,
      deliveries: counts.get(plugin.subscriber) ?? NO_DELIVERIES,
      options,
    }
  }

  /** Enabling throws a FormError on `enabled` for a plugin that failed to load or lacks settings. */
  static async setEnabled(
    organizationId: number,
    plugin: LoadedPlugin,
    enabled: boolean,
    context: ActorContext
  ) {
    return enabled
      ? Installations.enable(organizationId, plugin, context)
      : Installations.disable(organizationId, plugin.id, context)
  }

  /**
   * Throws VineJS's validation error, field by field, named as the plugin
   * names its settings, in the admin's language.
   */
  static configure(
    organizationId: number,
    plugin: LoadedPlugin,
    input: Record<string, unknown>,
    context: ActorContext,
    locale: Locale = 'en'
  ) {
    return Installations.configure(organizationId, plugin, input, context, locale)
  }

  static deadDeliveries(organizationId: number, plugin: LoadedPlugin) {
    return Deliveries.dead(organizationId, plugin.subscriber)
  }

  /**
   * A delivery of this plugin, looked up within the organization and the
   * plugin, so neither another tenant's id nor one of another subscriber
   * (core notifications, a different plugin) is reachable through this
   * plugin's page: all of them are a 404.
   */
  static async delivery(organizationId: number, plugin: LoadedPlugin, deliveryId: unknown) {
    const id = Number(deliveryId)
    const delivery = Number.isSafeInteger(id)
      ? await EventDelivery.query()
          .withScopes((scopes) => scopes.forOrganization(organizationId))
          .where({ id, subscriber: plugin.subscriber })
          .first()
      : null
    if (!delivery) {
      throw new NotFoundException()
    }
    return delivery
  }

  /** Throws a FormError on `delivery` when it is not dead or the queue is unreachable. */
  static retry(delivery: EventDelivery, context: ActorContext) {
    return Deliveries.retry(delivery.organizationId, delivery.id, context)
  }
}
