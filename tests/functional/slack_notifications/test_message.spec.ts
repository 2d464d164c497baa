import { test } from '@japa/runner'
import User from '#models/user'
import { isolate } from '#tests/support/world'
import { SlackStandIn } from '#tests/support/slack_stand_in'
import { send } from '../sla_escalation/admin_world.js'
import { IT_CHANNEL, slackScene } from './slack_world.js'

async function token(user: User) {
  const created = await User.accessTokens.create(user)
  return created.value!.release()
}

const PAGE = '/plugins/slack-notifications/admin'

test.group('Slack notifications: Send a test message', (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  test("the admin page sends one and shows Slack's answer", async ({ client, assert }) => {
    const scene = await slackScene(slack)
    const response = await send(
      client,
      'post',
      '/plugins/slack-notifications/test',
      scene.admin,
      { channel: IT_CHANNEL },
      PAGE
    )
    response.assertStatus(302)
    assert.lengthOf(slack.messages(IT_CHANNEL), 1)

    const page = await client.get(PAGE).loginAs(scene.admin).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.component, 'SlackAdmin')
    const lastTest = page.inertiaProps.data.lastTest
    assert.isTrue(lastTest.ok)
    assert.match(lastTest.answer, new RegExp(`^ok: posted as ts \\d+\\.\\d+ in ${IT_CHANNEL}$`))
  })

  test("a refused test message shows Slack's error and what to fix", async ({ client, assert }) => {
    const scene = await slackScene(slack)
    slack.script('chat.postMessage', { kind: 'error', error: 'not_in_channel' })
    await send(
      client,
      'post',
      '/plugins/slack-notifications/test',
      scene.admin,
      { channel: IT_CHANNEL },
      PAGE
    )
    const page = await client.get(PAGE).loginAs(scene.admin).withInertia()
    const lastTest = page.inertiaProps.data.lastTest
    assert.isFalse(lastTest.ok)
    assert.include(lastTest.answer, 'Slack answered not_in_channel')
    assert.include(lastTest.answer, 'invite the app')
  })

  test('webhook mode: the API route answers what Slack said', async ({ client, assert }) => {
    const scene = await slackScene(slack, (desk) => ({
      mode: 'webhook',
      webhookUrl: slack.webhookUrl(),
      routes: [{ groupId: desk.it.id, events: [] }],
    }))
    slack.script('webhook', { kind: 'error', status: 404, error: 'no_service' })
    const response = await client
      .post('/api/v1/plugins/slack-notifications/test')
      .bearerToken(await token(scene.admin))
      .json({})
    response.assertStatus(200)
    assert.isFalse(response.body().data.ok)
    assert.include(response.body().data.answer, 'no_service')
  })

  test('agents may not send test messages', async ({ client, assert }) => {
    const scene = await slackScene(slack)
    const url = '/plugins/slack-notifications/test'
    const response = await send(client, 'post', url, scene.agentUser, {}, PAGE)
    response.assertStatus(403)
    assert.lengthOf(slack.calls, 0)
  })
})
