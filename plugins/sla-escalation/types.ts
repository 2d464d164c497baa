import type { EmptySettings, HookRegistrar, PluginContext } from '#platform/sdk'

/** The plugin has no settings form: calendars and policies live on its own admin pages. */
export type Hooks = HookRegistrar<EmptySettings>
export type Context = PluginContext<EmptySettings>
