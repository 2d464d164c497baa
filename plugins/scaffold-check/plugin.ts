import vine from '@vinejs/vine'
import { definePlugin } from '#platform/sdk'
import greetNewTicket from './handlers/greet_new_ticket.js'
import { loadOverview, sendTestGreeting } from './pages/overview.js'
import greetOpenTickets from './commands/greet.js'

export default definePlugin({
  id: 'scaffold-check',
  name: 'Scaffold Check',
  version: '0.1.0',
  description: 'Describe in one sentence what this plugin does for a helpdesk.',
  requires: { core: '^0.1.0' },
  settings: vine.object({
    greeting: vine.string().trim().minLength(2).maxLength(80),
  }),
  fields: {
    greeting: { label: 'Greeting', help: 'Written to the log for every new ticket.' },
  },
  register(hooks) {
    hooks.on('ticket.created', greetNewTicket)
    hooks.page('admin', {
      name: 'overview',
      path: '/overview',
      component: 'ScaffoldCheckPage',
      title: 'Scaffold Check',
      load: loadOverview,
    })
    hooks.action({
      name: 'test-greeting',
      method: 'post',
      path: '/test-greeting',
      handle: sendTestGreeting,
    })
    hooks.command(
      'greet',
      {
        description: 'Write the greeting for every open ticket to the log',
        flags: { dryRun: { type: 'boolean', description: 'Only print, do not log' } },
      },
      greetOpenTickets
    )
  },
})
