import encryption from '@adonisjs/core/services/encryption'
import vine from '@vinejs/vine'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import { settingsProperties } from '#platform/manifest'
import { choicesFor, type OptionView, type ResolvedOptions } from '#platform/settings_options'
import { refuseForeignChoices } from '#platform/settings_choices'
import { isBoolean, isRows, smoothInput, type JsonProperty } from '#platform/settings_input'
import { labelledMessagesFor } from '#i18n/validation_messages'
import type { Locale } from '#services/locales'

export type SettingsColumnView = {
  name: string
  label: string
  placeholder: string | null
  /** "multiselect": a list property (`vine.array(...)`) with options, one checkbox per option. */
  kind: 'text' | 'number' | 'boolean' | 'select' | 'multiselect'
  /** For a multiselect: at least one option must be ticked (the schema has a minLength). */
  required: boolean
  options: OptionView[]
}

export type SettingsFieldView = {
  name: string
  label: string
  help: string | null
  placeholder: string | null
  kind:
    'text' | 'url' | 'email' | 'number' | 'boolean' | 'select' | 'multiselect' | 'secret' | 'rows'
  required: boolean
  options: OptionView[]
  /** For "rows": the table's columns. */
  columns: SettingsColumnView[]
  min: number | null
  max: number | null
  /** Current value; never set for secrets. */
  value: unknown
  /** For secrets: whether one is stored. */
  isSet: boolean
}

function humanize(name: string) {
  const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ')
  return words.charAt(0).toUpperCase() + words.slice(1).toLowerCase()
}

/**
 * A plugin's settings between the form, the database and its handlers:
 * the form is described from the plugin's VineJS schema, input is
 * validated by that schema, and secret fields are encrypted with APP_KEY
 * before they are stored and never leave the server again.
 */
export default class PluginSettings {
  /**
   * The fields of the settings form, with current values (secrets only say
   * whether they are set) and the organization's choices (`resolved`) for
   * fields and columns whose options come from its data.
   */
  static describe(
    plugin: LoadedPlugin,
    stored: Record<string, unknown>,
    resolved: ResolvedOptions = {}
  ): SettingsFieldView[] {
    const json = plugin.settings?.toJSONSchema() as
      { properties?: Record<string, JsonProperty>; required?: string[] } | undefined
    const required = new Set(json?.required ?? [])
    return Object.entries(json?.properties ?? {}).map(([name, property]) => {
      const secret = plugin.secrets.includes(name)
      const field = plugin.fields[name] ?? {}
      let kind: SettingsFieldView['kind'] = 'text'
      let options: OptionView[] = []
      let columns: SettingsColumnView[] = []
      const choices = choicesFor(field.options, resolved, property.enum ?? property.items?.enum)
      if (secret) {
        kind = 'secret'
      } else if (isBoolean(property)) {
        kind = 'boolean'
      } else if (isRows(property)) {
        kind = 'rows'
        columns = this.columns(plugin, name, property, resolved)
      } else if (property.type === 'array' && choices) {
        kind = 'multiselect'
        options = choices
      } else if (choices) {
        kind = 'select'
        options = choices
      } else if (property.type === 'number' || property.type === 'integer') {
        kind = 'number'
      } else if (property.format === 'uri') {
        kind = 'url'
      } else if (property.format === 'email') {
        kind = 'email'
      }
      return {
        name,
        label: field.label ?? humanize(name),
        help: field.help ?? null,
        placeholder: field.placeholder ?? null,
        kind,
        required: required.has(name),
        options,
        columns,
        min: property.minimum ?? property.minItems ?? null,
        max: property.maximum ?? null,
        value: secret ? null : (stored[name] ?? field.default ?? null),
        isSet: secret ? typeof stored[name] === 'string' && stored[name] !== '' : false,
      }
    })
  }

