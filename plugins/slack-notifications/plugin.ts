import { definePlugin } from '#platform/sdk'
import registerAdmin from './admin/register_admin.js'
import registerEvents from './handlers/register_events.js'
import { fields, settings } from './settings.js'

/**
 * Ticket events (and the SLA plugin's warnings and breaches) as Block Kit
 * messages in Slack, routed per group, event and minimum priority; with
 * a bot token, one thread per ticket and channel. Every call goes
 * through the SDK's guarded fetch.
 */
export default definePlugin({
  id: 'slack-notifications',
  name: 'Slack notifications',
  version: '0.1.0',
  description:
    'Posts ticket events to Slack channels per group, as Block Kit messages; with a bot token one thread per ticket, its first message kept up to date.',
  requires: { core: '^0.1.0' },
  settings,
  fields,
  secrets: ['botToken', 'webhookUrl'],
  register(hooks) {
    registerEvents(hooks)
    registerAdmin(hooks)
  },
})
