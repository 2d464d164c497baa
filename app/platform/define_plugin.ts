import type { Logger } from '@adonisjs/core/logger'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { VineObject } from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import type {
  AllEventHooks,
  AnyEventName,
  BadgeSlotName,
  BadgeSlots,
  FilterHooks,
  FilterName,
  PanelData,
  PluginEventName,
  ProviderHooks,
  ProviderName,
  SlotName,
  SlotProps,
  SortSlotName,
  SuggestionSlotName,
  SuggestionSlots,
} from '#platform/catalogue'
import type { Host, PluginDatabase } from '#platform/host'
import type { SortOptions } from '#platform/plugin_sorts'
import type {
  ActionOptions,
  ApiOptions,
  CommandFlags,
  CommandHandler,
  CommandOptions,
  InstallationCommandHandler,
  PageArea,
  PageOptions,
} from '#platform/plugin_route_types'

export type * from '#platform/plugin_route_types'
export type { SortDirection, SortOptions } from '#platform/plugin_sorts'

export type SettingsSchema = VineObject<any, any, any, any>
export type EmptySettings = Record<string, never>
export type SettingsOf<Schema> = Schema extends SettingsSchema ? Infer<Schema> : EmptySettings
/**
 * A plugin's settings as its handlers receive them, from the plugin itself:
 * `type Settings = PluginSettings<typeof plugin>` in a handler's own file.
 */
export type PluginSettings<Plugin> =
  Plugin extends PluginDefinition<infer Schema> ? SettingsOf<Schema> : never

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
  event: { id: number; name: AnyEventName; occurredAt: string }
  /** The (event, plugin) delivery's id, the same on every retry. */
  deliveryId: number
  /** Stable across the retries of this (event, plugin) delivery. */
  idempotencyKey: string
  /** 1 on the first try; counts the tries before an admin's Retry too. */
  attempt: number
  /**
   * Runs `work` at most once per delivery and `step` name: a retry after a
   * crash skips steps that completed. Database work done through the `db`
   * it receives (the plugin's own tables, scoped like `context.db`, in the
   * step's transaction) commits together with the step's record, so it
   * happens exactly once;
   * a call to another service is recorded after it returns, so a crash in
   * between repeats it (pass `idempotencyKey` along where the service
   * accepts one).
   */
  once<T>(step: string, work: (db: PluginDatabase) => Promise<T>): Promise<T | null>
  /**
   * For a call to another service (a chat message, a webhook): unless
   * `step` was recorded, makes the call with no transaction open, then
   * records the step. Use it instead of `once` for anything that waits on
   * the network: `once` keeps one of the worker's database connections
   * for as long as its work runs, and a slow service would hold them all.
   * A crash between the call's return and the record repeats the call on
   * retry (look your earlier result up, or pass `idempotencyKey` along).
   * `null` when the step was done before.
   */
  callOnce<T>(step: string, call: () => Promise<T>): Promise<T | null>
}

