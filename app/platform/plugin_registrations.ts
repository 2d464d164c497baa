import {
  BADGE_SLOTS,
  CORE_EVENT_NAMESPACES,
  EVENTS,
  INTERNAL_EVENTS,
  FILTER_BUDGETS,
  PLUGIN_EVENT_NAME,
  PLUGIN_EVENT_NAME_MAX,
  PROVIDER_BUDGETS,
  SLOTS,
  SUGGESTION_SLOTS,
  type AnyEventName,
  type BadgeSlotName,
  type EventName,
  type FilterName,
  type ProviderName,
  type SlotName,
  type SuggestionSlotName,
} from '#platform/catalogue'
import type {
  EventDeclaration,
  Ordering,
  PluginDefinition,
  SettingsColumn,
  SettingsSchema,
  SettingsField,
} from '#platform/define_plugin'
import { ManifestError, type Manifest } from '#platform/manifest'
import { parseInterval } from '#platform/interval'
import { emptySurfaces, surfaceRegistrar, type Surfaces } from '#platform/plugin_surfaces'
import { sortRegistrar, type SortRegistration } from '#platform/plugin_sorts'

/**
 * What one plugin declares: the shape the catalogue keeps per plugin, and
 * the collector that runs its `register(hooks)` and checks every
 * registration against the hook catalogue.
 */
type AnyHandler = (...args: any[]) => any

/** A settings field as the form builder reads it, columns untyped. */
export type LoadedField = Omit<SettingsField, 'columns'> & {
  columns?: Record<string, SettingsColumn | undefined>
}

export type Panel = {
  slot: SlotName
  component: string
  label: string
  data?: AnyHandler
}

export type Registrations = {
  events: Map<AnyEventName, { handler: AnyHandler; attempts: number }>
  filters: Map<FilterName, { handler: AnyHandler; options: Ordering }>
  providers: Map<ProviderName, { handler: AnyHandler; options: Ordering }>
  schedules: { name: string; every: number; budget: number; handler: AnyHandler }[]
  panels: Panel[]
  badges: Map<BadgeSlotName, AnyHandler>
  suggestions: Map<SuggestionSlotName, AnyHandler>
  sorts: SortRegistration[]
} & Surfaces

export type LoadedPlugin = {
  id: string
  /** Part of the core (e-mail notifications): always enabled, never listed in Admin → Plugins. */
  builtin: boolean
  /** How event deliveries name it: "plugin:<id>", or "core:<id>" for a built-in. */
  subscriber: string
  /** Absolute path of the plugin's folder. */
  folder: string
  status: 'ready' | 'error'
  error: string | null
  manifest: Manifest | null
  settings: SettingsSchema | undefined
  secrets: string[]
  fields: Record<string, LoadedField>
  /** The events this plugin declared and alone may emit. */
  events: Map<string, EventDeclaration>
  hooks: Registrations
}

export type Handler<T> = { plugin: LoadedPlugin; handler: AnyHandler; options: T }

const DEFAULT_ATTEMPTS = 5

export function emptyRegistrations(): Registrations {
  return {
    events: new Map(),
    filters: new Map(),
    providers: new Map(),
    schedules: [],
    panels: [],
    badges: new Map(),
    suggestions: new Map(),
    sorts: [],
    ...emptySurfaces(),
  }
}

/** A well-formed plugin event name, outside the core's namespaces. */
export function isPluginEventName(name: string) {
  return (
    name.length <= PLUGIN_EVENT_NAME_MAX &&
    PLUGIN_EVENT_NAME.test(name) &&
    !CORE_EVENT_NAMESPACES.includes(name.split('.')[0])
  )
}

/** The events a plugin declares, checked for shape; the catalogue checks collisions between plugins. */
export function declaredEvents(definition: PluginDefinition<SettingsSchema | undefined>) {
  const events = new Map<string, EventDeclaration>()
  const declared = (definition.events ?? {}) as Record<string, EventDeclaration | undefined>
  for (const [name, declaration] of Object.entries(declared)) {
    if (!isPluginEventName(name)) {
      throw new ManifestError(
        `event "${name}" must be named <namespace>.<name> (lower case, at most ${PLUGIN_EVENT_NAME_MAX} characters) outside the core's namespaces (${CORE_EVENT_NAMESPACES.join(', ')})`
      )
    }
    events.set(name, { description: String(declaration?.description ?? '') })
  }
  return events
}

/**
 * Collects what a plugin's `register(hooks)` declares, refusing names
 * outside the catalogue (a plugin written in plain JavaScript escapes the
 * type check) and double registrations.
 */
export function collect(definition: PluginDefinition<SettingsSchema | undefined>, builtin = false) {
  const hooks = emptyRegistrations()
  const refuse = (message: string): never => {
    throw new ManifestError(message)
  }
  definition.register({
    on(name, handler, options) {
      /** Another plugin's event may be declared by a plugin that is not installed: only its shape is checked. */
      const internal = builtin && (INTERNAL_EVENTS as readonly string[]).includes(name)
      if (!EVENTS.includes(name as EventName) && !isPluginEventName(name) && !internal)
        refuse(`unknown event "${name}"`)
      if (hooks.events.has(name)) refuse(`registers event "${name}" twice`)
      hooks.events.set(name, { handler, attempts: options?.attempts ?? DEFAULT_ATTEMPTS })
    },
    filter(name, handler, options) {
      if (!(name in FILTER_BUDGETS)) refuse(`unknown filter "${name}"`)
      if (hooks.filters.has(name)) refuse(`registers filter "${name}" twice`)
      hooks.filters.set(name, { handler, options: options ?? {} })
    },
    provide(name, handler, options) {
      if (!(name in PROVIDER_BUDGETS)) refuse(`unknown provider "${name}"`)
      if (hooks.providers.has(name)) refuse(`registers provider "${name}" twice`)
      hooks.providers.set(name, { handler, options: options ?? {} })
    },
    schedule(name, options, handler) {
      if (!/^[a-z0-9][a-z0-9_-]*$/.test(name)) refuse(`schedule name "${name}" is not a slug`)
      if (hooks.schedules.some((s) => s.name === name)) refuse(`registers schedule "${name}" twice`)
      const every = parseInterval(options.every)
      const budget = options.budget === undefined ? every : parseInterval(options.budget)
      hooks.schedules.push({ name, every, budget, handler })
    },
    panel(slot, component, options) {
      if (!SLOTS.includes(slot)) refuse(`unknown UI slot "${slot}"`)
      if (!/^[A-Z][A-Za-z0-9]*$/.test(component))
        refuse(`component "${component}" is not PascalCase`)
      hooks.panels.push({
        slot,
        component,
        label: options?.label ?? definition.name,
        data: options?.data,
      })
    },
    badges(slot, loader) {
      if (!BADGE_SLOTS.includes(slot)) refuse(`unknown badge slot "${slot}"`)
      if (hooks.badges.has(slot)) refuse(`registers badges for "${slot}" twice`)
      hooks.badges.set(slot, loader)
    },
    suggest(slot, loader) {
      if (!SUGGESTION_SLOTS.includes(slot)) refuse(`unknown suggestion slot "${slot}"`)
      if (hooks.suggestions.has(slot)) refuse(`registers suggestions for "${slot}" twice`)
      hooks.suggestions.set(slot, loader)
    },
    ...sortRegistrar(definition.id, hooks.sorts, refuse),
    ...surfaceRegistrar(hooks, refuse),
  })
  return hooks
}
