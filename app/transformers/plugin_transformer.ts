import { BaseTransformer } from '@adonisjs/core/transformers'
import PluginSettings from '#platform/plugin_settings'
import type { PluginEntry } from '#services/plugin_admin'
import { snake } from '#helpers/api_json'

export type PluginStatus = 'enabled' | 'disabled' | 'error'

/**
 * A discovered plugin for one organization. Settings only ever leave the
 * server through PluginSettings.describe, which never includes a secret's
 * value (only whether one is stored).
 */
export default class PluginTransformer extends BaseTransformer<PluginEntry> {
  toObject() {
    const { plugin, installation, deliveries } = this.resource
    const status: PluginStatus =
      plugin.status === 'error' ? 'error' : installation?.enabled ? 'enabled' : 'disabled'
    return {
      id: plugin.id,
      name: plugin.manifest?.name ?? plugin.id,
      version: plugin.manifest?.version ?? null,
      description: plugin.manifest?.description ?? null,
      status,
      /** Why the plugin failed to load (status "error"). */
      error: plugin.error,
      /** The organization's switch; may stay on for a plugin that later failed to load. */
      enabled: installation?.enabled ?? false,
      lastError: installation?.lastError
        ? {
            message: installation.lastError,
            hook: installation.lastErrorHook,
            at: installation.lastErrorAt?.toISO() ?? null,
          }
        : null,
      deliveries: { ok: deliveries.ok, retried: deliveries.retried, dead: deliveries.dead },
    }
  }

  /** With the generated settings form: one entry per field, current values but no secret. */
  forDetail() {
    const { plugin, installation, options } = this.resource
    return {
      ...this.toObject(),
      fields: PluginSettings.describe(plugin, installation?.settings ?? {}, options),
    }
  }

  /**
   * The API's view: `settings` holds the current values, a secret only as
   * `<name>Set` (snake-cased on the way out like every key), and `fields`
   * describes the form with the names the API accepts.
   */
  forApi() {
    const { plugin, installation, options } = this.resource
    const fields = PluginSettings.describe(plugin, installation?.settings ?? {}, options)
    return {
      ...this.toObject(),
      settings: Object.fromEntries(
        fields.map((field) =>
          field.kind === 'secret' ? [`${field.name}Set`, field.isSet] : [field.name, field.value]
        )
      ) as Record<string, unknown>,
      fields: fields.map(({ value: _value, isSet: _isSet, ...field }) => ({
        ...field,
        name: snake(field.name),
        columns: field.columns.map((column) => ({ ...column, name: snake(column.name) })),
      })),
    }
  }
}
