import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Ticket from '#models/ticket'
import type Organization from '#models/organization'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

const at = (iso: string) => DateTime.fromISO(iso, { setZone: true })

/**
 * "Close resolved tickets after N days", counted in calendar days of the
 * organization's time zone (app/services/tickets/auto_close_rule.ts), run
 * by the real job's service at fixed moments around local midnight.
 */
async function resolvedAt(zone: string, days: number, resolved: string) {
  const desk = await helpdesk()
  await setZone(desk.organization, zone, days)
  const ticket = await openTicket(desk.customer, desk.it.id)
  await TicketWorkflow.changeStatus(ticket, 'resolved', { ...systemContext, actor: desk.admin })
  await Ticket.query()
    .where('id', ticket.id)
    .update({ resolvedAt: at(resolved).toSQL() })
  return ticket
}

async function setZone(organization: Organization, zone: string, days: number) {
  organization.merge({ timezone: zone, autoCloseDays: days })
  await organization.save()
}

async function statusAfterRun(ticket: Ticket, now: string) {
  await TicketWorkflow.autoClose(at(now))
  await ticket.refresh()
  return ticket.status
}

test.group('Auto-close in the organization’s calendar', (group) => {
  isolate(group)

  test('resolved late on Monday in Berlin with 3 days: closes as Friday begins there', async ({
    assert,
  }) => {
    const ticket = await resolvedAt('Europe/Berlin', 3, '2026-06-08T23:50:00+02:00')
    assert.equal(await statusAfterRun(ticket, '2026-06-11T23:59:00+02:00'), 'resolved')
    assert.equal(await statusAfterRun(ticket, '2026-06-12T00:00:00+02:00'), 'closed')
    assert.isNotNull(ticket.closedAt)
  })

  test('New York counts its own days: 23:30 there is already the next day in UTC', async ({
    assert,
  }) => {
    // 10 June 23:30 EDT = 11 June 03:30 UTC; two days after 10 June end at 13 June 00:00 EDT.
    const ticket = await resolvedAt('America/New_York', 2, '2026-06-10T23:30:00-04:00')
    assert.equal(await statusAfterRun(ticket, '2026-06-13T03:59:00Z'), 'resolved')
    assert.equal(await statusAfterRun(ticket, '2026-06-13T04:00:00Z'), 'closed')
  })

  test('across the 23-hour day of summer time, at local midnight', async ({ assert }) => {
    // Resolved Saturday 28 March; Sunday 29 March (23 hours) is the one day; closes 30 March 00:00 CEST.
    const ticket = await resolvedAt('Europe/Berlin', 1, '2026-03-28T10:00:00+01:00')
    assert.equal(await statusAfterRun(ticket, '2026-03-29T21:59:00Z'), 'resolved')
    assert.equal(await statusAfterRun(ticket, '2026-03-29T22:00:00Z'), 'closed')
  })

  test('across the 25-hour day of winter time, at local midnight', async ({ assert }) => {
    // Resolved Saturday 24 October 23:30 CEST; Sunday 25 October (25 hours) is the one day.
    const ticket = await resolvedAt('Europe/Berlin', 1, '2026-10-24T23:30:00+02:00')
    assert.equal(await statusAfterRun(ticket, '2026-10-25T22:59:00Z'), 'resolved')
    assert.equal(await statusAfterRun(ticket, '2026-10-25T23:00:00Z'), 'closed')
  })

  test('0 days keeps resolved tickets open whatever their age', async ({ assert }) => {
    const ticket = await resolvedAt('UTC', 0, '2020-01-01T00:00:00Z')
    assert.equal(await statusAfterRun(ticket, '2026-06-12T00:00:00Z'), 'resolved')
  })
})
