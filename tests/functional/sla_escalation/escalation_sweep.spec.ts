import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { fakeClock, runSchedule } from '#platform/sdk/testing'
import Ticket from '#models/ticket'
import { isolate } from '#tests/support/world'
import { customersMayChooseAnyPriority, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import plugin from '#plugins/sla-escalation/plugin'
import type { LadderStep } from '#plugins/sla-escalation/policies/policy'
import { addPolicy, change, clockOf, reply, slaHelpdesk } from './sla_world.js'

/** Warn the assignee 30 minutes before the first response is due; at due, escalate. */
function ladder(facilitiesId: number): LadderStep[] {
  return [
    {
      id: 'warn',
      target: 'first_response',
      when: 'before',
      minutes: 30,
      actions: [{ type: 'email', to: 'assignee', userIds: [] }],
    },
    {
      id: 'breach',
      target: 'first_response',
      when: 'after',
      minutes: 0,
      actions: [
        { type: 'email', to: 'group', userIds: [] },
        { type: 'reassign', groupId: facilitiesId, userId: null },
        { type: 'priority', level: 'raise' },
        { type: 'note', body: 'Call the customer.' },
      ],
    },
  ]
}

/** Monday 10:00 in Berlin; the first response (60 business minutes) is due at 11:00 (10:00Z). */
async function escalatingTicket() {
  const clock = fakeClock('2026-03-02T09:00:00Z')
  const desk = await slaHelpdesk()
  await customersMayChooseAnyPriority(desk.organization)
  await addPolicy(desk.run, {
    name: 'High',
    conditions: { priority: ['high'], group: [], category: [] },
    calendarId: desk.berlin,
    firstResponseMinutes: 60,
    ladder: ladder(desk.facilities.id),
  })
  const ticket = await openTicket(desk.customer, desk.it.id, { priority: 'high' })
  await change(ticket, desk.admin, { assigneeId: desk.agent.id })
  await drainEvents()
  return { ...desk, clock, ticket }
}

const firedSteps = (ticketId: number) =>
  db.from('sla_escalation_fired_steps').where('ticket_id', ticketId).orderBy('id')
const pluginNotes = (ticketId: number) =>
  db
    .from('ticket_comments')
    .where({ ticket_id: ticketId, author_plugin: 'sla-escalation', is_internal: true })
    .orderBy('id')
const emitted = (name: string) => db.from('outbox_events').where('name', name)

test.group('SLA escalation: the ladder', (group) => {
  isolate(group)
  group.each.teardown(() => fakeClock(new Date()).restore())

  test('the warning and the breach each fire once, with their actions on the timeline as "SLA escalation"', async ({
    assert,
  }) => {
    const { clock, ticket, run, facilities } = await escalatingTicket()
    assert.equal(
      (await clockOf(ticket.id))!.next_step_at?.toISOString(),
      '2026-03-02T09:30:00.000Z'
    )

    clock.set('2026-03-02T09:20:00Z')
    await runSchedule(plugin, 'sweep', run)
    assert.lengthOf(await firedSteps(ticket.id), 0, 'nothing before the warning time')

    clock.set('2026-03-02T09:35:00Z')
    await runSchedule(plugin, 'sweep', run)
    await runSchedule(plugin, 'sweep', run)
    let fired = await firedSteps(ticket.id)
    assert.deepEqual(
      fired.map((row) => row.kind),
      ['warning']
    )
    assert.lengthOf(await emitted('sla.warning'), 1)
    const [warning] = await pluginNotes(ticket.id)
    assert.include(warning.body, 'SLA warning: First response is due in 25 min')
    assert.include(warning.body, 'e-mailed the assignee (1 person)')

    clock.set('2026-03-02T10:01:00Z')
    await runSchedule(plugin, 'sweep', run)
    await runSchedule(plugin, 'sweep', run)
    fired = await firedSteps(ticket.id)
    assert.deepEqual(
      fired.map((row) => row.kind),
      ['warning', 'breach']
    )
    const escalated = await Ticket.findOrFail(ticket.id)
    assert.equal(escalated.groupId, facilities.id)
    assert.equal(escalated.priority, 'critical')
    const notes = await pluginNotes(ticket.id)
    assert.lengthOf(notes, 2)
    assert.include(notes[1].body, 'SLA breach: First response target missed by 1 min')
    assert.include(notes[1].body, 'Call the customer.')
    const history = await db
      .from('ticket_history')
      .where({ ticket_id: ticket.id, actor_plugin: 'sla-escalation' })
      .select('field')
    assert.includeMembers(
      history.map((row) => row.field),
      ['group', 'priority', 'note']
    )
    const [breached] = await emitted('sla.breached')
    assert.deepInclude(breached.payload, {
      ticketId: ticket.id,
      target: 'first_response',
      dueAt: '2026-03-02T10:00:00.000Z',
      policy: 'High',
    })

    await drainEvents()
    const mails = await db
      .from('notification_logs')
      .where({ ticket_id: ticket.id, kind: 'plugin_mail' })
      .select('recipient')
    assert.isAtLeast(mails.length, 2, 'the assignee was warned, the group told of the breach')
  })

  test('two workers sweeping at once fire each step once', async ({ assert }) => {
    const { clock, ticket, run } = await escalatingTicket()
    clock.set('2026-03-02T10:05:00Z')
    await Promise.all([runSchedule(plugin, 'sweep', run), runSchedule(plugin, 'sweep', run)])
    const fired = await firedSteps(ticket.id)
    assert.deepEqual(
      fired.map((row) => row.kind),
      ['breach'],
      'the warning is moot once the due time has passed'
    )
    assert.lengthOf(await pluginNotes(ticket.id), 1)
    assert.lengthOf(await emitted('sla.breached'), 1)
  })

  test('a step that became moot does not fire: the target met, or the ticket paused', async ({
    assert,
  }) => {
    const met = await escalatingTicket()
    met.clock.set('2026-03-02T09:10:00Z')
    await reply(await Ticket.findOrFail(met.ticket.id), met.agent, 'On it.')
    // The sweep runs before the reply's event is handled: it re-reads the ticket.
    met.clock.set('2026-03-02T10:30:00Z')
    await runSchedule(plugin, 'sweep', met.run)
    assert.lengthOf(await firedSteps(met.ticket.id), 0)
    assert.isNull((await clockOf(met.ticket.id))!.next_step_at)
  })

  test('a paused ticket fires nothing until it resumes', async ({ assert }) => {
    const paused = await escalatingTicket()
    paused.clock.set('2026-03-02T09:10:00Z')
    await change(await Ticket.findOrFail(paused.ticket.id), paused.agent, {
      status: 'waiting_on_customer',
    })
    await drainEvents()
    assert.isNull((await clockOf(paused.ticket.id))!.next_step_at)
    paused.clock.set('2026-03-02T11:00:00Z')
    await runSchedule(plugin, 'sweep', paused.run)
    assert.lengthOf(await firedSteps(paused.ticket.id), 0)
  })

  test('a breach e-mails the admins and named agents, and sets a priority without lowering one', async ({
    assert,
  }) => {
    const clock = fakeClock('2026-03-02T09:00:00Z')
    const desk = await slaHelpdesk()
    await addPolicy(desk.run, {
      name: 'Everyone',
      calendarId: desk.berlin,
      resolutionMinutes: 30,
      ladder: [
        {
          id: 'late',
          target: 'resolution',
          when: 'after',
          minutes: 0,
          actions: [
            { type: 'email', to: 'admins', userIds: [] },
            { type: 'email', to: 'agents', userIds: [desk.agent.id] },
            { type: 'priority', level: 'high' },
          ],
        },
      ],
    })
    const ticket = await openTicket(desk.customer, desk.it.id, { priority: 'low' })
    await drainEvents()
    clock.set('2026-03-02T09:31:00Z')
    await runSchedule(plugin, 'sweep', desk.run)
    await drainEvents()

    const recipients = await db
      .from('notification_logs')
      .where({ ticket_id: ticket.id, kind: 'plugin_mail' })
      .select('recipient')
    assert.sameMembers(
      recipients.map((row) => row.recipient),
      [desk.admin.email, desk.agent.email]
    )
    const raised = await Ticket.findOrFail(ticket.id)
    assert.equal(raised.priority, 'high')
  })
})
