import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Logger } from '@adonisjs/core/logger'
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
import { ManifestError, validateManifest, type Manifest } from '#platform/manifest'
import { parseInterval } from '#platform/interval'
import { emptySurfaces, surfaceRegistrar, type Surfaces } from '#platform/plugin_surfaces'

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

function emptyRegistrations(): Registrations {
  return {
    events: new Map(),
    filters: new Map(),
    providers: new Map(),
    schedules: [],
    panels: [],
    badges: new Map(),
    suggestions: new Map(),
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
function declaredEvents(definition: PluginDefinition<SettingsSchema | undefined>) {
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
function collect(definition: PluginDefinition<SettingsSchema | undefined>, builtin = false) {
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
    ...surfaceRegistrar(hooks, refuse),
  })
  return hooks
}

/** 'pre' first, then unmarked, then 'post'; discovery order within; `before` moves a handler up. */
function ordered<T extends Ordering>(handlers: Handler<T>[]) {
  const bucket = (options: Ordering) =>
    options.order === 'pre' ? 0 : options.order === 'post' ? 2 : 1
  const list = [...handlers].sort((a, b) => bucket(a.options) - bucket(b.options))
  for (const entry of [...list]) {
    const target = entry.options.before
    if (!target) continue
    const from = list.indexOf(entry)
    const to = list.findIndex((other) => other.plugin.id === target)
    if (to !== -1 && to < from) {
      list.splice(from, 1)
      list.splice(to, 0, entry)
    }
  }
  return list
}

let plugins: LoadedPlugin[] = []
let builtins: LoadedPlugin[] = []

/**
 * One event name, one owner: a plugin declaring an event another plugin
 * (found earlier) already declared does not load, so nobody can emit in
 * another plugin's name.
 */
function refuseSharedEvents(found: LoadedPlugin[], logger?: Logger) {
  const owners = new Map<string, string>()
  for (const plugin of found) {
    if (plugin.status !== 'ready') continue
    const taken = [...plugin.events.keys()].find((name) => owners.has(name))
    if (taken) {
      plugin.status = 'error'
      plugin.error = `event "${taken}" is already declared by ${owners.get(taken)}`
      logger?.error({ plugin: plugin.id }, `plugin ${plugin.id} not loaded: ${plugin.error}`)
      continue
    }
    for (const name of plugin.events.keys()) owners.set(name, plugin.id)
  }
}

/**
 * The plugins found at boot, with what each registered. A plugin that
 * fails to load, validate or register is kept with status "error" and its
 * reason, shown in Admin → Plugins; the application boots regardless.
 */
export default class PluginCatalog {
  static async discover(roots: string[], appRoot: string, logger?: Logger) {
    const coreVersion = JSON.parse(readFileSync(join(appRoot, 'package.json'), 'utf8')).version
    const found: LoadedPlugin[] = []
    for (const root of roots) {
      const absolute = join(appRoot, root)
      if (!existsSync(absolute)) continue
      const folders = readdirSync(absolute, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
      for (const name of folders) {
        const folder = join(absolute, name)
        const entry = ['plugin.ts', 'plugin.js']
          .map((file) => join(folder, file))
          .find((file) => existsSync(file))
        if (entry) {
          found.push(await this.load(name, folder, entry, coreVersion, logger))
        }
      }
    }
    refuseSharedEvents(found, logger)
    plugins = found
    return found
  }

  private static async load(
    name: string,
    folder: string,
    entry: string,
    coreVersion: string,
    logger?: Logger
  ): Promise<LoadedPlugin> {
    const plugin: LoadedPlugin = {
      id: name,
      builtin: false,
      subscriber: `plugin:${name}`,
      folder,
      status: 'error',
      error: null,
      manifest: null,
      settings: undefined,
      secrets: [],
      fields: {},
      events: new Map(),
      hooks: emptyRegistrations(),
    }
    try {
      const module = await import(pathToFileURL(entry).href)
      plugin.manifest = await validateManifest(module.default, name, coreVersion)
      const definition = module.default as PluginDefinition<SettingsSchema | undefined>
      plugin.settings = definition.settings
      plugin.secrets = (definition.secrets ?? []) as string[]
      plugin.fields = (definition.fields ?? {}) as Record<string, LoadedField>
      plugin.events = declaredEvents(definition)
      plugin.hooks = collect(definition)
      plugin.status = 'ready'
    } catch (error) {
      plugin.error = error instanceof Error ? error.message : String(error)
      logger?.error({ plugin: name, err: error }, `plugin ${name} not loaded: ${plugin.error}`)
    }
    return plugin
  }

  /**
   * Adds a part of the core written as a plugin (e-mail notifications):
   * registered by its provider at boot, so the platform never imports it.
   * It is always enabled, has no settings and is not listed or switchable
   * in Admin → Plugins; its events travel the same reliable path.
   */
  static registerBuiltin(definition: PluginDefinition<undefined>) {
    const plugin: LoadedPlugin = {
      id: definition.id,
      builtin: true,
      subscriber: `core:${definition.id}`,
      folder: '',
      status: 'ready',
      error: null,
      manifest: {
        id: definition.id,
        name: definition.name,
        version: definition.version,
        description: definition.description,
        requires: definition.requires,
      },
      settings: undefined,
      secrets: [],
      fields: {},
      events: new Map(),
      hooks: collect(definition, true),
    }
    builtins = [...builtins.filter((existing) => existing.id !== plugin.id), plugin]
    return plugin
  }

  /** The discovered plugins (what Admin → Plugins lists); built-ins are not among them. */
  static all() {
    return plugins
  }

  static builtins() {
    return builtins
  }

  /** The plugin or built-in an event delivery is for, by its `subscriber` column. */
  static bySubscriber(key: string) {
    return [...builtins, ...plugins].find((plugin) => plugin.subscriber === key) ?? null
  }

  static find(id: string) {
    return plugins.find((plugin) => plugin.id === id) ?? null
  }

  static ready() {
    return plugins.filter((plugin) => plugin.status === 'ready')
  }

  /** The plugin that declared a plugin event, if one loaded. */
  static declarerOf(event: string) {
    return this.ready().find((plugin) => plugin.events.has(event)) ?? null
  }

  static badges(slot: BadgeSlotName) {
    return this.ready().flatMap((plugin) => {
      const loader = plugin.hooks.badges.get(slot)
      return loader ? [{ plugin, loader }] : []
    })
  }

  static suggestions(slot: SuggestionSlotName) {
    return this.ready().flatMap((plugin) => {
      const loader = plugin.hooks.suggestions.get(slot)
      return loader ? [{ plugin, loader }] : []
    })
  }

  /** Built-ins and ready plugins with a handler for the event (enablement is checked by the caller). */
  static subscribers(event: AnyEventName) {
    return [...builtins, ...this.ready()].filter((plugin) => plugin.hooks.events.has(event))
  }

  static filters(name: FilterName) {
    return ordered(
      this.ready().flatMap((plugin) => {
        const entry = plugin.hooks.filters.get(name)
        return entry ? [{ plugin, handler: entry.handler, options: entry.options }] : []
      })
    )
  }

  static providers(name: ProviderName) {
    return ordered(
      this.ready().flatMap((plugin) => {
        const entry = plugin.hooks.providers.get(name)
        return entry ? [{ plugin, handler: entry.handler, options: entry.options }] : []
      })
    )
  }

  static panels(slot: SlotName) {
    return this.ready().flatMap((plugin) =>
      plugin.hooks.panels.filter((panel) => panel.slot === slot).map((panel) => ({ plugin, panel }))
    )
  }
}
