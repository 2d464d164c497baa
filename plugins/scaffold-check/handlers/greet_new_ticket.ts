import type { EventContext, EventHooks, PluginSettings } from '#platform/sdk'
import type plugin from '../plugin.js'

type Settings = PluginSettings<typeof plugin>

/**
 * Runs in the worker after a ticket was created, once per ticket; a throw
 * retries it with backoff. Replace the log line with what your plugin does.
 */
export default async function greetNewTicket(
  { ticket }: EventHooks['ticket.created'],
  context: EventContext<Settings>
) {
  context.logger.info(
    { ticket: ticket.reference },
    context.settings.greeting + ', ' + ticket.reference
  )
}
