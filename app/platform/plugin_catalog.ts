import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Logger } from '@adonisjs/core/logger'
import type {
  AnyEventName,
  BadgeSlotName,
  FilterName,
  ProviderName,
  SlotName,
  SortSlotName,
  SuggestionSlotName,
} from '#platform/catalogue'
import type { Ordering, PluginDefinition, SettingsSchema } from '#platform/define_plugin'
import { validateManifest } from '#platform/manifest'
import {
  collect,
  declaredEvents,
  emptyRegistrations,
  type Handler,
  type LoadedField,
  type LoadedPlugin,
} from '#platform/plugin_registrations'

export type {
  Handler,
  LoadedField,
  LoadedPlugin,
  Panel,
  Registrations,
} from '#platform/plugin_registrations'
export { isPluginEventName } from '#platform/plugin_registrations'

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

  /** Ready plugins' sorts of a list, in discovery order (enablement is checked by the caller). */
  static sorts(slot: SortSlotName) {
    return this.ready().flatMap((plugin) =>
      plugin.hooks.sorts.filter((sort) => sort.slot === slot).map((sort) => ({ plugin, sort }))
    )
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
