import logger from '@adonisjs/core/services/logger'
import { DateTime } from 'luxon'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import PluginInstallation from '#models/plugin_installation'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import PluginCatalog, { type LoadedPlugin } from '#platform/plugin_catalog'
import PluginSettings from '#platform/plugin_settings'
import { resolveOptions } from '#platform/settings_options'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'
import type { Locale } from '#services/locales'

/**
 * How long a process trusts what it read about an organization's plugins.
 * Every web and worker process re-reads within this time, so enabling,
 * disabling or reconfiguring a plugin takes effect everywhere within about
 * a second, with no restart and no message bus to lose.
 */
const FRESH_FOR_MS = 1000

export type ActivePlugin = { plugin: LoadedPlugin; settings: Record<string, unknown> }

type Snapshot = { readAt: number; active: Map<string, ActivePlugin> }
const snapshots = new Map<number, Snapshot>()

/**
 * Which plugins each organization enabled, with their settings: the
 * switch the hooks read before every dispatch, and the admin actions that
 * flip it.
 */
export default class Installations {
  /** The organization's enabled plugins that loaded, settings decrypted. */
  static async active(organizationId: number, client?: QueryClientContract) {
    const cached = snapshots.get(organizationId)
    if (cached && Date.now() - cached.readAt < FRESH_FOR_MS) {
      return cached.active
    }
    const rows = await PluginInstallation.query({ client })
      .where('organization_id', organizationId)
      .where('enabled', true)
    const active = new Map<string, ActivePlugin>()
    for (const row of rows) {
      const plugin = PluginCatalog.find(row.pluginId)
      if (plugin?.status === 'ready') {
        active.set(plugin.id, { plugin, settings: PluginSettings.open(plugin, row.settings ?? {}) })
      }
    }
    snapshots.set(organizationId, { readAt: Date.now(), active })
    return active
  }

  static async isActive(organizationId: number, pluginId: string) {
    const active = await this.active(organizationId)
    return active.get(pluginId) ?? null
  }

  /** Organizations where the plugin is enabled (schedules run once for each). */
  static async organizationsWith(pluginId: string) {
    const rows = await PluginInstallation.query()
      .where('plugin_id', pluginId)
      .where('enabled', true)
      .select('organization_id')
    return rows.map((row) => row.organizationId)
  }

  static async forOrganization(organizationId: number) {
    const rows = await PluginInstallation.query().where('organization_id', organizationId)
    return new Map(rows.map((row) => [row.pluginId, row]))
  }

  static async find(organizationId: number, pluginId: string) {
    return PluginInstallation.query()
      .where({ organization_id: organizationId, plugin_id: pluginId })
      .first()
  }

  private static async findOrNew(organizationId: number, pluginId: string) {
    return (
      (await this.find(organizationId, pluginId)) ??
      new PluginInstallation().merge({ organizationId, pluginId, enabled: false, settings: {} })
    )
  }

  /** A plugin that failed to load cannot be switched on; its settings must be valid first. */
  static async enable(organizationId: number, plugin: LoadedPlugin, context: ActorContext) {
    if (plugin.status !== 'ready') {
      throw new FormError(
        'enabled',
        msg('{plugin} failed to load: {error}', { plugin: plugin.id, error: plugin.error ?? '' })
      )
    }
    const installation = await this.findOrNew(organizationId, plugin.id)
    // Stored groups, categories and agents are checked against the organization's, as on save:
    // without them every stored id would look foreign and no such plugin could be enabled.
    const choices = await resolveOptions(plugin, organizationId)
    try {
      await PluginSettings.validate(
        plugin,
        PluginSettings.open(plugin, installation.settings),
        PluginSettings.open(plugin, installation.settings),
        'en',
        choices
      )
    } catch {
      throw new FormError(
        'enabled',
        msg('Complete the settings of {plugin} before enabling it.', {
          plugin: plugin.manifest?.name ?? plugin.id,
        })
      )
    }
    return this.setEnabled(installation, true, context)
  }

  static async disable(organizationId: number, pluginId: string, context: ActorContext) {
    const installation = await this.findOrNew(organizationId, pluginId)
    return this.setEnabled(installation, false, context)
  }

  private static async setEnabled(
    installation: PluginInstallation,
    enabled: boolean,
    context: ActorContext
  ) {
    if (installation.$isPersisted && installation.enabled === enabled) {
      return installation
    }
    installation.enabled = enabled
    await installation.save()
    snapshots.delete(installation.organizationId)
    await AuditLogService.record(context, {
      organizationId: installation.organizationId,
      action: enabled ? 'plugin.enabled' : 'plugin.disabled',
      entityType: 'plugin',
      entityId: installation.pluginId,
    })
    return installation
  }

  /** Validates and stores settings; empty secret fields keep the stored secret. */
  static async configure(
    organizationId: number,
    plugin: LoadedPlugin,
    input: Record<string, unknown>,
    context: ActorContext,
    locale: Locale = 'en'
  ) {
    /** A plugin that failed to load has no schema: saving would wipe its stored settings. */
    if (plugin.status !== 'ready') {
      throw new FormError(
        'settings',
        msg('{plugin} failed to load: {error}', { plugin: plugin.id, error: plugin.error ?? '' })
      )
    }
    const installation = await this.findOrNew(organizationId, plugin.id)
    const current = PluginSettings.open(plugin, installation.settings ?? {})
    const choices = await resolveOptions(plugin, organizationId)
    const settings = await PluginSettings.validate(plugin, input, current, locale, choices)
    installation.settings = PluginSettings.seal(plugin, settings)
    await installation.save()
    snapshots.delete(organizationId)
    await AuditLogService.record(context, {
      organizationId,
      action: 'plugin.configured',
      entityType: 'plugin',
      entityId: plugin.id,
      oldValues: PluginSettings.redacted(plugin, current),
      newValues: PluginSettings.redacted(plugin, settings),
    })
    return installation
  }

  /**
   * Remembers a plugin's failure against the organization's installation,
   * for Admin → Plugins. Never throws: recording a failure must not become one.
   */
  static async recordError(organizationId: number, pluginId: string, hook: string, error: unknown) {
    const message = error instanceof Error ? error.message : String(error)
    try {
      await PluginInstallation.query()
        .where({ organization_id: organizationId, plugin_id: pluginId })
        .update({
          last_error: message.slice(0, 2000),
          last_error_hook: hook,
          last_error_at: DateTime.now().toJSDate(),
        })
    } catch (failure) {
      logger.error({ err: failure, plugin: pluginId, hook }, 'could not record a plugin error')
    }
  }

  /** Forgets what this process read, so the next dispatch reads again (tests, admin changes). */
  static forget(organizationId?: number) {
    if (organizationId === undefined) {
      snapshots.clear()
    } else {
      snapshots.delete(organizationId)
    }
  }
}
