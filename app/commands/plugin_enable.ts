import { args, BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class PluginEnable extends BaseCommand {
  static commandName = 'plugin:enable'
  static description = 'Enable a plugin for an organization'
  static help = [
    'node ace plugin:enable slack-notify --organization acme',
    'Without --organization the only organization is used. Its settings must be complete.',
  ]

  static options: CommandOptions = { startApp: true }

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
        true,
        this.organization
      )
      this.logger.success(
        `${plugin.id} is enabled for "${organization.name}" (${organization.slug}).`
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
