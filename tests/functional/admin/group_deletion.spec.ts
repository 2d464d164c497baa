import { test } from '@japa/runner'
import { GroupFactory, OrganizationFactory } from '#database/factories/main'
import AuditLog from '#models/audit_log'
import Group from '#models/group'
import OutboxEvent from '#models/outbox_event'
import Ticket from '#models/ticket'
import TicketHistory from '#models/ticket_history'
import User from '#models/user'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

/**
 * IT with three tickets: one assigned to the agent (an IT member) and in
 * progress, one open, one resolved. Facilities is the other active group.
 */
async function itInUse() {
  const desk = await helpdesk()
  const as = { ...systemContext, actor: desk.admin }
  const working = await openTicket(desk.customer, desk.it.id, {
    title: 'Being worked',
    categoryId: desk.hardware.id,
  })
  await TicketWorkflow.assign(working, desk.agent.id, as)
  await TicketWorkflow.changeStatus(working, 'in_progress', as)
  const waiting = await openTicket(desk.customer, desk.it.id, { title: 'Waiting' })
  const done = await openTicket(desk.customer, desk.it.id, { title: 'Done' })
  await TicketWorkflow.assign(done, desk.agent.id, as)
  await TicketWorkflow.changeStatus(done, 'resolved', as)
  const inactive = await GroupFactory.merge({
    organizationId: desk.organization.id,
    name: 'Retired',
    isActive: false,
  }).create()
  return { ...desk, working, waiting, done, inactive }
}

async function ticketsIn(groupId: number) {
  const tickets = await Ticket.query().where('group_id', groupId)
  return tickets.length
}

test.group('Admin: deleting a group that tickets use', (group) => {
  isolate(group)

  test('the group page says how many tickets use it, how many are open, and where they can go', async ({
    client,
    assert,
  }) => {
    const desk = await itInUse()
    const page = await client.get(`/admin/groups/${desk.it.id}`).loginAs(desk.admin).withInertia()
    assert.deepEqual(page.inertiaProps.usage, { tickets: 3, openTickets: 2 })
    assert.deepEqual(page.inertiaProps.moveTargets, [
      { id: desk.facilities.id, name: 'Facilities' },
    ])
  })

  test('open tickets move like any group change, in one go with the deactivation', async ({
    client,
    assert,
  }) => {
    const desk = await itInUse()
    const response = await client
      .delete(`/admin/groups/${desk.it.id}`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ moveOpenTicketsTo: String(desk.facilities.id) })
      .redirects(0)
    response.assertHeader('location', '/admin/groups')
    response.assertToast('success', 'has tickets, so it was deactivated')
    response.assertToast('success', '2 open tickets moved to "Facilities"')

    await desk.it.refresh()
    assert.isFalse(desk.it.isActive, 'the resolved ticket still uses IT')
    for (const ticket of [desk.working, desk.waiting, desk.done]) await ticket.refresh()
    assert.equal(desk.working.groupId, desk.facilities.id)
    assert.isNull(desk.working.categoryId, 'IT’s category does not follow it')
    assert.isNull(desk.working.assigneeId, 'the agent is not in Facilities')
    assert.equal(desk.working.status, 'open')
    assert.equal(desk.waiting.groupId, desk.facilities.id)
    assert.equal(desk.done.groupId, desk.it.id, 'resolved tickets stay')

    const timeline = await TicketHistory.query()
      .where('ticket_id', desk.working.id)
      .where('actor_id', desk.admin.id)
      .orderBy('id')
    assert.includeDeepMembers(
      timeline.map((entry) => ({ field: entry.field, from: entry.oldValue, to: entry.newValue })),
      [
        { field: 'group', from: 'IT', to: 'Facilities' },
        { field: 'category', from: 'Hardware', to: null },
        { field: 'status', from: 'in_progress', to: 'open' },
      ]
    )
    const ticketAudits = await AuditLog.query()
      .where('action', 'ticket.updated')
      .whereIn('entity_id', [String(desk.working.id), String(desk.waiting.id)])
    assert.lengthOf(ticketAudits, 2)
    assert.deepInclude(ticketAudits[0].newValues, { group: 'Facilities' })
    const deactivation = await AuditLog.findByOrFail('action', 'group.deactivated')
    assert.deepInclude(deactivation.oldValues, { movedTickets: 2, movedTo: 'Facilities' })
    const events = await OutboxEvent.query().where('name', 'ticket.updated')
    assert.sameMembers(
      events.map((event) => (event.payload as { ticket: { id: number } }).ticket.id),
      [desk.working.id, desk.waiting.id]
    )
  })

  test('without a target the tickets stay and the group is only deactivated', async ({
    client,
    assert,
  }) => {
    const desk = await itInUse()
    await client
      .delete(`/admin/groups/${desk.it.id}`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ moveOpenTicketsTo: '' })
    await desk.it.refresh()
    assert.isFalse(desk.it.isActive)
    assert.equal(await ticketsIn(desk.it.id), 3)
  })

  test('a group whose tickets were all open and moved is deleted outright', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const only = await openTicket(desk.customer, desk.it.id)
    const response = await client
      .delete(`/admin/groups/${desk.it.id}`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ moveOpenTicketsTo: String(desk.facilities.id) })
      .redirects(0)
    response.assertToast('success', 'deleted. 1 open ticket moved')
    assert.isNull(await Group.find(desk.it.id))
    await only.refresh()
    assert.equal(only.groupId, desk.facilities.id)
  })

  test('an inactive group, the group itself or another organization’s is no target; nothing moves', async ({
    client,
    assert,
  }) => {
    const desk = await itInUse()
    const other = await OrganizationFactory.create()
    const elsewhere = await GroupFactory.merge({ organizationId: other.id }).create()
    for (const target of [desk.inactive.id, desk.it.id, elsewhere.id]) {
      const response = await client
        .delete(`/admin/groups/${desk.it.id}`)
        .loginAs(desk.admin)
        .withCsrfToken()
        .form({ moveOpenTicketsTo: String(target) })
        .redirects(0)
      response.assertFieldError('moveOpenTicketsTo', 'Choose another active group.')
    }
    await desk.it.refresh()
    assert.isTrue(desk.it.isActive)
    assert.equal(await ticketsIn(desk.it.id), 3)
    assert.isNull(await AuditLog.findBy('action', 'group.deactivated'))
  })
})

