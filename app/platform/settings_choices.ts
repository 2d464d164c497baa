import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import { choicesFor, type ResolvedOptions } from '#platform/settings_options'

type Spec = NonNullable<LoadedPlugin['fields'][string]['options']>

/**
 * Where a value is not among its field's choices: the organization's own
 * groups, categories or agents (another organization's id is refused like
 * any made-up one) or the plugin's fixed list. Keys name the cell of a
 * table (`mappings.2.groupId`, a multiselect cell `mappings.2.groupIds`
 * whichever of its elements strays) so the error shows beside it.
 */
function strayValues(
  plugin: LoadedPlugin,
  settings: Record<string, unknown>,
  resolved: ResolvedOptions
) {
  const stray: string[] = []
  const allowed = (spec: Spec) => new Set(choicesFor(spec, resolved)!.map((option) => option.value))
  const check = (key: string, value: unknown, choices: Set<string>) => {
    if (value !== undefined && value !== null && !choices.has(String(value))) stray.push(key)
  }
  for (const [name, field] of Object.entries(plugin.fields)) {
    const value = settings[name]
    if (field.options) {
      const choices = allowed(field.options)
      if (Array.isArray(value))
        value.forEach((item, index) => check(`${name}.${index}`, item, choices))
      else check(name, value, choices)
    }
    if (!field.columns || !Array.isArray(value)) continue
    for (const [column, spec] of Object.entries(field.columns)) {
      if (!spec?.options) continue
      const choices = allowed(spec.options)
      value.forEach((row, index) => {
        const key = `${name}.${index}.${column}`
        const cell: unknown = row?.[column]
        // A multiselect cell is one control: a stray element is reported once, at the cell.
        if (!Array.isArray(cell)) check(key, cell, choices)
        else if (cell.some((item) => !choices.has(String(item)))) stray.push(key)
      })
    }
  }
  return stray
}

/** Throws a FormError naming every value outside its choices, each at its own field or cell. */
export function refuseForeignChoices(
  plugin: LoadedPlugin,
  settings: Record<string, unknown>,
  resolved: ResolvedOptions
) {
  const [first, ...others] = strayValues(plugin, settings, resolved)
  if (!first) return
  const message = msg('Choose one of the listed options.')
  const error = new FormError(first, message, 'options')
  for (const field of others) {
    error.messages.push({
      field,
      message: message.toString(),
      rule: 'options',
      translatable: message,
    })
  }
  throw error
}
