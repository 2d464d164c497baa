import { BaseCommand } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import type { CommandRegistration } from '#platform/plugin_surfaces'

const dashed = (name: string) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)

/**
 * An Ace command class for a plugin's `hooks.command(...)`: named
 * `<plugin-id>:<name>`, with `--organization` and the declared flags. The
 * work happens in runPluginCommand once the application has booted.
 */
export function pluginCommandClass(plugin: LoadedPlugin, registration: CommandRegistration) {
  const flagNames = Object.keys(registration.options.flags ?? {})
  const installationWide = registration.options.scope === 'installation'

  class PluginCommand extends BaseCommand {
    static commandName = `${plugin.id}:${registration.name}`
    static description = registration.options.description
    static help = installationWide
      ? [
          'Runs once for the installation, for no organization.',
          'Exits with code 1 when it failed.',
        ]
      : [
          `Runs for every organization that enabled ${plugin.id}, or only for --organization (id or slug).`,
          'Exits with code 1 when a run failed.',
        ]
    static options: CommandOptions = { startApp: true }

    declare organization?: string

    async run() {
      const { runPluginCommand, PluginCommandRefused } =
        await import('#platform/plugin_command_runner')
      const self = this as unknown as Record<string, unknown>
      const flags = Object.fromEntries(
        flagNames.filter((name) => self[name] !== undefined).map((name) => [name, self[name]])
      )
      try {
        const { failed } = await runPluginCommand(
          plugin.id,
          registration.name,
          { organization: this.organization, flags },
          {
            print: (line) => this.logger.log(line),
            error: (line) => this.logger.error(line),
          }
        )
        if (failed.length) this.exitCode = 1
      } catch (error) {
        if (error instanceof PluginCommandRefused) {
          this.logger.error(error.message)
          this.exitCode = 1
          return
        }
        throw error
      }
    }
  }

  if (!installationWide) {
    PluginCommand.defineFlag('organization', {
      type: 'string',
      description:
        'Only this organization (id or slug); default: every one that enabled the plugin',
    })
  }
  for (const [name, flag] of Object.entries(registration.options.flags ?? {})) {
    PluginCommand.defineFlag(name, {
      type: flag.type,
      flagName: dashed(name),
      description: flag.description,
    })
  }
  return PluginCommand
}

/** Every command of every plugin that loaded. */
export function pluginCommandClasses(plugins: LoadedPlugin[]) {
  return plugins
    .filter((plugin) => plugin.status === 'ready')
    .flatMap((plugin) =>
      plugin.hooks.commands.map((command) => pluginCommandClass(plugin, command))
    )
}
