import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import { SlackStandIn } from '#tests/support/slack_stand_in'
import { FACILITIES_CHANNEL, IT_CHANNEL, slackScene } from './slack_world.js'

/**
 * "A worker killed between the post and its record": the stand-in takes
 * the message and cuts the connection before answering, so the handler
 * throws before it can record the post (and the thread). The retry must
 * find the message by its metadata stamp instead of posting again.
 */
test.group('Slack notifications: each (event, channel) once', (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  test('the first message of a thread, lost answer: the retry finds it in the channel history', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    const payload = { ticket, actor: null, attachments: 0 }
    slack.script('chat.postMessage', { kind: 'accept_then_drop' })
    await assert.rejects(() => scene.deliver('ticket.created', payload, { eventId: 21 }))
    assert.lengthOf(slack.messages(IT_CHANNEL), 1)
    assert.isNull(await scene.context.store.get(`thread:${ticket.id}:${IT_CHANNEL}`))

    await scene.deliver('ticket.created', payload, { eventId: 21, attempt: 2 })
    assert.lengthOf(slack.messages(IT_CHANNEL), 1, 'not posted twice')
    assert.lengthOf(slack.posts(), 1)
    assert.isTrue(
      slack.calls.some(
        (call) =>
          call.method === 'conversations.history' && call.body.include_all_metadata === 'true'
      )
    )
    // The thread was recorded from the message found, so later events reply in it.
    const [parent] = slack.messages(IT_CHANNEL)
    assert.deepEqual(await scene.context.store.get(`thread:${ticket.id}:${IT_CHANNEL}`), {
      ts: parent.ts,
    })
  })

  test('the lost message is found behind 250 newer ones (the look-up reads page by page)', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    const payload = { ticket, actor: null, attachments: 0 }
    slack.script('chat.postMessage', { kind: 'accept_then_drop' })
    await assert.rejects(() => scene.deliver('ticket.created', payload, { eventId: 31 }))
    for (let n = 0; n < 250; n++) slack.someoneWrites(IT_CHANNEL, `chatter ${n}`)

    await scene.deliver('ticket.created', payload, { eventId: 31, attempt: 2 })
    assert.lengthOf(slack.posts(), 1, 'not posted twice')
    const reads = slack.calls.filter((call) => call.method === 'conversations.history')
    assert.lengthOf(reads, 2)
    assert.isDefined(reads[1].body.cursor)
    assert.match(reads[0].body.oldest, /^\d+\.\d{6}$/)
  })

  test('a reply in a thread, lost answer: the retry finds it in the thread and only updates the parent', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    await scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    const payload = { ticket, actor: scene.agent, from: 'open', to: 'resolved' }
    slack.script('chat.postMessage', { kind: 'accept_then_drop' })
    await assert.rejects(() => scene.deliver('ticket.status_changed', payload, { eventId: 22 }))
    await scene.deliver('ticket.status_changed', payload, { eventId: 22, attempt: 2 })

    const [parent] = slack.topLevel(IT_CHANNEL)
    assert.lengthOf(slack.replies(IT_CHANNEL, parent.ts), 1)
    assert.isTrue(slack.calls.some((call) => call.method === 'conversations.replies'))
    assert.lengthOf(
      slack.calls.filter((call) => call.method === 'chat.update'),
      1
    )
  })

  test('a retry skips the channels that already got the event', async ({ assert }) => {
    const scene = await slackScene(slack, (desk) => ({
      routes: [
        { groupId: desk.it.id, channel: IT_CHANNEL, events: [] },
        { groupId: desk.it.id, channel: FACILITIES_CHANNEL, events: [] },
      ],
    }))
    const ticket = await scene.ticket()
    const payload = { ticket, actor: null, attachments: 0 }
    // The first channel takes it, the second is down.
    slack.script('chat.postMessage', { kind: 'pass' }, { kind: 'http', status: 502 })
    await assert.rejects(() => scene.deliver('ticket.created', payload, { eventId: 23 }))
    assert.lengthOf(slack.messages(IT_CHANNEL), 1)
    assert.lengthOf(slack.messages(FACILITIES_CHANNEL), 0)
    await scene.deliver('ticket.created', payload, { eventId: 23, attempt: 2 })
    await scene.deliver('ticket.created', payload, { eventId: 23, attempt: 3 })
    assert.lengthOf(slack.messages(IT_CHANNEL), 1)
    assert.lengthOf(slack.messages(FACILITIES_CHANNEL), 1)
    assert.lengthOf(slack.posts(), 3, 'the first channel was not asked again')
  })

  test('two rows naming the same channel get one message', async ({ assert }) => {
    const scene = await slackScene(slack, (desk) => ({
      routes: [
        { groupId: desk.it.id, channel: IT_CHANNEL, events: [] },
        {
          groupId: desk.it.id,
          channel: IT_CHANNEL,
          events: ['ticket.created'],
          minPriority: 'low',
        },
      ],
    }))
    await scene.deliver('ticket.created', {
      ticket: await scene.ticket(),
      actor: null,
      attachments: 0,
    })
    assert.lengthOf(slack.messages(IT_CHANNEL), 1)
  })

  test('in webhook mode a retry after success does not post again', async ({ assert }) => {
    const scene = await slackScene(slack, (desk) => ({
      mode: 'webhook',
      webhookUrl: slack.webhookUrl(),
      routes: [{ groupId: desk.it.id, events: [] }],
    }))
    const payload = { ticket: await scene.ticket(), actor: null, attachments: 0 }
    await scene.deliver('ticket.created', payload, { eventId: 24 })
    await scene.deliver('ticket.created', payload, { eventId: 24, attempt: 2 })
    assert.lengthOf(slack.webhookMessages, 1)
  })
})
