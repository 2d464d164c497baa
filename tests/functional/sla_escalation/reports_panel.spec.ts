import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { isolate } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import { fakeClock } from '#platform/sdk/fake_clock'
import { addPolicy, reply, slaDesk } from './desk_support.js'

test.group('SLA escalation: its panel in Admin → Reports', (group) => {
  isolate(group)

  test('the admin.reports slot carries compliance for the period chosen there', async ({
    client,
    assert,
  }) => {
    const desk = await slaDesk()
    await addPolicy(desk.context)
    await openTicket(desk.customer, desk.it.id)
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()
    const today = DateTime.now().setZone(desk.organization.timezone).toISODate()!

    const response = await client
      .get(`/admin/reports?from=${today}&to=${today}`)
      .loginAs(desk.admin)
      .withInertia()
    response.assertStatus(200)
    const panels = response.inertiaProps.panels as {
      plugin: string
      component: string
      data: { period: { from: string }; overall: { tickets: number; underPolicy: number } }
    }[]
    assert.deepEqual(
      panels.map((panel) => [panel.plugin, panel.component]),
      [['sla-escalation', 'SlaReportPanel']]
    )
    assert.equal(panels[0].data.period.from, today)
    assert.equal(panels[0].data.overall.tickets, 2)
    assert.equal(panels[0].data.overall.underPolicy, 2)

    // A period before the tickets: the same panel, with nothing in it.
    const before = await client
      .get('/admin/reports?from=2020-01-01&to=2020-01-31')
      .loginAs(desk.admin)
      .withInertia()
    assert.equal(before.inertiaProps.panels[0].data.overall.tickets, 0)
  })

  test('it gives the business time taken, median and 90th percentile, beside calendar time', async ({
    client,
    assert,
  }) => {
    const desk = await slaDesk()
    const office: [string, string][] = [['09:00', '17:00']]
    await addPolicy(
      desk.context,
      {},
      {
        name: 'Office',
        timezone: 'UTC',
        hours: {
          mon: office,
          tue: office,
          wed: office,
          thu: office,
          fri: office,
          sat: [],
          sun: [],
        },
        holidays: [],
      }
    )
    const clock = fakeClock('2026-03-06T16:30:00Z') // a Friday, half an hour before closing
    try {
      const late = await openTicket(desk.customer, desk.it.id)
      clock.set('2026-03-09T09:30:00Z') // Monday: 30 business minutes on Friday, 30 today
      await reply(late, desk.agent)
      const quick = await openTicket(desk.customer, desk.it.id)
      clock.set('2026-03-09T09:50:00Z')
      await reply(quick, desk.agent)
      await drainEvents()
    } finally {
      clock.restore()
    }

    const response = await client
      .get('/admin/reports?from=2026-03-01&to=2026-03-31')
      .loginAs(desk.admin)
      .withInertia()
    const panel = response.inertiaProps.panels[0].data as {
      overall: { targets: Record<string, { businessMinutes: { median: number; p90: number } }> }
    }
    // 60 and 20 business minutes: percentile_cont's median 40, 90th 56.
    assert.deepEqual(panel.overall.targets.first_response.businessMinutes, { median: 40, p90: 56 })
    assert.deepEqual(panel.overall.targets.resolution.businessMinutes, { median: null, p90: null })
    // The core's own figures for the same tickets are calendar time, and say so.
    const report = response.inertiaProps.report as {
      timeBasis: string
      times: { firstResponse: { medianMinutes: number } }
    }
    assert.equal(report.timeBasis, 'calendar')
    // 65 hours (Friday 16:30 to Monday 09:30) and 20 minutes.
    assert.equal(report.times.firstResponse.medianMinutes, (65 * 60 + 20) / 2)
  })
})
