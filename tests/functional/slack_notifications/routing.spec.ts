import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import { SlackStandIn } from '#tests/support/slack_stand_in'
import { FACILITIES_CHANNEL, IT_CHANNEL, slackScene } from './slack_world.js'
import { assertValidBlockKit } from '#plugins/slack-notifications/tests/block_kit_rules'

test.group('Slack notifications: routing by group, event and priority', (group) => {
  isolate(group)
  let slack: SlackStandIn
  group.each.setup(async () => {
    slack = await SlackStandIn.start()
    return () => slack.close()
  })

  test('each group goes to its own channel, as valid Block Kit linking to the desk', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const it = await scene.ticket(scene.it.id, { title: 'Laptop will not boot' })
    const facilities = await scene.ticket(scene.facilities.id, { title: 'Door jams' })
    await scene.deliver('ticket.created', { ticket: it, actor: null, attachments: 0 })
    await scene.deliver('ticket.created', { ticket: facilities, actor: null, attachments: 0 })

    assert.lengthOf(slack.messages(IT_CHANNEL), 1)
    assert.lengthOf(slack.messages(FACILITIES_CHANNEL), 1)
    const [message] = slack.messages(IT_CHANNEL)
    assertValidBlockKit(assert, { text: message.text, blocks: message.blocks as any })
    const section = (message.blocks as any[])[1]
    assert.equal(
      section.text.text,
      `*<https://help.example.com/desk/tickets/${it.id}|${it.reference} Laptop will not boot>*`
    )
    assert.include(
      section.fields.map((field: any) => field.text),
      `*Requester*\n${scene.customer.name}`
    )
    assert.include(
      section.fields.map((field: any) => field.text),
      '*Group*\nIT'
    )
    assert.equal(slack.posts()[0].authorization, 'Bearer xoxb-stand-in-token')
  })

  test('a row without events gets created, assigned, status changed and replies, never internal notes', async ({
    assert,
  }) => {
    const scene = await slackScene(slack)
    const ticket = await scene.ticket()
    const actor = scene.agent
    await scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    await scene.deliver('ticket.assigned', {
      ticket,
      actor,
      previousAssigneeId: null,
      assigneeId: scene.agent.id,
    })
    await scene.deliver('ticket.status_changed', { ticket, actor, from: 'open', to: 'assigned' })
    const reply = { id: 1, body: 'We are on it', internal: false, authorId: scene.agent.id }
    await scene.deliver('ticket.comment_added', { ticket, actor, comment: reply })
    const note = {
      id: 2,
      body: 'SECRET password is hunter2',
      internal: true,
      authorId: scene.agent.id,
    }
    await scene.deliver('ticket.comment_added', { ticket, actor, comment: note })

    const texts = slack.messages(IT_CHANNEL).map((message) => message.text)
    assert.lengthOf(texts, 4)
    assert.notInclude(JSON.stringify(slack.channels.get(IT_CHANNEL)), 'hunter2')
  })

  test('internal notes only where a row ticks them; events only as listed', async ({ assert }) => {
    const scene = await slackScene(slack, (desk) => ({
      routes: [
        { groupId: desk.it.id, channel: IT_CHANNEL, events: ['ticket.note_added'] },
        { groupId: desk.it.id, channel: 'CPUBLIC01', events: ['ticket.replied'] },
      ],
    }))
    const ticket = await scene.ticket()
    const actor = scene.agent
    await scene.deliver('ticket.created', { ticket, actor: null, attachments: 0 })
    const note = {
      id: 2,
      body: 'Internal: check the <!channel> vendor',
      internal: true,
      authorId: actor.id,
    }
    await scene.deliver('ticket.comment_added', { ticket, actor, comment: note })

    assert.lengthOf(slack.messages('CPUBLIC01'), 0)
    const [posted] = slack.messages(IT_CHANNEL)
    assert.include(JSON.stringify(posted.blocks), 'Internal: check the &lt;!channel&gt; vendor')
  })

  test('a minimum priority keeps lower tickets out of that row', async ({ assert }) => {
    const scene = await slackScene(slack, (desk) => ({
      routes: [
        { groupId: desk.it.id, channel: 'CURGENT01', events: [], minPriority: 'high' },
        { groupId: desk.it.id, channel: IT_CHANNEL, events: [] },
      ],
    }))
    const low = await scene.ticket(scene.it.id, { priority: 'low' })
    const critical = await scene.ticket(scene.it.id, { priority: 'critical' })
    await scene.deliver('ticket.created', { ticket: low, actor: null, attachments: 0 })
    await scene.deliver('ticket.created', { ticket: critical, actor: null, attachments: 0 })

    assert.deepEqual(
      slack.messages('CURGENT01').map((message) => message.text.split(' ')[0]),
      [critical.reference]
    )
    assert.lengthOf(slack.messages(IT_CHANNEL), 2)
  })

  test('SLA warnings and breaches go where a row lists them', async ({ assert }) => {
    const scene = await slackScene(slack, (desk) => ({
      routes: [{ groupId: desk.it.id, channel: IT_CHANNEL, events: ['sla.breached'] }],
    }))
    const ticket = await scene.ticket()
    const sla = {
      ticketId: ticket.id,
      reference: ticket.reference,
      target: 'first_response',
      dueAt: new Date().toISOString(),
      policy: 'Standard',
    }
    await scene.deliver('sla.warning', { ...sla, minutesFromDue: -30 })
    await scene.deliver('sla.breached', { ...sla, minutesFromDue: 15 })

    const posted = slack.messages(IT_CHANNEL)
    assert.lengthOf(posted, 1)
    assert.include(posted[0].text, 'SLA breached: first response 15 min overdue')
  })

  test('webhook mode posts to the webhook (per row when given), plain-text ok answered', async ({
    assert,
  }) => {
    const scene = await slackScene(slack, (desk) => ({
      mode: 'webhook',
      webhookUrl: slack.webhookUrl('T1/B1/main'),
      routes: [
        { groupId: desk.it.id, events: [] },
        {
          groupId: desk.facilities.id,
          events: [],
          webhookUrl: slack.webhookUrl('T1/B2/facilities'),
        },
      ],
    }))
    await scene.deliver('ticket.created', {
      ticket: await scene.ticket(scene.it.id),
      actor: null,
      attachments: 0,
    })
    await scene.deliver('ticket.created', {
      ticket: await scene.ticket(scene.facilities.id),
      actor: null,
      attachments: 0,
    })

    assert.deepEqual(
      slack.calls.map((call) => call.path),
      ['/services/T1/B1/main', '/services/T1/B2/facilities']
    )
    assert.lengthOf(slack.webhookMessages, 2)
    assert.isArray(slack.webhookMessages[0].blocks)
  })
})
