import { PluginInstallationSchema } from '#database/schema'

/**
 * An organization's switch and settings for one plugin. `settings` holds
 * plain values, with secret fields as encrypted strings (see
 * PluginSettings); never serialize it to a client as is.
 */
export default class PluginInstallation extends PluginInstallationSchema {
  declare settings: Record<string, unknown>
}