export type EventHandler<K extends AnyEventName, Settings> = (
  payload: AllEventHooks[K],
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

/** `null` means "nothing to show for this one": the panel is left out of the page. */
export type PanelLoader<K extends SlotName, Settings> = (
  props: SlotProps[K],
  context: InRequestContext<Settings>
) => Promise<PanelData | null> | PanelData | null

/** Answers badges per ticket id for the page's tickets; ids left out get none. */
export type BadgeLoader<K extends BadgeSlotName, Settings> = (
  props: BadgeSlots[K]['props'],
  context: InRequestContext<Settings>
) => Promise<BadgeSlots[K]['result']> | BadgeSlots[K]['result']

export type SuggestionLoader<K extends SuggestionSlotName, Settings> = (
  props: SuggestionSlots[K]['props'],
  context: InRequestContext<Settings>
) => Promise<SuggestionSlots[K]['result']> | SuggestionSlots[K]['result']

/** Where a handler runs among the others on the same hook. */
export type Ordering = {
  /** 'pre' handlers run first, then those without, then 'post'. */
  order?: 'pre' | 'post'
  /** Run before this plugin's handler on the same hook. */
  before?: string
}

/** The registrar passed to `register(hooks)`; each method is one hook kind. */
export type HookRegistrar<Settings> = {
  /** A core event, or an event a plugin declared (`PluginEvents`). */
  on<K extends AnyEventName>(
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
   * Badges in a list the core draws (`desk.queue`): the loader gets the
   * whole page of tickets and answers per ticket id, within the panel budget.
   */
  badges<K extends BadgeSlotName>(slot: K, loader: BadgeLoader<K, Settings>): void
  /**
   * An order for a list the core draws (`desk.queue`), offered in its sort
   * picker: the core sorts in SQL by a column of one of your own tables,
   * tickets without a row last. Declarative, so it costs no handler call.
   */
  sort<K extends SortSlotName>(slot: K, options: SortOptions): void
  /** Text to insert (`ticket.composer`): each suggestion becomes a button that inserts it. */
  suggest<K extends SuggestionSlotName>(slot: K, loader: SuggestionLoader<K, Settings>): void
  /**
   * An Inertia page under /plugins/<id><path>, rendered inside the area's
   * layout, listed in its navigation (admin, desk) or as a profile tab.
   */
  page(area: PageArea, options: PageOptions<Settings>): void
  /** A form target under /plugins/<id><path> (session, CSRF); answers with a redirect. */
  action(options: ActionOptions<Settings>): void
  /** A JSON route under /api/v1/plugins/<id><path> (bearer token), listed in the OpenAPI document. */
  api(options: ApiOptions<Settings>): void
  /** `node ace <id>:<name>`, run for one organization or every one that enabled the plugin. */
  command<const Flags extends CommandFlags = Record<never, never>>(
    name: string,
    options: CommandOptions<Flags>,
    handler: CommandHandler<Settings, Flags>
  ): void
  /**
   * `node ace <id>:<name>` with `scope: 'installation'`: runs once, for no
   * organization (a calculator, an import check), with no host API and no
   * settings, whether or not any organization enabled the plugin.
   */
  command<const Flags extends CommandFlags = Record<never, never>>(
    name: string,
    options: CommandOptions<Flags> & { scope: 'installation' },
    handler: InstallationCommandHandler<Flags>
  ): void
}

/** Choices drawn from the organization's own data, resolved on the server per organization. */
export type SettingsOptionsSource = 'groups' | 'categories' | 'agents'

/** A column of a list-of-rows setting (`vine.array(vine.object({...}))`). */
export type SettingsColumn = {
  label?: string
  placeholder?: string
  /**
   * A select: the organization's groups/categories/agents (ids), or fixed
   * values. On a list property (`vine.array(vine.number())`) a multiselect:
   * a checkbox per option, the ticked ones stored as the list.
   */
  options?: SettingsOptionsSource | readonly string[]
}

type RowOf<Value> = Value extends readonly (infer Row)[]
  ? Row extends object
    ? Row
    : never
  : never

export type SettingsField<Value = unknown> = {
  label?: string
  help?: string
  placeholder?: string
  /**
   * What the form shows while nothing is stored, when the plugin's own
   * default is not the input's blank: a checkbox that should start ticked
   * (e.g. "verify certificates"). Saved like any value.
   */
  default?: string | number | boolean
  /** A select: the organization's groups/categories/agents (ids), or fixed values. */
  options?: SettingsOptionsSource | readonly string[]
  /** For a list of rows: how each column of the editable table is shown. */
  columns?: [RowOf<Value>] extends [never]
    ? never
    : Partial<Record<keyof RowOf<Value> & string, SettingsColumn>>
}

/** A plugin-declared event: what it means, for Admin and the docs. */
export type EventDeclaration = { description: string }

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
  /** Labels, help, option sources and table columns for the settings form, by field. */
  fields?: {
    [K in keyof SettingsOf<Schema> & string]?: SettingsField<SettingsOf<Schema>[K]>
  }
  /** Settings that are write-only in the UI and API and encrypted at rest. */
  secrets?: (keyof SettingsOf<Schema> & string)[]
  /**
   * The events this plugin emits (`context.events.emit`), named
   * `<namespace>.<name>` outside the core's namespaces. Their payloads are
   * declared by merging into `PluginEvents` (see docs/plugins.md).
   */
  events?: { [K in PluginEventName]?: EventDeclaration }
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

/**
 * What the core's own built-ins (e-mail notifications, the host's mail)
 * receive: the same context, but `once` hands them the step's transaction
 * itself, because they write core tables. Not part of the SDK.
 */
export type BuiltinEventContext = Omit<EventContext<unknown>, 'once' | 'callOnce'> & {
  once<T>(step: string, work: (trx: TransactionClientContract) => Promise<T>): Promise<T | null>
  /**
   * For a call to another service (an e-mail): unless `step` is recorded,
   * makes the call outside any transaction (no connection or lock is held
   * while the network answers), then records the step together with
   * `record`'s writes in one commit. A crash between the two repeats the
   * call on retry, as `once` does; `null` when the step was done before.
   */
  callOnce<T>(
    step: string,
    call: () => Promise<T>,
    record: (trx: TransactionClientContract, result: T) => Promise<void>
  ): Promise<T | null>
}

/** The event worker gives built-ins the raw-transaction `once`; this names that fact in one place. */
export function asBuiltinContext(context: EventContext<unknown>): BuiltinEventContext {
  return context as unknown as BuiltinEventContext
}
