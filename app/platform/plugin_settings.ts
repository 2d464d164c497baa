import encryption from '@adonisjs/core/services/encryption'
import vine from '@vinejs/vine'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import { settingsProperties } from '#platform/manifest'
import { labelledMessagesFor } from '#i18n/validation_messages'
import type { Locale } from '#services/locales'

type JsonProperty = {
  type?: string
  enum?: unknown[]
  items?: { enum?: unknown[]; type?: string }
  format?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
}

/** VineJS describes vine.boolean() as an enum of the values it accepts. */
function isBoolean(property: JsonProperty) {
  return !!property.enum?.includes(true) && property.enum.includes(false)
}

export type SettingsFieldView = {
  name: string
  label: string
  help: string | null
  placeholder: string | null
  kind: 'text' | 'url' | 'email' | 'number' | 'boolean' | 'select' | 'multiselect' | 'secret'
  required: boolean
  options: string[]
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
  /** The fields of the settings form, with current values (secrets only say whether they are set). */
  static describe(plugin: LoadedPlugin, stored: Record<string, unknown>): SettingsFieldView[] {
    const json = plugin.settings?.toJSONSchema() as
      { properties?: Record<string, JsonProperty>; required?: string[] } | undefined
    const required = new Set(json?.required ?? [])
    return Object.entries(json?.properties ?? {}).map(([name, property]) => {
      const secret = plugin.secrets.includes(name)
      const field = plugin.fields[name] ?? {}
      let kind: SettingsFieldView['kind'] = 'text'
      let options: string[] = []
      if (secret) {
        kind = 'secret'
      } else if (isBoolean(property)) {
        kind = 'boolean'
      } else if (property.enum) {
        kind = 'select'
        options = property.enum.map(String)
      } else if (property.type === 'array' && property.items?.enum) {
        kind = 'multiselect'
        options = property.items.enum.map(String)
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
        min: property.minimum ?? property.minItems ?? null,
        max: property.maximum ?? null,
        value: secret ? null : (stored[name] ?? null),
        isSet: secret ? typeof stored[name] === 'string' && stored[name] !== '' : false,
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
    locale: Locale = 'en'
  ) {
    if (!plugin.settings) {
      return {}
    }
    const properties = settingsProperties(plugin.settings) as Record<string, JsonProperty>
    const prepared: Record<string, unknown> = {}
    for (const [name, property] of Object.entries(properties)) {
      let value = input[name]
      /** The body parser turns an empty form field into null, so null keeps a secret too. */
      if (
        plugin.secrets.includes(name) &&
        (value === undefined || value === null || value === '')
      ) {
        value = current[name]
      }
      if (isBoolean(property)) {
        value = value === undefined || value === null || value === '' ? false : value
      } else if (property.type === 'array' && value !== undefined && !Array.isArray(value)) {
        value = value === '' ? [] : [value]
      } else if (value === '') {
        value = undefined
      }
      if (value !== undefined) {
        prepared[name] = value
      }
    }
    // Errors name fields as the form labels them, not by their keys.
    const labels = Object.fromEntries(
      Object.keys(properties).map((name) => [name, plugin.fields[name]?.label ?? humanize(name)])
    )
    return vine.create(plugin.settings).validate(prepared, {
      messagesProvider: labelledMessagesFor(locale, labels),
    }) as Promise<Record<string, unknown>>
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
