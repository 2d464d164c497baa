import { SORT_SLOTS, type SortSlotName } from '#platform/catalogue'
import { tablePrefix } from '#platform/plugin_tables'

/**
 * A plugin's sort of a list the core draws (`hooks.sort`). Sorting must
 * happen in SQL over the whole list, not per page, so a sort is declared,
 * never run: a column of one of the plugin's own tables, which the core
 * joins on (organization_id, ticket_id). Table and column are checked
 * here, at load, because they become identifiers in SQL; a request only
 * ever names a sort, and the core looks the registration up.
 */

export type SortDirection = 'asc' | 'desc'

export type SortOptions = {
  /** Lower-case words joined by dashes, unique within the plugin: "sla-due". */
  name: string
  /** What the sort picker shows: "SLA due soonest". */
  label: string
  /**
   * One of the plugin's own tables (`<plugin id in snake case>_…`), with
   * `organization_id` and `ticket_id` columns and at most one row per ticket.
   */
  table: string
  /** The column to order by; tickets without a row come last, whatever the direction. */
  column: string
  direction: SortDirection
}

export type SortRegistration = SortOptions & { slot: SortSlotName }

const DIRECTIONS: readonly SortDirection[] = ['asc', 'desc']
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/
const NAME_MAX = 40
const LABEL_MAX = 80
const IDENTIFIER = /^[a-z_][a-z0-9_]*$/
/** PostgreSQL cuts identifiers at 63 bytes; a longer one would name another table. */
const IDENTIFIER_MAX = 63

/** How a list's `sort` filter names a plugin's sort: `plugin:<plugin id>:<sort name>`. */
export function pluginSortValue(pluginId: string, name: string) {
  return `plugin:${pluginId}:${name}`
}

/** The shape of a plugin sort's value (plugin ids: lower case, digits, dashes); whether it exists is decided per organization. */
export const PLUGIN_SORT_VALUE = /^plugin:[a-z][a-z0-9-]*:[a-z][a-z0-9-]*$/

export function parsePluginSortValue(value: string | undefined) {
  if (!value || !PLUGIN_SORT_VALUE.test(value)) return null
  const [, pluginId, name] = value.split(':')
  return { pluginId, name }
}

/** The registrar's `sort`; `refuse` throws the manifest error, so a bad sort is a load error. */
export function sortRegistrar(
  pluginId: string,
  sorts: SortRegistration[],
  refuse: (message: string) => never
) {
  const identifier = (value: unknown, what: string, name: string) => {
    if (typeof value !== 'string' || !IDENTIFIER.test(value) || value.length > IDENTIFIER_MAX) {
      refuse(`sort "${name}": ${what} "${String(value)}" must match [a-z_][a-z0-9_]* (at most 63)`)
    }
    return value
  }

  return {
    sort(slot: SortSlotName, options: SortOptions) {
      if (!SORT_SLOTS.includes(slot)) refuse(`unknown sort slot "${slot}"`)
      const name = options?.name
      if (typeof name !== 'string' || !NAME.test(name) || name.length > NAME_MAX) {
        refuse(`sort name "${String(name)}" must be lower-case words joined by dashes`)
      }
      if (sorts.some((sort) => sort.name === name)) refuse(`registers sort "${name}" twice`)
      const label = typeof options.label === 'string' ? options.label.trim() : ''
      if (!label || label.length > LABEL_MAX) {
        refuse(`sort "${name}" needs a label of at most ${LABEL_MAX} characters`)
      }
      const table = identifier(options.table, 'table', name)
      const prefix = tablePrefix(pluginId)
      if (!table.startsWith(prefix) || table === prefix) {
        refuse(`sort "${name}": table "${table}" is not one of ${pluginId}'s own (${prefix}…)`)
      }
      const column = identifier(options.column, 'column', name)
      if (!DIRECTIONS.includes(options.direction)) {
        refuse(`sort "${name}": direction must be 'asc' or 'desc'`)
      }
      sorts.push({ slot, name, label, table, column, direction: options.direction })
    },
  }
}
