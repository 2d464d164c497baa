import db from '@adonisjs/lucid/services/db'
import type { SettingsField, SettingsOptionsSource } from '#platform/define_plugin'
import type { LoadedPlugin } from '#platform/plugin_catalog'

export type OptionView = { value: string; label: string }

/** The organization's choices for each options source a plugin's form uses. */
export type ResolvedOptions = Partial<Record<SettingsOptionsSource, OptionView[]>>

export const OPTIONS_SOURCES: readonly SettingsOptionsSource[] = ['groups', 'categories', 'agents']

type OptionsSpec = SettingsField['options']

const readers: Record<SettingsOptionsSource, (organizationId: number) => Promise<OptionView[]>> = {
  async groups(organizationId) {
    const rows = await db
      .from('groups')
      .where('organization_id', organizationId)
      .orderBy('position')
      .orderBy('name')
      .select('id', 'name')
    return rows.map((row) => ({ value: String(row.id), label: row.name }))
  },
  async categories(organizationId) {
    const rows = await db
      .from('categories')
      .join('groups', 'groups.id', 'categories.group_id')
      .where('categories.organization_id', organizationId)
      .orderBy('groups.position')
      .orderBy('groups.name')
      .orderBy('categories.position')
      .orderBy('categories.name')
      .select('categories.id', 'categories.name', 'groups.name as group_name')
    return rows.map((row) => ({ value: String(row.id), label: `${row.group_name} › ${row.name}` }))
  },
  async agents(organizationId) {
    const rows = await db
      .from('users')
      .where('organization_id', organizationId)
      .where('is_active', true)
      .whereIn('role', ['admin', 'agent'])
      .orderBy('name')
      .select('id', 'name')
    return rows.map((row) => ({ value: String(row.id), label: row.name }))
  },
}

/** Every options spec of the plugin's form: top-level fields' and table columns'. */
function specsOf(plugin: LoadedPlugin): OptionsSpec[] {
  return Object.values(plugin.fields).flatMap((field) => [
    field.options,
    ...Object.values(field.columns ?? {}).map((column) => column?.options),
  ])
}

export function isOptionsSource(spec: unknown): spec is SettingsOptionsSource {
  return typeof spec === 'string' && (OPTIONS_SOURCES as readonly string[]).includes(spec)
}

/**
 * Reads, for one organization, the data behind the options sources the
 * plugin's form uses (one query per source used, none otherwise).
 */
export async function resolveOptions(
  plugin: LoadedPlugin,
  organizationId: number
): Promise<ResolvedOptions> {
  const used = new Set(specsOf(plugin).filter(isOptionsSource))
  const entries = await Promise.all(
    [...used].map(async (source) => [source, await readers[source](organizationId)] as const)
  )
  return Object.fromEntries(entries)
}

/** The choices of one field or column: the organization's data, a fixed list, or the schema's enum. */
export function choicesFor(
  spec: OptionsSpec,
  resolved: ResolvedOptions,
  schemaEnum?: unknown[]
): OptionView[] | null {
  if (isOptionsSource(spec)) {
    return resolved[spec] ?? []
  }
  if (Array.isArray(spec)) {
    return spec.map((value) => ({ value: String(value), label: String(value) }))
  }
  if (schemaEnum) {
    return schemaEnum.map((value) => ({ value: String(value), label: String(value) }))
  }
  return null
}
