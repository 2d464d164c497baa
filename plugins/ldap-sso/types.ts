import type { HookRegistrar, PluginContext, SettingsOf } from '#platform/sdk'
import type { settings } from './settings.js'

export type LdapSettings = SettingsOf<typeof settings>
export type Hooks = HookRegistrar<LdapSettings>
export type Context = PluginContext<LdapSettings>
