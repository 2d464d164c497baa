import { test } from '@japa/runner'
import { PermanentFailure } from '#platform/sdk'
import { isolate } from '#tests/support/world'
import { SlackStandIn } from '#tests/support/slack_stand_in'
import { slackScene } from './slack_world.js'

async function refusal(scene: Awaited<ReturnType<typeof slackScene>>) {
  const ticket = await scene.ticket()
  try {
    await scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the delivery to be refused')
}

test.group('Slack notifications: nothing sent where an admin did not allow', (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  const webhook = (url: string, allowedHosts?: string) => (desk: any) => ({
    mode: 'webhook',
    webhookUrl: url,
    allowedHosts,
    routes: [{ groupId: desk.it.id, events: [] }],
  })

  test('a webhook on 127.0.0.1 without allow-listing is refused before any request', async ({
    assert,
  }) => {
    const error = await refusal(await slackScene(slack, webhook(slack.webhookUrl())))
    assert.instanceOf(error, PermanentFailure)
    assert.include(error.message, 'must start with https://hooks.slack.com/')
    assert.lengthOf(slack.calls, 0)
  })

  test('cloud metadata (169.254.169.254) and look-alike hosts are refused', async ({ assert }) => {
    for (const url of [
      'https://169.254.169.254/latest/meta-data/',
      'http://hooks.slack.com/services/T/B/X',
      'https://hooks.slack.com.evil.example/services/T/B/X',
      'https://user@hooks.slack.co/services/T/B/X',
    ]) {
      const error = await refusal(await slackScene(slack, webhook(url)))
      assert.instanceOf(error, PermanentFailure, url)
    }
  })

  test('allow-listing is per host and port: another port of the same host is refused', async ({
    assert,
  }) => {
    const error = await refusal(await slackScene(slack, webhook(slack.webhookUrl(), '127.0.0.1:1')))
    assert.instanceOf(error, PermanentFailure)
    assert.lengthOf(slack.calls, 0)
  })

  test('a Web API base URL not allow-listed is refused', async ({ assert }) => {
    const error = await refusal(await slackScene(slack, () => ({ allowedHosts: '' })))
    assert.instanceOf(error, PermanentFailure)
    assert.include(error.message, 'Web API base URL must start with https://slack.com/')
    assert.lengthOf(slack.calls, 0)
  })

  test('redirects are not followed, to another host or at all', async ({ assert }) => {
    const scene = await slackScene(slack, webhook(slack.webhookUrl(), slack.host))
    slack.script('webhook', {
      kind: 'redirect',
      location: 'http://169.254.169.254/latest/meta-data/',
    })
    const error = await refusal(scene)
    assert.instanceOf(error, PermanentFailure)
    assert.include(error.message, 'redirect (302), which is not followed')
    assert.lengthOf(slack.calls, 1)
  })

  test('a channel that is not a Slack ID is refused by the settings', async ({ assert }) => {
    await assert.rejects(() =>
      slackScene(slack, (desk) => ({
        routes: [{ groupId: desk.it.id, channel: '#general', events: [] }],
      }))
    )
  })
})
