/**
 * The types of a plugin's own HTTP routes (pages, form actions, API
 * routes) and ace commands, as `hooks.page/action/api/command` take them.
 * Part of the SDK through define_plugin.ts.
 */
import type { Logger } from '@adonisjs/core/logger'
import type { Infer } from '@vinejs/vine/types'
import type { JsonValue, PanelData, UserSnapshot } from '#platform/catalogue'
import type { PluginContext, SettingsSchema } from '#platform/define_plugin'

/** Who may use a plugin route: admins, agents (and admins), or any signed-in user of the organization. */
export type RouteRole = 'admin' | 'agent' | 'user'

/** Where a plugin page lives: Admin, the desk, or a tab of the profile page. */
export type PageArea = 'admin' | 'desk' | 'profile'

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete'

/** What a plugin route handler learns of the request, besides its context. */
export type PluginRequest = {
  /** The route's path parameters, e.g. `{ id: '12' }` for `/calendars/:id`. */
  params: Record<string, string>
  /** The query string, parsed. */
  query: Record<string, unknown>
  /** The signed-in person, always of the context's organization. */
  user: UserSnapshot
  /**
   * Validates the body with a VineJS schema. On failure it throws the
   * standard validation error: the fields' messages appear next to the
   * fields of an Inertia form, or as 422 `details` in the API.
   */
  validate<Schema extends SettingsSchema>(schema: Schema): Promise<Infer<Schema>>
}

export type PageLoader<Settings> = (
  request: PluginRequest,
  context: PluginContext<Settings>
) => Promise<PanelData> | PanelData

export type PageOptions<Settings> = {
  /** Route name `plugins.<id>.<name>`: letters, digits, dots, dashes and underscores. */
  name: string
  /** Under /plugins/<id>; parameters allowed, e.g. '/calendars/:id'. */
  path: string
  /** `ui/pages/<component>.vue` in the plugin's folder, PascalCase. */
  component: string
  /** The page title, and its label in the navigation or the profile's tabs. */
  title: string
  /** false: reachable by link only. Default true. */
  nav?: boolean
  /** Default: admin for 'admin', agent for 'desk', user for 'profile'. */
  role?: RouteRole
  /** What the page shows: becomes its `data` prop. */
  load?: PageLoader<Settings>
}

export type ActionResult = void | { redirect?: string; toast?: string }

export type ActionOptions<Settings> = {
  /** Route name `plugins.<id>.<name>`. */
  name: string
  method: Exclude<HttpMethod, 'get'>
  /** Under /plugins/<id>. */
  path: string
  /** Default 'admin'. */
  role?: RouteRole
  handle: (
    request: PluginRequest,
    context: PluginContext<Settings>
  ) => Promise<ActionResult> | ActionResult
}

export type ApiOptions<Settings> = {
  /** Route name `plugins.<id>.api.<name>`. */
  name: string
  method: HttpMethod
  /** Under /api/v1/plugins/<id>. */
  path: string
  /** Default 'agent'. */
  role?: RouteRole
  /** One line for the OpenAPI document. */
  summary: string
  /** The answer's `data`. */
  handle: (
    request: PluginRequest,
    context: PluginContext<Settings>
  ) => Promise<JsonValue> | JsonValue
}

export type CommandFlag =
  | { type: 'string'; description: string }
  | { type: 'number'; description: string }
  | { type: 'boolean'; description: string }

export type CommandFlags = Record<string, CommandFlag>

/** The values of declared flags: absent when not given. */
export type FlagValues<Flags extends CommandFlags> = {
  [K in keyof Flags]?: Flags[K]['type'] extends 'string'
    ? string
    : Flags[K]['type'] extends 'number'
      ? number
      : boolean
}

export type CommandOptions<Flags extends CommandFlags> = {
  /** Shown by `node ace list` and `--help`. */
  description: string
  /** Flags by camelCase name; `dryRun` is typed `--dry-run`. */
  flags?: Flags
  /** 'organizations' (the default): once per organization that enabled the plugin; 'installation': once, for none. */
  scope?: 'organizations' | 'installation'
}

/** What an installation-wide command receives: no organization, settings or host API. */
export type InstallationCommandContext = {
  pluginId: string
  logger: Logger
  /** Fires on Ctrl+C or SIGTERM. */
  signal: AbortSignal
  /** Writes one line to standard output. */
  print(line: string): void
}

export type InstallationCommandHandler<Flags extends CommandFlags> = (
  context: InstallationCommandContext,
  flags: FlagValues<Flags>
) => Promise<void> | void

export type CommandContext<Settings> = PluginContext<Settings> & {
  /** Writes one line to standard output. */
  print(line: string): void
}

export type CommandHandler<Settings, Flags extends CommandFlags> = (
  context: CommandContext<Settings>,
  flags: FlagValues<Flags>
) => Promise<void> | void
