import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { isolate } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import { addPolicy, slaDesk } from './desk_support.js'

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
})
