import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Ticket from '#models/ticket'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import DashboardGlance from '#services/reports/dashboard_glance'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { customersMayChooseAnyPriority, helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'

test.group('Admin dashboard: the desk at a glance', (group) => {
  isolate(group)

  test('counts active tickets, the unassigned, the oldest waiting and today, of its organization only', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await helpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    const as = { ...systemContext, actor: desk.admin }
    const first = await openTicket(desk.customer, desk.it.id, { priority: 'critical' })
    const second = await openTicket(desk.customer, desk.it.id)
    const third = await openTicket(desk.customer, desk.it.id, { priority: 'low' })
    await TicketWorkflow.assign(second, desk.agent.id, as)
    await TicketWorkflow.assign(third, desk.agent.id, as)
    await TicketWorkflow.changeStatus(third, 'resolved', as)
    await openTicket(other.customer, other.it.id)
    await Ticket.query()
      .where('id', first.id)
      .update({ createdAt: new Date(Date.now() - 3 * 86400_000) })
    await drainEvents()

    const glance = await DashboardGlance.of(desk.organization.id, 'UTC')
    assert.equal(glance.open, 2)
    assert.deepEqual(glance.byStatus, { open: 1, assigned: 1 })
    assert.deepEqual(glance.byPriority, { critical: 1, medium: 1 })
    assert.equal(glance.unassigned, 1)
    assert.equal(glance.oldestWaiting?.id, first.id)
    // Today's figures come from the rollups; the back-dating above was SQL
    // without an event (as an import by hand would be), so rebuild first.
    const { default: ReportRollups } = await import('#services/reports/report_rollups')
    await ReportRollups.rebuild(desk.organization.id)
    const rebuilt = await DashboardGlance.of(desk.organization.id, 'UTC')
    const direct = await db.rawQuery(
      `SELECT count(*) FILTER (WHERE created_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')::int AS created,
              count(*) FILTER (WHERE status IN ('resolved', 'closed')
                                 AND resolved_at >= date_trunc('day', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC')::int AS resolved
         FROM tickets WHERE organization_id = ?`,
      [desk.organization.id]
    )
    assert.deepEqual(
      { created: rebuilt.today.created, resolved: rebuilt.today.resolved },
      direct.rows[0]
    )
    assert.equal(rebuilt.today.created, 2)
  })

  test('the dashboard page carries the glance', async ({ client, assert }) => {
    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id)
    const response = await client.get('/admin').loginAs(desk.admin).withInertia()
    response.assertStatus(200)
    assert.equal(response.inertiaProps.glance.open, 1)
    assert.equal(response.inertiaProps.glance.unassigned, 1)
  })
})
