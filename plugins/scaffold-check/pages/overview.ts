import type { PluginContext, PluginRequest, PluginSettings } from '#platform/sdk'
import type plugin from '../plugin.js'

type Settings = PluginSettings<typeof plugin>

/** The data of the admin page (in ui/pages/): its data prop. */
export async function loadOverview(_request: PluginRequest, context: PluginContext<Settings>) {
  const { tickets } = await context.tickets.list({ status: 'open', limit: 100 })
  return { greeting: context.settings.greeting, openTickets: tickets.length }
}

/** The page's button: a form post answered with a toast on the page it came from. */
export async function sendTestGreeting(request: PluginRequest, context: PluginContext<Settings>) {
  context.logger.info({ by: request.user.id }, context.settings.greeting + ', this is a test')
  return { toast: 'Test greeting written to the log.' }
}
