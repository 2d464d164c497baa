import type { EventContext, HookRegistrar, PluginContext, SettingsOf } from '#platform/sdk'
import type { settings } from './settings.js'

export type SlackSettings = SettingsOf<typeof settings>
export type Route = SlackSettings['routes'][number]
export type Hooks = HookRegistrar<SlackSettings>
export type Context = PluginContext<SlackSettings>
export type SlackEventContext = EventContext<SlackSettings>
