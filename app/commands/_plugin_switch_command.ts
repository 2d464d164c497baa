import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

/**
 * plugin:enable and plugin:disable: one switch, two directions. The
 * leading underscore keeps Ace's loader from listing this as a command.
 */
export default abstract class PluginSwitchCommand extends BaseCommand {
  static options: CommandOptions = { startApp: true }

  protected abstract enabled: boolean

  @args.string({ description: 'Id of the plugin (its folder name, see plugin:list)' })
  declare id: string

  @flags.string({ description: 'Slug of the organization' })
  declare organization?: string

  async run() {
    const { default: PluginCommands, PluginCommandError } =
      await import('#services/plugin_commands')
    try {
      const { plugin, organization } = await PluginCommands.setEnabled(
        this.id,
        this.enabled,
        this.organization
      )
      const state = this.enabled ? 'enabled' : 'disabled'
      this.logger.success(
        `${plugin.id} is ${state} for "${organization.name}" (${organization.slug}).`
      )
    } catch (error) {
      if (error instanceof PluginCommandError) {
        this.logger.error(error.message)
        this.exitCode = 1
        return
      }
      throw error
    }
  }
}
