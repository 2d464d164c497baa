import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import { SlackStandIn } from '#tests/support/slack_stand_in'
import { FACILITIES_CHANNEL, IT_CHANNEL, slackScene } from './slack_world.js'

const statusField = (message: { blocks?: unknown[] }) =>
  ((message.blocks as any[])[1].fields as { text: string }[]).find((field) =>
    field.text.startsWith('*Status*')
  )?.text

test.group('Slack notifications: one thread per ticket and channel', (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  test("a ticket's life: the first message starts the thread, later events reply in order, the parent shows the current status", async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const created = await scene.ticket()
    const actor = scene.agent
    await scene.deliver('ticket.created', { ticket: created, actor: null, attachments: 0 })

    const assigned = await scene.context.tickets.assign(created.id, scene.agent.id)
    await scene.deliver('ticket.assigned', {
      ticket: assigned,
      actor,
      previousAssigneeId: null,
      assigneeId: actor.id,
    })
    await scene.deliver('ticket.status_changed', {
      ticket: assigned,
      actor,
      from: 'open',
      to: 'assigned',
    })
    const resolved = await scene.context.tickets.changeStatus(created.id, 'resolved')
    await scene.deliver('ticket.status_changed', {
      ticket: resolved,
      actor,
      from: 'assigned',
      to: 'resolved',
    })

    const [parent, ...others] = slack.topLevel(IT_CHANNEL)
    assert.lengthOf(others, 0, 'one top-level message per ticket')
    const replies = slack.replies(IT_CHANNEL, parent.ts)
    assert.deepEqual(
      replies.map((reply) => reply.text.split(': ').at(-1)),
      [
        `${actor.name} assigned it to ${actor.name}`,
        `${actor.name} moved it from open to assigned`,
        `${actor.name} resolved it`,
      ]
    )
    // Each reply shows the state at its event; the parent the current one.
    assert.equal(statusField(replies[0]), '*Status*\nAssigned')
    assert.equal(statusField(replies[2]), '*Status*\nResolved')
    assert.equal(statusField(parent), '*Status*\nResolved')
    assert.exists(parent.edited)
    assert.lengthOf(
      slack.calls.filter((call) => call.method === 'chat.update'),
      3
    )
    // The thread id is kept per ticket and channel in the plugin's store.
    assert.deepEqual(await scene.context.store.get(`thread:${created.id}:${IT_CHANNEL}`), {
      ts: parent.ts,
    })
    // Every message is stamped with its delivery key.
    for (const message of [parent, ...replies])
      assert.equal(message.metadata?.event_type, 'switchboard_delivery')
  })

  test('a ticket moved to another group starts its own thread in that channel', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    await scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    const moved = await scene.context.tickets.update(ticket.id, { groupId: scene.facilities.id })
    await scene.deliver('ticket.status_changed', {
      ticket: moved,
      actor: scene.agent,
      from: 'open',
      to: 'resolved',
    })
    assert.lengthOf(slack.topLevel(IT_CHANNEL), 1)
    assert.lengthOf(slack.topLevel(FACILITIES_CHANNEL), 1)
    assert.lengthOf(slack.replies(IT_CHANNEL, slack.topLevel(IT_CHANNEL)[0].ts), 0)
  })

  test('a thread whose first message was deleted in Slack: the next event starts a new thread', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    await scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    const [first] = slack.topLevel(IT_CHANNEL)
    slack.deleteMessage(IT_CHANNEL, first.ts)

    const resolved = await scene.context.tickets.changeStatus(ticket.id, 'resolved')
    await scene.deliver('ticket.status_changed', {
      ticket: resolved,
      actor: scene.agent,
      from: 'open',
      to: 'resolved',
    })
    const [fresh] = slack.topLevel(IT_CHANNEL)
    assert.notEqual(fresh.ts, first.ts)
    assert.include(fresh.text, 'resolved it')
    assert.equal(statusField(fresh), '*Status*\nResolved')
    assert.deepEqual(await scene.context.store.get(`thread:${ticket.id}:${IT_CHANNEL}`), {
      ts: fresh.ts,
    })
  })

  test('a first message Slack will not let us edit: the reply is delivered, the delivery does not fail, the thread stays', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    await scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    const [parent] = slack.topLevel(IT_CHANNEL)

    slack.script('chat.update', { kind: 'error', error: 'edit_window_closed' })
    await scene.deliver('ticket.comment_added', {
      ticket,
      actor: scene.agent,
      comment: { id: 1, body: 'On it', internal: false, authorId: scene.agent.id },
    })
    assert.lengthOf(slack.replies(IT_CHANNEL, parent.ts), 1)
    assert.deepEqual(await scene.context.store.get(`thread:${ticket.id}:${IT_CHANNEL}`), {
      ts: parent.ts,
    })

    // Deleted between the reply and the update: forgotten, so the next event starts afresh.
    slack.script('chat.update', { kind: 'error', error: 'message_not_found' })
    await scene.deliver('ticket.comment_added', {
      ticket,
      actor: scene.agent,
      comment: { id: 2, body: 'Still on it', internal: false, authorId: scene.agent.id },
    })
    assert.isNull(await scene.context.store.get(`thread:${ticket.id}:${IT_CHANNEL}`))
  })
})
