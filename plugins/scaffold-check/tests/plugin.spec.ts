import { test } from '@japa/runner'
import {
  isolatePluginTests,
  pluginTestContext,
  runCommand,
  runEvent,
  ticketSnapshot,
} from '#platform/sdk/testing'
import plugin from '../plugin.js'

test.group('Scaffold Check', (group) => {
  isolatePluginTests(group)

  test('logs the configured greeting with the ticket number', async ({ assert }) => {
    const run = await pluginTestContext(plugin, { settings: { greeting: 'Welcome' } })
    const ticket = ticketSnapshot({ organizationId: run.organization.id, number: 1007 })
    await runEvent(plugin, 'ticket.created', { ticket, actor: null, attachments: 0 }, run)
    assert.include(
      run.logs.map((line) => line.msg),
      'Welcome, SB-1007'
    )
  })

  test('the greet command reports the open tickets it greeted', async ({ assert }) => {
    const run = await pluginTestContext(plugin, { settings: { greeting: 'Welcome' } })
    const output = await runCommand(plugin, 'greet', run, { dryRun: true })
    assert.deepEqual(output, ['0 open ticket(s) greeted'])
  })
})
