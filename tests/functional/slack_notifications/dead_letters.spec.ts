import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, drainEvents, enablePlugin } from '#tests/support/plugins'
import { SlackStandIn } from '#tests/support/slack_stand_in'
import { IT_CHANNEL } from './slack_world.js'

/**
 * Through the whole platform (the real worker): a permanent Slack error
 * stops the delivery at once and shows, with what to fix, as a dead
 * delivery and as the plugin's last error in Admin → Plugins.
 */
test.group('Slack notifications: dead deliveries in Admin → Plugins', (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  test('a revoked token: dead after one attempt, the reason says what to fix', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'slack-notifications', {
      mode: 'bot',
      botToken: 'xoxb-revoked',
      apiBaseUrl: slack.apiBaseUrl,
      allowedHosts: slack.host,
      routes: [{ groupId: desk.it.id, channel: IT_CHANNEL, events: [] }],
    })
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()

    const dead = await deliveriesOf('plugin:slack-notifications')
      .where('organization_id', desk.organization.id)
      .where('event', 'ticket.created')
      .firstOrFail()
    assert.equal(dead.status, 'dead')
    assert.equal(dead.attempts, 1)
    const page = await client
      .get('/admin/plugins/slack-notifications')
      .loginAs(desk.admin)
      .withInertia()
    const { plugin, deadDeliveries } = page.inertiaProps as Record<string, any>
    assert.include(deadDeliveries[0].lastError, 'Slack answered invalid_auth')
    assert.include(plugin.lastError.message, 'paste a valid bot token')
    assert.lengthOf(slack.messages(IT_CHANNEL), 0)
  }).timeout(60_000)
})
