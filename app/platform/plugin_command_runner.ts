import Organization from '#models/organization'
import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { pluginContext } from '#platform/plugin_context'
import { pluginLogger } from '#platform/hook_executor'
import type {
  CommandContext,
  CommandFlags,
  CommandHandler,
  FlagValues,
  InstallationCommandHandler,
} from '#platform/define_plugin'

/** A refusal meant for the operator's terminal (unknown organization, plugin not enabled there). */
export class PluginCommandRefused extends Error {}

type Output = {
  print(line: string): void
  error(line: string): void
}

/** `--organization`: an id, or a slug as plugin:enable takes it. */
async function namedOrganization(value: string) {
  const found = /^\d+$/.test(value)
    ? await Organization.find(Number(value))
    : await Organization.findBy('slug', value)
  if (!found) {
    throw new PluginCommandRefused(`No organization "${value}".`)
  }
  return found.id
}

/**
 * Runs a plugin's ace command for one organization, or for each that
 * enabled the plugin, one after the other with its own context. A run
 * that throws is reported (and recorded against the plugin, for Admin →
 * Plugins) and the others still run; the answer says whether any failed.
 */
export async function runPluginCommand(
  pluginId: string,
  name: string,
  input: { organization?: string; flags: Record<string, unknown> },
  output: Output
) {
  const plugin = PluginCatalog.find(pluginId)
  const command = plugin?.hooks.commands.find((candidate) => candidate.name === name)
  if (!plugin || plugin.status !== 'ready' || !command) {
    throw new PluginCommandRefused(`${pluginId} failed to load: ${plugin?.error ?? 'not found'}`)
  }
  if (command.options.scope === 'installation') {
    if (input.organization !== undefined) {
      throw new PluginCommandRefused(
        `${plugin.id}:${name} runs once for the installation; it takes no --organization.`
      )
    }
    return runForInstallation(plugin, command, input.flags, output)
  }
  const perOrganization = command.handler as CommandHandler<unknown, CommandFlags>
  let organizations: number[]
  if (input.organization !== undefined) {
    const id = await namedOrganization(input.organization)
    if (!(await Installations.isActive(id, plugin.id))) {
      throw new PluginCommandRefused(`${plugin.id} is not enabled for organization ${id}.`)
    }
    organizations = [id]
  } else {
    const enabledIn = await Installations.organizationsWith(plugin.id)
    organizations = enabledIn.sort((a, b) => a - b)
  }

  const { signal, release } = stopOnSignals()
  const hook = `command:${name}`
  const failed: number[] = []
  try {
    for (const organizationId of organizations) {
      const installed = await Installations.isActive(organizationId, plugin.id)
      if (!installed) continue
      const context = pluginContext(
        {
          pluginId: plugin.id,
          pluginName: plugin.manifest?.name ?? plugin.id,
          organizationId,
          signal,
        },
        installed.settings,
        pluginLogger(plugin, hook, organizationId)
      ) as CommandContext<unknown>
      context.print = (line: string) => output.print(line)
      try {
        await perOrganization(context, input.flags as FlagValues<CommandFlags>)
      } catch (error) {
        failed.push(organizationId)
        const message = error instanceof Error ? error.message : String(error)
        output.error(`${plugin.id}:${name} failed for organization ${organizationId}: ${message}`)
        await Installations.recordError(organizationId, plugin.id, hook, error)
      }
    }
  } finally {
    release()
  }
  return { organizations, failed }
}

/** A signal for Ctrl+C and SIGTERM while a command runs. */
function stopOnSignals() {
  const controller = new AbortController()
  const stop = () => controller.abort()
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
  return {
    signal: controller.signal,
    release() {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
    },
  }
}

/** An installation-wide command: once, with no organization; a throw is reported and fails the run. */
async function runForInstallation(
  plugin: NonNullable<ReturnType<typeof PluginCatalog.find>>,
  command: { name: string; handler: unknown },
  flags: Record<string, unknown>,
  output: Output
) {
  const { signal, release } = stopOnSignals()
  const handler = command.handler as InstallationCommandHandler<CommandFlags>
  try {
    await handler(
      {
        pluginId: plugin.id,
        logger: pluginLogger(plugin, `command:${command.name}`, null),
        signal,
        print: (line: string) => output.print(line),
      },
      flags as FlagValues<CommandFlags>
    )
    return { organizations: [] as number[], failed: [] as number[] }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    output.error(`${plugin.id}:${command.name} failed: ${message}`)
    return { organizations: [] as number[], failed: [0] }
  } finally {
    release()
  }
}
