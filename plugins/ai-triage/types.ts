import type { HookRegistrar, PluginContext, SettingsOf } from '#platform/sdk'
import type { settings } from './settings.js'

export type TriageSettings = SettingsOf<typeof settings>
export type Hooks = HookRegistrar<TriageSettings>
export type Context = PluginContext<TriageSettings>
