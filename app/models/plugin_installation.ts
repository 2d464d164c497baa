import { PluginInstallationSchema } from '#database/schema'
import { compose } from '@adonisjs/core/helpers'
import { OrganizationOwned } from '#models/organization_owned'

/**
 * An organization's switch and settings for one plugin. `settings` holds
 * plain values, with secret fields as encrypted strings (see
 * PluginSettings); never serialize it to a client as is.
 */
export default class PluginInstallation extends compose(
  PluginInstallationSchema,
  OrganizationOwned
) {
  declare settings: Record<string, unknown>
}
