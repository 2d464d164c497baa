/**
 * The files `node ace make:plugin <id>` writes: a plugin that reads like a
 * small app, with one setting, one event handler and one test, which
 * type-checks, is discovered at boot and passes its test as generated.
 */
export function scaffoldFiles(id: string, name: string): Record<string, string> {
  return {
    'plugin.ts': `import vine from '@vinejs/vine'
import { definePlugin } from '#platform/define_plugin'
import greetNewTicket from './handlers/greet_new_ticket.js'

export default definePlugin({
  id: '${id}',
  name: '${name}',
  version: '0.1.0',
  description: 'Describe in one sentence what ${name} does for a helpdesk.',
  requires: { core: '^0.1.0' },
  settings: vine.object({
    greeting: vine.string().trim().minLength(2).maxLength(80),
  }),
  fields: {
    greeting: { label: 'Greeting', help: 'Written to the log for every new ticket.' },
  },
  register(hooks) {
    hooks.on('ticket.created', greetNewTicket)
  },
})
`,
    'handlers/greet_new_ticket.ts': `import type { EventHooks } from '#platform/catalogue'
import type { EventContext } from '#platform/define_plugin'

type Settings = { greeting: string }

/**
 * Runs in the worker after a ticket was created, once per ticket; a throw
 * retries it with backoff. Replace the log line with what your plugin does.
 */
export default async function greetNewTicket(
  { ticket }: EventHooks['ticket.created'],
  context: EventContext<Settings>
) {
  context.logger.info({ ticket: ticket.reference }, \`\${context.settings.greeting}, \${ticket.reference}\`)
}
`,
    'tests/greet_new_ticket.spec.ts': `import { test } from '@japa/runner'
import type { EventHooks } from '#platform/catalogue'
import { pluginTestContext } from '#platform/testing'
import greetNewTicket from '../handlers/greet_new_ticket.js'

const payload = {
  ticket: { id: 7, reference: 'SB-1007', title: 'Printer jams' },
  actor: null,
  attachments: 0,
} as unknown as EventHooks['ticket.created']

test.group('${name}: greet new tickets', () => {
  test('logs the configured greeting with the ticket number', async ({ assert }) => {
    const { context, logs } = pluginTestContext('${id}', { greeting: 'Welcome' })
    await greetNewTicket(payload, context)
    assert.deepInclude(logs.map((line) => line.msg), 'Welcome, SB-1007')
  })
})
`,
    'README.md': `# ${name}

A Switchboard plugin. See docs/plugins.md in the Switchboard repository for every hook,
its payload and how plugins are tested and shipped.

- \`plugin.ts\` — the manifest: id, version, settings (the form in Admin → Plugins), hooks.
- \`handlers/\` — one file per handler.
- \`tests/\` — run with \`npm test -- plugins\`.
- \`database/migrations/\` — add it when the plugin needs tables of its own.
`,
  }
}