  private static columns(
    plugin: LoadedPlugin,
    name: string,
    property: JsonProperty,
    resolved: ResolvedOptions
  ): SettingsColumnView[] {
    const required = new Set(property.items?.required ?? [])
    const specs = plugin.fields[name]?.columns ?? {}
    return Object.entries(property.items?.properties ?? {}).map(([column, schema]) => {
      const spec = specs[column] ?? {}
      const list = schema.type === 'array'
      const choices = choicesFor(
        spec.options,
        resolved,
        isBoolean(schema) ? undefined : (schema.enum ?? schema.items?.enum)
      )
      const kind: SettingsColumnView['kind'] = isBoolean(schema)
        ? 'boolean'
        : choices
          ? list
            ? 'multiselect'
            : 'select'
          : schema.type === 'number' || schema.type === 'integer'
            ? 'number'
            : 'text'
      return {
        name: column,
        label: spec.label ?? humanize(column),
        placeholder: spec.placeholder ?? null,
        kind,
        // A list is always sent (none ticked is []), so it is required only when [] is refused.
        required: list ? (schema.minItems ?? 0) > 0 : required.has(column),
        options: choices ?? [],
      }
    })
  }

  /**
   * Validates submitted settings. Form quirks are smoothed first: an
   * unchecked box is false, an empty optional field is absent, and an
   * empty secret keeps the stored one (secrets are never sent back to the
   * browser to be resubmitted). Throws VineJS's validation error, field by field.
   */
  static async validate(
    plugin: LoadedPlugin,
    input: Record<string, unknown>,
    current: Record<string, unknown>,
    locale: Locale = 'en',
    resolved: ResolvedOptions = {}
  ) {
    if (!plugin.settings) {
      return {}
    }
    const properties = settingsProperties(plugin.settings) as Record<string, JsonProperty>
    const prepared = smoothInput(properties, input, current, plugin.secrets)
    // Errors name fields (and table columns) as the form labels them, not by their keys.
    const labels: Record<string, string> = {}
    for (const [name, property] of Object.entries(properties)) {
      labels[name] = plugin.fields[name]?.label ?? humanize(name)
      // VineJS names a cell by its column when no label matches its path (`mappings.2.groupId`).
      for (const column of Object.keys(property.items?.properties ?? {})) {
        if (column in properties) continue
        labels[column] ??= plugin.fields[name]?.columns?.[column]?.label ?? humanize(column)
      }
    }
    const valid = (await vine.create(plugin.settings).validate(prepared, {
      messagesProvider: labelledMessagesFor(locale, labels),
    })) as Record<string, unknown>
    refuseForeignChoices(plugin, valid, resolved)
    return valid
  }

  /** Settings as stored: secrets encrypted. */
  static seal(plugin: LoadedPlugin, settings: Record<string, unknown>) {
    return Object.fromEntries(
      Object.entries(settings).map(([name, value]) => [
        name,
        plugin.secrets.includes(name) && value !== undefined && value !== null
          ? encryption.encrypt(value, { purpose: `plugin:${plugin.id}:${name}` })
          : value,
      ])
    )
  }

  /** Settings as handlers see them: secrets decrypted (a secret that no longer decrypts is absent). */
  static open(plugin: LoadedPlugin, stored: Record<string, unknown>) {
    return Object.fromEntries(
      Object.entries(stored).flatMap(([name, value]) => {
        if (!plugin.secrets.includes(name) || typeof value !== 'string') {
          return [[name, value]]
        }
        const plain = encryption.decrypt(value, `plugin:${plugin.id}:${name}`)
        return plain === null ? [] : [[name, plain]]
      })
    )
  }

  /** Settings for logs and the audit trail: secrets masked. */
  static redacted(plugin: LoadedPlugin, settings: Record<string, unknown>) {
    return Object.fromEntries(
      Object.entries(settings).map(([name, value]) => [
        name,
        plugin.secrets.includes(name) ? '[secret]' : value,
      ])
    )
  }
}
