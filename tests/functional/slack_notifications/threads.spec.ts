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
})
