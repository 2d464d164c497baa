import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { fakeClock, runCommand, runSchedule } from '#platform/sdk/testing'
import Ticket from '#models/ticket'
import { isolate } from '#tests/support/world'
import { customersMayChooseAnyPriority, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import plugin from '#plugins/sla-escalation/plugin'
import Policies from '#plugins/sla-escalation/data/policies'
import { requestRecompute } from '#plugins/sla-escalation/tracking/recompute'
import { addPolicy, change, clockOf, iso, reply, slaHelpdesk } from './sla_world.js'

/**
 * The clocks as the product keeps them: computed from the real ticket's
 * records after each event, through the SDK. Berlin office hours,
 * Mon–Fri 09:00–17:00 (CET, UTC+1), Wednesday 4 March 2026 a holiday.
 */
test.group('SLA escalation: clocks follow the ticket', (group) => {
  isolate(group)
  group.each.teardown(() => fakeClock(new Date()).restore())

  test('created after hours, answered, paused and resumed across a holiday', async ({ assert }) => {
    const clock = fakeClock('2026-03-02T15:30:00Z') // Monday 16:30 in Berlin
    const desk = await slaHelpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    const high = await addPolicy(desk.run, {
      name: 'High',
      conditions: { priority: ['high'], group: [], category: [] },
      calendarId: desk.berlin,
      firstResponseMinutes: 60,
      resolutionMinutes: 480,
    })
    const ticket = await openTicket(desk.customer, desk.it.id, { priority: 'high' })
    await drainEvents()

    let row = (await clockOf(ticket.id))!
    assert.equal(row.policy_id, high)
    // 30 minutes on Monday, the other 30 from Tuesday's opening
    assert.equal(iso(row.first_response_due_at), '2026-03-03T08:30:00Z')
    assert.equal(iso(row.resolution_due_at), '2026-03-03T15:30:00Z')
    assert.equal(iso(row.escalation_at), '2026-03-03T08:30:00Z')

    clock.set('2026-03-03T08:00:00Z')
    await change(await Ticket.findOrFail(ticket.id), desk.admin, { assigneeId: desk.agent.id })
    await reply(await Ticket.findOrFail(ticket.id), desk.agent, 'Can you send a photo?')
    await reply(await Ticket.findOrFail(ticket.id), desk.agent, 'Internal: asked', true)
    await drainEvents()
    row = (await clockOf(ticket.id))!
    assert.equal(iso(row.first_response_met_at), '2026-03-03T08:00:00Z')
    // 30 minutes on Monday and none on Tuesday before 09:00 in Berlin: 30 early
    assert.equal(row.first_response_business_minutes, 30)
    assert.equal(row.first_response_diff_minutes, 30)
    assert.equal(iso(row.escalation_at), '2026-03-03T15:30:00Z', 'resolution is what is left')

    clock.set('2026-03-03T09:00:00Z')
    await change(await Ticket.findOrFail(ticket.id), desk.agent, { status: 'waiting_on_customer' })
    await drainEvents()
    row = (await clockOf(ticket.id))!
    assert.isTrue(row.paused)
    assert.isNull(row.next_step_at, 'a paused clock has no step pending')

    // Wednesday is a holiday: the customer answers Thursday 09:00 in Berlin
    clock.set('2026-03-05T08:00:00Z')
    await reply(await Ticket.findOrFail(ticket.id), desk.customer, 'Here is the photo.')
    await drainEvents()
    row = (await clockOf(ticket.id))!
    assert.isFalse(row.paused)
    // 90 business minutes used before the pause, 390 left from Thursday 09:00
    assert.equal(iso(row.resolution_due_at), '2026-03-05T14:30:00Z')
  })

  test('a priority change chooses the policy again, or drops the clocks when none matches', async ({
    assert,
  }) => {
    fakeClock('2026-03-02T09:00:00Z') // Monday 10:00 in Berlin
    const desk = await slaHelpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    const high = await addPolicy(desk.run, {
      name: 'High',
      conditions: { priority: ['high', 'critical'], group: [], category: [] },
      calendarId: desk.berlin,
      firstResponseMinutes: 60,
    })
    const it = await addPolicy(desk.run, {
      name: 'IT medium',
      conditions: { priority: ['medium'], group: [desk.it.id], category: [] },
      calendarId: desk.berlin,
      firstResponseMinutes: 240,
    })
    const ticket = await openTicket(desk.customer, desk.it.id, { priority: 'high' })
    await drainEvents()
    assert.equal((await clockOf(ticket.id))!.policy_id, high)

    await change(await Ticket.findOrFail(ticket.id), desk.admin, { priority: 'medium' })
    await drainEvents()
    let row = (await clockOf(ticket.id))!
    assert.equal(row.policy_id, it)
    assert.equal(iso(row.first_response_due_at), '2026-03-02T13:00:00Z', 'Monday 14:00 in Berlin')

    await change(await Ticket.findOrFail(ticket.id), desk.admin, { priority: 'low' })
    await drainEvents()
    row = (await clockOf(ticket.id))!
    assert.isNull(row.policy_id)
    assert.isNull(row.first_response_due_at)
    assert.isNull(row.escalation_at)
  })

  test('a policy change recomputes open tickets in the background', async ({ assert }) => {
    fakeClock('2026-03-02T09:00:00Z')
    const desk = await slaHelpdesk()
    const policyId = await addPolicy(desk.run, {
      name: 'Everyone',
      calendarId: desk.berlin,
      firstResponseMinutes: 60,
    })
    const tickets = [
      await openTicket(desk.customer, desk.it.id),
      await openTicket(desk.customer, desk.it.id),
    ]
    await drainEvents()
    assert.equal(iso((await clockOf(tickets[0].id))!.first_response_due_at), '2026-03-02T10:00:00Z')

    const policies = new Policies(desk.run.context.db)
    const policy = (await policies.find(policyId))!
    await policies.update(policyId, { ...policy, firstResponseMinutes: 120 })
    await requestRecompute(desk.run.context)
    await runSchedule(plugin, 'recompute', desk.run)

    for (const ticket of tickets) {
      assert.equal(iso((await clockOf(ticket.id))!.first_response_due_at), '2026-03-02T11:00:00Z')
    }
  })

  test('tickets opened before the plugin had a policy get their clock from the recompute command', async ({
    assert,
  }) => {
    fakeClock('2026-03-02T09:00:00Z')
    const desk = await slaHelpdesk()
    const before = await openTicket(desk.customer, desk.it.id)
    await drainEvents()
    await db.from('sla_escalation_clocks').where('ticket_id', before.id).delete()
    await addPolicy(desk.run, {
      name: 'Everyone',
      calendarId: desk.berlin,
      firstResponseMinutes: 30,
    })

    const printed = await runCommand(plugin, 'recompute', desk.run)
    assert.equal(iso((await clockOf(before.id))!.first_response_due_at), '2026-03-02T09:30:00Z')
    assert.include(printed.join('\n'), 'SLA clocks recomputed')
  })
})