test.group('API: deleting a group that tickets use', (group) => {
  isolate(group)

  async function tokenOf(user: User) {
    const token = await User.accessTokens.create(user)
    return token.value!.release()
  }

  test('usage first, then the deletion with the move, as the admin area does it', async ({
    client,
    assert,
  }) => {
    const desk = await itInUse()
    const token = await tokenOf(desk.admin)
    const usage = await client.get(`/api/v1/admin/groups/${desk.it.id}/usage`).bearerToken(token)
    usage.assertStatus(200)
    assert.deepEqual(usage.body().data, {
      id: desk.it.id,
      tickets: 3,
      open_tickets: 2,
      move_targets: [{ id: desk.facilities.id, name: 'Facilities' }],
    })

    const refused = await client
      .delete(`/api/v1/admin/groups/${desk.it.id}`)
      .bearerToken(token)
      .json({ move_open_tickets_to: desk.inactive.id })
    refused.assertStatus(422)
    assert.properties(refused.body().details, ['move_open_tickets_to'])

    const deleted = await client
      .delete(`/api/v1/admin/groups/${desk.it.id}`)
      .bearerToken(token)
      .json({ move_open_tickets_to: desk.facilities.id })
    deleted.assertStatus(200)
    assert.deepEqual(deleted.body().data, {
      id: desk.it.id,
      outcome: 'deactivated',
      moved_tickets: 2,
      moved_to: desk.facilities.id,
    })
    await desk.waiting.refresh()
    assert.equal(desk.waiting.groupId, desk.facilities.id)
  })

  test('agents may not look or delete', async ({ client }) => {
    const desk = await itInUse()
    const token = await tokenOf(desk.agent)
    const usage = await client.get(`/api/v1/admin/groups/${desk.it.id}/usage`).bearerToken(token)
    usage.assertStatus(403)
  })
})
