import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolate } from '#tests/support/world'
import { SlackStandIn } from '#tests/support/slack_stand_in'
import { IT_CHANNEL, slackScene } from './slack_world.js'

test.group('Slack notifications: ordering within a thread', (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  test('events of one ticket delivered at the same time: one thread, replies in the order they ran', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    const actor = scene.agent
    // As a worker running several deliveries at once would: all start together.
    await Promise.all([
      scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 }, { eventId: 101 }),
      scene.deliver(
        'ticket.status_changed',
        { ticket, actor, from: 'open', to: 'in_progress' },
        { eventId: 102 }
      ),
      scene.deliver(
        'ticket.status_changed',
        { ticket, actor, from: 'in_progress', to: 'resolved' },
        { eventId: 103 }
      ),
    ])
    const [parent, ...others] = slack.topLevel(IT_CHANNEL)
    assert.lengthOf(others, 0, 'one thread for the ticket')
    assert.deepEqual(
      slack.replies(IT_CHANNEL, parent.ts).map((reply) => reply.text.split(': ').at(-1)),
      [`${actor.name} started work on it`, `${actor.name} resolved it`]
    )
    // Each parent update came after its reply, never in between another event's post and update.
    const sequence = slack.calls.map(
      (call) =>
        `${call.method}:${call.body?.thread_ts ? 'reply' : call.body?.ts ? 'parent' : 'new'}`
    )
    assert.deepEqual(sequence, [
      'chat.postMessage:new',
      'chat.postMessage:reply',
      'chat.update:parent',
      'chat.postMessage:reply',
      'chat.update:parent',
    ])
  })

  test('the thread row remembers the last event posted there', async ({ assert }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    await scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 }, { eventId: 205 })
    const row = await db
      .from('slack_notifications_threads')
      .where({ organization_id: scene.organization.id, ticket_id: ticket.id, channel: IT_CHANNEL })
      .firstOrFail()
    assert.equal(Number(row.last_event_id), 205)
  })
})
