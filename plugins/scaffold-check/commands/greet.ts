import type { PluginContext, PluginSettings } from '#platform/sdk'
import type plugin from '../plugin.js'

type Settings = PluginSettings<typeof plugin>

/**
 * The ace command "greet" (node ace <plugin id>:greet [--organization=<id>]
 * [--dry-run]): runs once for every organization that enabled the plugin,
 * or for the one named.
 */
export default async function greetOpenTickets(
  context: PluginContext<Settings> & { print(line: string): void },
  flags: { dryRun?: boolean }
) {
  const { tickets } = await context.tickets.list({ status: 'open', limit: 100 })
  for (const ticket of tickets) {
    const line = context.settings.greeting + ', ' + ticket.reference
    if (!flags.dryRun) {
      context.logger.info({ ticket: ticket.reference }, line)
    }
    context.print(line)
  }
  context.print(tickets.length + ' open ticket(s) greeted')
}
