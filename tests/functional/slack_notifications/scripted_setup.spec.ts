import { test } from '@japa/runner'
import User from '#models/user'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import { BOT_TOKEN, SlackStandIn } from '#tests/support/slack_stand_in'
import { FACILITIES_CHANNEL, IT_CHANNEL } from './slack_world.js'

const BASE = '/api/v1/admin/plugins/slack-notifications'

async function bearer(user: User) {
  const created = await User.accessTokens.create(user)
  return created.value!.release()
}

/**
 * Issue 15, point 8: an admin scripts the set-up over the API with the
 * keys the plugin's README documents, switches it on, and tickets reach
 * Slack as configured, without touching the admin pages.
 */
test.group('Slack notifications: scripted set-up over the API', (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  test('bot mode: every documented key is kept, secrets are never answered, and the routes deliver', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.admin)
    const settings = {
      mode: 'bot',
      botToken: BOT_TOKEN,
      apiBaseUrl: slack.apiBaseUrl,
      allowedHosts: slack.host,
      routes: [
        { groupId: desk.it.id, channel: IT_CHANNEL, events: [] },
        {
          groupId: desk.facilities.id,
          channel: FACILITIES_CHANNEL,
          events: ['ticket.created', 'sla.breached'],
          minPriority: 'high',
        },
      ],
    }
    const saved = await client.put(`${BASE}/settings`).bearerToken(token).json(settings)
    saved.assertStatus(200)
    const enabled = await client.put(`${BASE}/state`).bearerToken(token).json({ enabled: true })
    enabled.assertStatus(200)

    const shown = await client.get(BASE).bearerToken(token)
    shown.assertStatus(200)
    const answered = shown.body().data
    assert.isTrue(answered.enabled)
    assert.notProperty(answered.settings, 'bot_token')
    assert.isTrue(answered.settings.bot_token_set)
    assert.deepInclude(answered.settings, {
      mode: 'bot',
      api_base_url: slack.apiBaseUrl,
      allowed_hosts: slack.host,
    })
    assert.deepEqual(answered.settings.routes, [
      { group_id: desk.it.id, channel: IT_CHANNEL, events: [] },
      {
        group_id: desk.facilities.id,
        channel: FACILITIES_CHANNEL,
        events: ['ticket.created', 'sla.breached'],
        min_priority: 'high',
      },
    ])

    // Facilities only wants high and above: a medium ticket there stays out of Slack.
    await openTicket(desk.customer, desk.it.id, { title: 'Printer offline' })
    await openTicket(desk.customer, desk.facilities.id, { title: 'Light flickers' })
    await drainEvents()
    assert.lengthOf(slack.topLevel(IT_CHANNEL), 1)
    assert.include(slack.topLevel(IT_CHANNEL)[0].text, 'Printer offline')
    assert.lengthOf(slack.messages(FACILITIES_CHANNEL), 0)
    assert.isTrue(slack.calls.every((call) => call.authorization !== undefined))
  }).timeout(60_000)

  test('webhook mode: a row with its own webhookUrl posts there, the others to the main one', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.admin)
    const saved = await client
      .put(`${BASE}/settings`)
      .bearerToken(token)
      .json({
        mode: 'webhook',
        webhookUrl: slack.webhookUrl('T1/MAIN/1'),
        allowedHosts: slack.host,
        routes: [
          { groupId: desk.it.id, channel: 'CIGNORED1', events: [] },
          { groupId: desk.facilities.id, events: [], webhookUrl: slack.webhookUrl('T1/FAC/2') },
        ],
      })
    saved.assertStatus(200)
    assert.notProperty(saved.body().data.settings, 'webhook_url')
    assert.isTrue(saved.body().data.settings.webhook_url_set)
    await client.put(`${BASE}/state`).bearerToken(token).json({ enabled: true })

    await openTicket(desk.customer, desk.it.id, { title: 'Printer offline' })
    await openTicket(desk.customer, desk.facilities.id, { title: 'Door jams' })
    await drainEvents()
    const posted = slack.calls
      .filter((call) => call.method === 'webhook')
      .map((call) => [call.path, call.body.text.includes('Printer') ? 'it' : 'facilities'])
    assert.sameDeepMembers(posted, [
      ['/services/T1/MAIN/1', 'it'],
      ['/services/T1/FAC/2', 'facilities'],
    ])
    assert.isFalse(
      slack.calls.some((call) => call.method === 'chat.postMessage'),
      'the channel is ignored'
    )
  }).timeout(60_000)

  test('wrong keys are refused field by field in the JSON error, and nothing is stored', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.admin)
    const refused = await client
      .put(`${BASE}/settings`)
      .bearerToken(token)
      .json({
        mode: 'carrier-pigeon',
        apiBaseUrl: 'not a url',
        routes: [{ groupId: desk.it.id, channel: '#general', events: ['ticket.deleted'] }],
      })
    refused.assertStatus(422)
    assert.includeMembers(Object.keys(refused.body().details), [
      'mode',
      'api_base_url',
      'routes.0.channel',
      'routes.0.events',
    ])
    const shown = await client.get(BASE).bearerToken(token)
    assert.isFalse(shown.body().data.enabled)
    assert.notDeepInclude(shown.body().data.settings ?? {}, { mode: 'carrier-pigeon' })
  }).timeout(60_000)
})
