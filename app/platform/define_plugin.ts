import type { Logger } from '@adonisjs/core/logger'
import type { HttpRouterService } from '@adonisjs/core/types'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { VineObject } from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import type {
  EventHooks,
  EventName,
  FilterHooks,
  FilterName,
  PanelData,
  ProviderHooks,
  ProviderName,
  SlotName,
  SlotProps,
} from '#platform/catalogue'
import type { Host } from '#platform/host'

export type SettingsSchema = VineObject<any, any, any, any>
export type EmptySettings = Record<string, never>
export type SettingsOf<Schema> = Schema extends SettingsSchema ? Infer<Schema> : EmptySettings

/**
 * What every handler receives besides its payload: who it runs for, the
 * settings, a logger, a signal, and the host API (`tickets`, `users`,
 * `taxonomy`, `mail`, `store`, `db`, `http`, `events`), all scoped to
 * `organizationId` and acting as the plugin.
 */
export type PluginContext<Settings> = Host & {
  pluginId: string
  organizationId: number
  /** The organization's settings for this plugin, validated, secrets decrypted. */
  settings: Settings
  /** A logger that stamps every line with the plugin id and the hook. */
  logger: Logger
  /** Fires when the handler's time budget runs out or the worker shuts down: stop, and pass it on to fetch. */
  signal: AbortSignal
}

/** The context of filters, providers and panel loaders (kept as a name for readability). */
export type InRequestContext<Settings> = PluginContext<Settings>

export type EventContext<Settings> = PluginContext<Settings> & {
  event: { id: number; name: EventName; occurredAt: string }
  /** The (event, plugin) delivery's id, the same on every retry. */
  deliveryId: number
  /** Stable across the retries of this (event, plugin) delivery. */
  idempotencyKey: string
  /** 1 on the first try. */
  attempt: number
  /**
   * Runs `work` at most once per delivery and `step` name: a retry after a
   * crash skips steps that completed. Database work done through `trx`
   * commits together with the step's record, so it happens exactly once;
   * a call to another service is recorded after it returns, so a crash in
   * between repeats it (pass `idempotencyKey` along where the service
   * accepts one).
   */
  once<T>(step: string, work: (trx: TransactionClientContract) => Promise<T>): Promise<T | null>
}

export type EventHandler<K extends EventName, Settings> = (
  payload: EventHooks[K],
  context: EventContext<Settings>
) => Promise<void> | void

export type FilterHandler<K extends FilterName, Settings> = (
  value: FilterHooks[K]['value'],
  context: InRequestContext<Settings> & FilterHooks[K]['context']
) => Promise<FilterHooks[K]['value']> | FilterHooks[K]['value']

export type ProviderHandler<K extends ProviderName, Settings> = (
  input: ProviderHooks[K]['input'],
  context: InRequestContext<Settings>
) => Promise<ProviderHooks[K]['result'] | null> | ProviderHooks[K]['result'] | null

export type ScheduleHandler<Settings> = (context: PluginContext<Settings>) => Promise<void> | void

export type PanelLoader<K extends SlotName, Settings> = (
  props: SlotProps[K],
  context: InRequestContext<Settings>
) => Promise<PanelData> | PanelData

/** Where a handler runs among the others on the same hook. */
export type Ordering = {
  /** 'pre' handlers run first, then those without, then 'post'. */
  order?: 'pre' | 'post'
  /** Run before this plugin's handler on the same hook. */
  before?: string
}

/** The registrar passed to `register(hooks)`; each method is one hook kind. */
export type HookRegistrar<Settings> = {
  on<K extends EventName>(
    name: K,
    handler: EventHandler<K, Settings>,
    options?: { attempts?: number }
  ): void
  filter<K extends FilterName>(
    name: K,
    handler: FilterHandler<K, Settings>,
    options?: Ordering
  ): void
  provide<K extends ProviderName>(
    name: K,
    handler: ProviderHandler<K, Settings>,
    options?: Ordering
  ): void
  /**
   * `every`: milliseconds, or "30s", "5m", "1h". At least one second. Runs
   * once per tick for each organization that enabled the plugin, never two
   * at once for the same organization. `budget` (same format, default:
   * `every`) is how long one organization's run may take before its signal
   * fires.
   */
  schedule(
    name: string,
    options: { every: number | string; budget?: number | string },
    handler: ScheduleHandler<Settings>
  ): void
  /**
   * Renders `plugins/<id>/ui/<component>.vue` in the slot; `data` (within
   * the panel budget) becomes its `data` prop next to the slot's props.
   */
  panel<K extends SlotName>(
    slot: K,
    component: string,
    options?: { label?: string; data?: PanelLoader<K, Settings> }
  ): void
  /**
   * HTTP routes under /plugins/<id>/, for signed-in users of organizations
   * that enabled the plugin (404 for everyone else).
   */
  routes(define: (router: HttpRouterService) => void): void
}

export type SettingsField = { label?: string; help?: string; placeholder?: string }

export type PluginDefinition<Schema extends SettingsSchema | undefined = undefined> = {
  /** Lower-case letters, digits and dashes; the plugin's folder name. */
  id: string
  name: string
  /** Semantic version of the plugin, e.g. "1.2.0". */
  version: string
  description: string
  /** Which Switchboard versions it works with, as a semver range, e.g. "^0.1". */
  requires: { core: string }
  /** What an admin configures per organization; the form in Admin → Plugins is built from it. */
  settings?: Schema
  /** Labels and help for the settings form, by field. */
  fields?: Partial<Record<keyof SettingsOf<Schema> & string, SettingsField>>
  /** Settings that are write-only in the UI and API and encrypted at rest. */
  secrets?: (keyof SettingsOf<Schema> & string)[]
  register(hooks: HookRegistrar<SettingsOf<Schema>>): void
}

/**
 * Declares a plugin. `plugins/<id>/plugin.ts` default-exports the result;
 * the types tie every handler to the hook catalogue and to the plugin's
 * own settings.
 */
export function definePlugin<Schema extends SettingsSchema | undefined = undefined>(
  definition: PluginDefinition<Schema>
) {
  return definition
}
