import { test } from '@japa/runner'
import { OutboundTimeout, PermanentFailure, RetryLater } from '#platform/sdk'
import { isolate } from '#tests/support/world'
import { SlackStandIn, WEBHOOK_ERRORS } from '#tests/support/slack_stand_in'
import { IT_CHANNEL, slackScene } from './slack_world.js'

async function caught(work: () => Promise<unknown>) {
  try {
    await work()
  } catch (error) {
    return error as Error
  }
  throw new Error('expected the delivery to throw')
}

test.group("Slack notifications: Slack's answers", (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  const webhookScene = () =>
    slackScene(slack, (desk) => ({
      mode: 'webhook',
      webhookUrl: slack.webhookUrl(),
      routes: [{ groupId: desk.it.id, events: [] }],
    }))

  test('429 waits for Retry-After without counting as a failure, then posts once', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    slack.script('chat.postMessage', { kind: 'rate_limited', retryAfter: 30 })
    const payload = { ticket, actor: null, attachments: 0 }
    const error = await caught(() => scene.deliver('ticket.created', payload, { eventId: 7 }))
    assert.instanceOf(error, RetryLater)
    assert.equal((error as RetryLater).delayMs, 30_000)
    assert.lengthOf(slack.messages(IT_CHANNEL), 0)

    await scene.deliver('ticket.created', payload, { eventId: 7 })
    assert.lengthOf(slack.messages(IT_CHANNEL), 1)
  })

  test('a webhook 429 waits for its Retry-After too', async ({ assert }) => {
    const scene = await webhookScene()
    slack.script('webhook', { kind: 'rate_limited', retryAfter: 2 })
    const ticket = await scene.ticket()
    const error = await caught(() =>
      scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    )
    assert.instanceOf(error, RetryLater)
    assert.equal((error as RetryLater).delayMs, 2000)
  })

  test('each documented webhook error: 4xx stop at once with what to fix, 5xx retry', async ({
    assert,
  }) => {
    const scene = await webhookScene()
    const ticket = await scene.ticket()
    for (const answer of WEBHOOK_ERRORS) {
      slack.script('webhook', { kind: 'error', status: answer.status, error: answer.error })
      const error = await caught(() =>
        scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
      )
      if (answer.status >= 500) {
        assert.notInstanceOf(error, PermanentFailure)
        assert.notInstanceOf(error, RetryLater)
        assert.include(error.message, 'HTTP 500')
      } else {
        assert.instanceOf(error, PermanentFailure, answer.error)
        assert.include(error.message, `Slack answered ${answer.error}`)
      }
    }
    slack.script('webhook', { kind: 'error', status: 404, error: 'no_service' })
    const gone = await caught(() =>
      scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    )
    assert.instanceOf(gone, PermanentFailure)
    assert.include(gone.message, 'create a new webhook')
  })

  test('Web API errors (HTTP 200, ok false): permanent ones fail at once, temporary ones retry', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    const permanent = [
      'invalid_auth',
      'token_revoked',
      'channel_not_found',
      'not_in_channel',
      'is_archived',
      'missing_scope',
      'account_inactive',
      'msg_too_long',
    ]
    for (const code of permanent) {
      slack.script('chat.postMessage', { kind: 'error', error: code })
      const error = await caught(() =>
        scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
      )
      assert.instanceOf(error, PermanentFailure, code)
      assert.include(error.message, `Slack answered ${code} for channel ${IT_CHANNEL}`)
    }
    slack.script('chat.postMessage', { kind: 'error', error: 'fatal_error' })
    const temporary = await caught(() =>
      scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    )
    assert.notInstanceOf(temporary, PermanentFailure)
    assert.include(temporary.message, 'fatal_error')
  })

  test('a wrong bot token fails permanently, telling what to fix', async ({ assert }) => {
    const scene = await slackScene(slack, () => ({ botToken: 'xoxb-wrong' }))
    const error = await caught(async () =>
      scene.deliver('ticket.created', { ticket: await scene.ticket(), actor: null, attachments: 0 })
    )
    assert.instanceOf(error, PermanentFailure)
    assert.include(error.message, 'paste a valid bot token')
  })

  test('5xx is an ordinary failure, retried with backoff by the platform; the retry posts once', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    slack.script('chat.postMessage', { kind: 'http', status: 503, body: 'upstream' })
    const payload = { ticket, actor: null, attachments: 0 }
    const error = await caught(() => scene.deliver('ticket.created', payload, { eventId: 9 }))
    assert.notInstanceOf(error, PermanentFailure)
    assert.notInstanceOf(error, RetryLater)
    await scene.deliver('ticket.created', payload, { eventId: 9, attempt: 2 })
    assert.lengthOf(slack.messages(IT_CHANNEL), 1)
  })

  test('Slack not answering within 10 s is a timeout, retried', async ({ assert }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    slack.script('chat.postMessage', { kind: 'hang' })
    const started = Date.now()
    const error = await caught(() =>
      scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    )
    assert.instanceOf(error, OutboundTimeout)
    assert.approximately(Date.now() - started, 10_000, 1500)
  }).timeout(20_000)

  test('the delivery options ask for 5 attempts (the platform backs off from 2 s)', async ({
    assert,
  }) => {
    const { registrations } = await import('#platform/sdk/testing')
    const scene = await slackScene(slack)
    const ons = registrations(scene.plugin).filter((entry) => entry.method === 'on')
    assert.isAbove(ons.length, 5)
    for (const entry of ons) assert.deepEqual(entry.args.at(-1), { attempts: 5 })
  })
})
