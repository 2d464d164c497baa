import { test } from '@japa/runner'
import { pluginTestContext } from '#platform/sdk/testing'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents, enablePlugin } from '#tests/support/plugins'
import { BOT_TOKEN, SlackStandIn } from '#tests/support/slack_stand_in'
import plugin from '#plugins/slack-notifications/plugin'
import { FACILITIES_CHANNEL, IT_CHANNEL } from './slack_world.js'

test.group("Slack notifications: a ticket's life through the real worker", (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  test('two groups, two channels; one updating thread per ticket', async ({ assert }) => {
    const desk = await helpdesk()
    const settings = {
      mode: 'bot',
      botToken: BOT_TOKEN,
      apiBaseUrl: slack.apiBaseUrl,
      allowedHosts: slack.host,
      routes: [
        { groupId: desk.it.id, channel: IT_CHANNEL, events: [] },
        { groupId: desk.facilities.id, channel: FACILITIES_CHANNEL, events: [] },
      ],
    }
    await enablePlugin(desk.organization, 'slack-notifications', settings)
    const run = await pluginTestContext(plugin, { organization: desk.organization, settings })
    const it = await openTicket(desk.customer, desk.it.id, { title: 'VPN <!channel> down' })
    await openTicket(desk.customer, desk.facilities.id, { title: 'Door jams' })
    await drainEvents()
    await run.context.tickets.assign(it.id, desk.agent.id)
    await drainEvents()
    await run.context.tickets.changeStatus(it.id, 'resolved')
    await drainEvents()

    assert.lengthOf(slack.topLevel(FACILITIES_CHANNEL), 1)
    const [parent, ...others] = slack.topLevel(IT_CHANNEL)
    assert.lengthOf(others, 0)
    // Everything Slack parses (all but the plain_text header) carries the title escaped.
    assert.notInclude(
      JSON.stringify([parent.text, ...(parent.blocks ?? []).slice(1)]),
      '<!channel>'
    )
    assert.include(parent.text, 'VPN &lt;!channel&gt; down')
    const replies = slack.replies(IT_CHANNEL, parent.ts)
    assert.deepEqual(
      replies.map((reply) => reply.text.split(': ').at(-1)),
      [
        `Slack notifications assigned it to ${desk.agent.name}`,
        'Slack notifications moved it from open to assigned',
        'Slack notifications resolved it',
      ]
    )
    assert.include(JSON.stringify(parent.blocks), '*Status*\\nResolved')
  }).timeout(60_000)
})
