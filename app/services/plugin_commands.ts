import Organization from '#models/organization'
import PluginCatalog from '#platform/plugin_catalog'
import PluginInstallation from '#models/plugin_installation'
import PluginAdmin from '#services/plugin_admin'
import type { ActorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'

/** A refusal meant for the operator's terminal; the command exits with code 1. */
export class PluginCommandError extends Error {}

/** Recorded as the actor of the audit entries the commands cause. */
const cliContext: ActorContext = { actor: null, ip: null, userAgent: 'cli' }

/**
 * `node ace plugin:list|enable|disable`: Admin → Plugins from the command
 * line, for scripted installs, through the same Installations (and audit
 * trail) as the pages and the API.
 */
export default class PluginCommands {
  /** Every discovered plugin, and whether each organization has it enabled. */
  static async overview() {
    const [organizations, switchedOn] = await Promise.all([
      Organization.query().orderBy('slug'),
      PluginInstallation.query().where('enabled', true).select('organization_id', 'plugin_id'),
    ])
    const on = new Set(switchedOn.map((row) => `${row.organizationId}:${row.pluginId}`))
    const plugins = PluginCatalog.all().map((plugin) => ({
      plugin,
      enabledIn: Object.fromEntries(
        organizations.map((organization) => [
          organization.slug,
          on.has(`${organization.id}:${plugin.id}`),
        ])
      ),
    }))
    return { organizations: organizations.map((organization) => organization.slug), plugins }
  }

  static async setEnabled(pluginId: string, enabled: boolean, slug?: string) {
    const plugin = PluginCatalog.find(pluginId)
    if (!plugin) {
      const known = PluginCatalog.all().map((candidate) => candidate.id)
      throw new PluginCommandError(
        `No plugin "${pluginId}". Discovered plugins: ${known.join(', ') || 'none'}.`
      )
    }
    const organization = await this.organization(slug)
    try {
      await PluginAdmin.setEnabled(organization.id, plugin, enabled, cliContext)
    } catch (error) {
      if (error instanceof FormError) {
        throw new PluginCommandError(
          `${error.message} Configure it in Admin → Plugins or with PUT /api/v1/admin/plugins/${plugin.id}/settings.`
        )
      }
      throw error
    }
    return { plugin, organization }
  }

  /** The named organization, or the only one; with several, the operator must choose. */
  private static async organization(slug?: string) {
    if (slug) {
      const found = await Organization.findBy('slug', slug)
      if (!found) {
        const known = await Organization.query().select('slug').orderBy('slug')
        const list = known.map((o) => o.slug).join(', ') || 'none yet'
        throw new PluginCommandError(`No organization "${slug}". Known organizations: ${list}.`)
      }
      return found
    }
    const all = await Organization.query().limit(2)
    if (all.length === 0) {
      throw new PluginCommandError('There is no organization yet: finish the setup first.')
    }
    if (all.length > 1) {
      throw new PluginCommandError(
        'There are several organizations: choose one with --organization SLUG.'
      )
    }
    return all[0]
  }
}
