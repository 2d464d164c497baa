import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class PluginList extends BaseCommand {
  static commandName = 'plugin:list'
  static description = 'List the discovered plugins and the organizations that enabled each'
  static help = ['A plugin that failed to load shows "error" and the reason beneath the table.']

  static options: CommandOptions = { startApp: true }

  async run() {
    const { default: PluginCommands } = await import('#services/plugin_commands')
    const { organizations, plugins } = await PluginCommands.overview()
    if (plugins.length === 0) {
      this.logger.info('No plugins discovered. Add a plugin folder to plugins/ and restart.')
      return
    }
    const table = this.ui.table().head(['Plugin', 'Version', 'Status', ...organizations])
    for (const { plugin, enabledIn } of plugins) {
      table.row([
        plugin.id,
        plugin.manifest?.version ?? '-',
        plugin.status,
        ...organizations.map((slug) => (enabledIn[slug] ? 'enabled' : 'disabled')),
      ])
    }
    table.render()
    for (const { plugin } of plugins.filter(({ plugin: p }) => p.status === 'error')) {
      this.logger.error(`${plugin.id} failed to load: ${plugin.error}`)
    }
  }
}
