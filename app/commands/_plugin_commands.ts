import { fileURLToPath } from 'node:url'
import app from '@adonisjs/core/services/app'
import { ListLoader } from '@adonisjs/core/ace'
import type { CommandMetaData } from '@adonisjs/core/types/ace'
import PluginCatalog from '#platform/plugin_catalog'
import { pluginRootsFor } from '#platform/plugin_roots'
import { pluginCommandClasses } from '#platform/plugin_ace_commands'

/**
 * Ace loader for the plugins' own commands (`node ace <plugin-id>:<name>`).
 * Ace asks for the list before the application boots, so the plugins are
 * discovered here the same way the provider will (same roots, same
 * checks; the application's environment is not known yet, so NODE_ENV
 * tells the test suite's); a plugin that fails to load contributes no command.
 */
let loader: ListLoader<ReturnType<typeof pluginCommandClasses>[number]> | null = null

async function plugins() {
  if (!loader) {
    const found = await PluginCatalog.discover(
      pluginRootsFor(process.env.NODE_ENV === 'test'),
      fileURLToPath(app.appRoot)
    )
    loader = new ListLoader(pluginCommandClasses(found))
  }
  return loader
}

export async function getMetaData() {
  const commands = await plugins()
  return commands.getMetaData()
}

export async function getCommand(command: CommandMetaData) {
  const commands = await plugins()
  return commands.getCommand(command)
}
