import { test } from '@japa/runner'
import { fakeClock, runEvent } from '#platform/sdk/testing'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import {
  addPolicy,
  panelData,
  plugin,
  reply,
  slaDesk,
  snapshotOf,
  storedClock,
} from './desk_support.js'

/**
 * The desk's SLA panel from real tickets: the data its loader answers at
 * each moment of a ticket's life, with Luxon's clock stopped so the
 * figures are exact. 24/7 calendar: business minutes are wall minutes.
 * Policy: first response 60 min, next response 120 min (after the
 * customer), resolution 480 min.
 */
const T0 = '2026-03-02T09:00:00.000Z'
const plus = (minutes: number) => new Date(Date.parse(T0) + minutes * 60_000).toISOString()

test.group('SLA desk panel', (group) => {
  isolate(group)
  group.each.teardown(() => fakeClock(T0).restore())

  async function scene() {
    const clock = fakeClock(T0)
    const desk = await slaDesk()
    await addPolicy(desk.context, { nextResponseMinutes: 120 })
    const ticket = await openTicket(desk.customer, desk.it.id)
    return { ...desk, clock, ticket }
  }

  const target = (data: any, key: string) =>
    data.targets.find((entry: { target: string }) => entry.target === key)

  test('running: the policy, its calendar, each target with its due time and business minutes', async ({
    assert,
  }) => {
    const { clock, context, ticket, run } = await scene()
    // The worker's handler for the new ticket stores its clock, as in production.
    const snapshot = await snapshotOf(context, ticket.id)
    await runEvent(plugin, 'ticket.created', { ticket: snapshot, actor: null, attachments: 0 }, run)
    assert.isNotNull(await storedClock(ticket.id))
    clock.set(plus(20))
    const data = await panelData('ticket.sidebar', context, ticket.id)

    assert.equal(data.policy, 'Standard')
    assert.equal(data.calendar.name, '24/7')
    assert.deepEqual(data.calendar.hours, [{ days: 'Mon–Sun', hours: '00:00–24:00' }])
    assert.isNull(data.pausedBecause)
    assert.deepInclude(target(data, 'first_response'), {
      label: 'First response',
      minutes: 60,
      state: 'running',
      startedAt: T0,
      dueAt: plus(60),
      metAt: null,
      businessMinutes: 20,
      diffMinutes: 40,
    })
    assert.deepInclude(target(data, 'next_response'), { state: 'waiting', dueAt: null })
    assert.deepInclude(target(data, 'resolution'), { state: 'running', dueAt: plus(480) })
    assert.deepEqual(data.pauses, [])
  })

  test('a ticket opened before the plugin was enabled gets its clock on first view', async ({
    assert,
  }) => {
    const { context, ticket } = await scene()
    assert.isNull(await storedClock(ticket.id), 'no worker ran: no clock yet')
    await panelData('ticket.sidebar', context, ticket.id)
    const row = await storedClock(ticket.id)
    assert.equal(row.first_response_due_at.toISOString(), plus(60))
  })

  test('paused while waiting on the customer: the due time is projected, the pause listed', async ({
    assert,
  }) => {
    const { clock, context, ticket, admin } = await scene()
    clock.set(plus(10))
    await TicketWorkflow.changeStatus(ticket, 'waiting_on_customer', {
      ...systemContext,
      actor: admin,
    })
    clock.set(plus(30))
    const data = await panelData('ticket.sidebar', context, ticket.id)

    assert.equal(data.pausedBecause, 'waiting on customer')
    assert.deepInclude(target(data, 'first_response'), {
      state: 'paused',
      // 10 minutes ran before the pause; 50 are left from now (09:30).
      dueAt: plus(80),
      businessMinutes: 10,
    })
    assert.deepEqual(data.pauses, [{ start: plus(10), end: null }])
  })

  test('the explain list shows a finished pause, and the due time moved by it', async ({
    assert,
  }) => {
    const { clock, context, ticket, admin, customer } = await scene()
    clock.set(plus(10))
    await TicketWorkflow.changeStatus(ticket, 'waiting_on_customer', {
      ...systemContext,
      actor: admin,
    })
    clock.set(plus(40))
    await reply(ticket, customer, 'Here is the serial number.')
    clock.set(plus(45))
    const data = await panelData('ticket.sidebar', context, ticket.id)

    assert.isNull(data.pausedBecause, 'the customer’s reply handed the ticket back')
    assert.deepEqual(data.pauses, [{ start: plus(10), end: plus(40) }])
    assert.deepInclude(target(data, 'first_response'), {
      state: 'running',
      dueAt: plus(90),
      businessMinutes: 15,
    })
  })

  test('met in time: the reply time and how early; next response waits for the customer', async ({
    assert,
  }) => {
    const { clock, context, ticket, agent } = await scene()
    clock.set(plus(22))
    await reply(ticket, agent)
    clock.set(plus(30))
    const data = await panelData('ticket.sidebar', context, ticket.id)

    assert.deepInclude(target(data, 'first_response'), {
      state: 'met',
      metAt: plus(22),
      dueAt: plus(60),
      businessMinutes: 22,
      diffMinutes: 38,
    })
    assert.deepInclude(target(data, 'next_response'), { state: 'waiting' })
    assert.equal(data.nextResponseMode, 'after_customer')
  })

  test('met late, and late while still unmet', async ({ assert }) => {
    const { clock, context, ticket, agent } = await scene()
    clock.set(plus(125))
    let data = await panelData('ticket.sidebar', context, ticket.id)
    assert.deepInclude(target(data, 'first_response'), {
      state: 'late',
      dueAt: plus(60),
      diffMinutes: -65,
    })

    clock.set(plus(126))
    await reply(ticket, agent)
    clock.set(plus(130))
    data = await panelData('ticket.sidebar', context, ticket.id)
    assert.deepInclude(target(data, 'first_response'), {
      state: 'met_late',
      metAt: plus(126),
      diffMinutes: -66,
    })
  })

  test('a ticket no policy matches: "No SLA policy applies"', async ({ assert }) => {
    const { clock, context, ticket } = await scene()
    await context.db.from('sla_escalation_policies').update({
      conditions: JSON.stringify({ priority: ['critical'], group: [], category: [] }),
    })
    clock.set(plus(5))
    const data = await panelData('ticket.sidebar', context, ticket.id)
    assert.isNull(data.policy)
    assert.deepEqual(data.targets, [])
  })

  test('a business calendar: hours grouped by weekday, holidays, and its zone', async ({
    assert,
  }) => {
    const clock = fakeClock(T0)
    const desk = await slaDesk()
    const office = [
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ] as [string, string][]
    await addPolicy(
      desk.context,
      { name: 'Office hours' },
      {
        name: 'Berlin office',
        timezone: 'Europe/Berlin',
        hours: {
          mon: office,
          tue: office,
          wed: office,
          thu: office,
          fri: [['09:00', '13:00']],
          sat: [],
          sun: [],
        },
        holidays: [
          { date: '2026-12-25', yearly: true },
          { date: '2026-04-03', yearly: false },
        ],
      }
    )
    const ticket = await openTicket(desk.customer, desk.it.id)
    clock.set(plus(30))
    const data = await panelData('ticket.sidebar', desk.context, ticket.id)

    assert.deepEqual(data.calendar, {
      name: 'Berlin office',
      timezone: 'Europe/Berlin',
      hours: [
        { days: 'Mon–Thu', hours: '09:00–12:00, 13:00–17:00' },
        { days: 'Fri', hours: '09:00–13:00' },
        { days: 'Sat–Sun', hours: 'closed' },
      ],
      holidays: [
        { date: '2026-04-03', yearly: false },
        { date: '2026-12-25', yearly: true },
      ],
    })
    // 09:00 UTC is 10:00 in Berlin: 30 business minutes by 09:30 UTC.
    assert.deepInclude(target(data, 'first_response'), { businessMinutes: 30, dueAt: plus(60) })
  })
})
