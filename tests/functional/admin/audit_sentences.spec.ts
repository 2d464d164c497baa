import db from '@adonisjs/lucid/services/db'
import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import GroupService from '#services/group_service'
import GroupDeletion from '#services/group_deletion'
import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

type Entry = {
  action: string
  actorName: string | null
  target: string | null
  related: Record<string, unknown>
}

/**
 * The audit log and the dashboard speak in sentences; the server hands
 * each entry the names they need (AuditLogNames): the actor's name, the
 * record's human name or reference, and the names of records its values
 * mention, even once a record is gone.
 */
test.group('Admin: audit entries name people and records', (group) => {
  isolate(group)

  test('actor, ticket reference, member, group and plugin by name', async ({ client, assert }) => {
    const desk = await helpdesk()
    const asAgent = { ...systemContext, actor: desk.agent }
    const asAdmin = { ...systemContext, actor: desk.admin }
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Printer jams' })
    await TicketWorkflow.assign(ticket, desk.agent.id, asAgent)
    await TicketWorkflow.changeStatus(ticket, 'resolved', asAgent)
    await GroupService.removeMember(desk.it, desk.agent.id, asAdmin)
    await GroupDeletion.delete(desk.facilities, {}, asAdmin)
    const plugin = PluginCatalog.find('fixture-events')!
    await Installations.configure(desk.organization.id, plugin, { failAttempts: 0 }, asAdmin)
    await Installations.enable(desk.organization.id, plugin, asAdmin)

    const page = await client.get('/admin/audit').loginAs(desk.admin).withInertia()
    const entries = page.inertiaProps.entries.data as Entry[]
    const find = (action: string) => entries.find((entry) => entry.action === action)!

    assert.deepInclude(find('ticket.status_changed'), {
      actorName: desk.agent.name,
      target: ticket.reference,
    })
    assert.deepInclude(find('ticket.created'), {
      actorName: desk.customer.name,
      target: ticket.reference,
      related: { group: 'IT' },
    })
    assert.deepInclude(find('group.member_removed'), {
      target: 'IT',
      related: { user: desk.agent.name },
    })
    assert.deepInclude(find('group.deleted'), { target: 'Facilities' }, 'gone, named all the same')
    assert.equal(find('plugin.enabled').target, plugin.manifest!.name)

    const dashboard = await client.get('/admin').loginAs(desk.admin).withInertia()
    const recent = dashboard.inertiaProps.recentActivity as Entry[]
    assert.equal(recent[0].action, 'plugin.enabled')
    assert.equal(recent[0].actorName, desk.admin.name)
  })

  test('names come from the viewer’s organization only', async ({ client, assert }) => {
    const home = await helpdesk()
    const other = await helpdesk()
    const foreign = await openTicket(other.customer, other.it.id)
    // An actor of another organization cannot even be stored (composite foreign key).
    await assert.rejects(
      () =>
        db.transaction((trx) =>
          AuditLog.create(
            {
              organizationId: home.organization.id,
              actorId: other.admin.id,
              action: 'ticket.status_changed',
              entityType: 'ticket',
              entityId: String(foreign.id),
            },
            { client: trx }
          )
        ),
      /audit_logs_actor_organization_foreign/
    )
    await AuditLog.create({
      organizationId: home.organization.id,
      actorId: null,
      actorLabel: 'forged@example.com',
      action: 'ticket.status_changed',
      entityType: 'ticket',
      entityId: String(foreign.id),
      newValues: { status: 'closed', userId: other.agent.id },
    })
    const page = await client.get('/admin/audit').loginAs(home.admin).withInertia()
    const [entry] = page.inertiaProps.entries.data as Entry[]
    assert.deepInclude(entry, { actorName: null, target: null, related: {} })
  })
})
