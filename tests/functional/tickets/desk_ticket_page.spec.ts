import { test } from '@japa/runner'
import type Ticket from '#models/ticket'
import TicketComment from '#models/ticket_comment'
import TicketHistory from '#models/ticket_history'
import AuditLog from '#models/audit_log'
import OutboxEvent from '#models/outbox_event'
import User from '#models/user'
import { UserFactory } from '#database/factories/main'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

async function historyOf(ticket: Ticket) {
  const entries = await TicketHistory.query().where('ticket_id', ticket.id).orderBy('id')
  return entries.map((entry) => [entry.field, entry.oldValue, entry.newValue])
}

/**
 * The agent's ticket page: one save for every field, and "send and set
 * status" on the reply box, each one request and all-or-nothing.
 */
test.group('Desk: the one save of a ticket page', (group) => {
  isolate(group)

  test('title, assignee, status, priority and classification change in one request', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Laptop slow' })

    const response = await client
      .put(`/desk/tickets/${ticket.id}`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({
        title: 'Laptop slow after the BIOS update',
        assignedTo: desk.agent.id,
        status: 'in_progress',
        priority: 'high',
        groupId: desk.it.id,
        categoryId: desk.hardware.id,
        subcategoryId: desk.laptop.id,
      })
      .redirects(0)

    response.assertStatus(302)
    response.assertToast('success', 'Ticket updated.')
    await ticket.refresh()
    assert.equal(ticket.title, 'Laptop slow after the BIOS update')
    assert.equal(ticket.assigneeId, desk.agent.id)
    assert.equal(ticket.status, 'in_progress')
    assert.equal(ticket.priority, 'high')
    assert.equal(ticket.subcategoryId, desk.laptop.id)
    const entries = await historyOf(ticket)
    assert.deepEqual(entries.slice(1), [
      ['title', 'Laptop slow', 'Laptop slow after the BIOS update'],
      ['priority', 'medium', 'high'],
      ['category', null, 'Hardware'],
      ['subcategory', null, 'Laptop'],
      ['assignee', null, desk.agent.name],
      ['status', 'open', 'in_progress'],
    ])
    const audits = await AuditLog.query()
      .where({ entity_type: 'ticket', entity_id: ticket.id })
      .orderBy('id')
    assert.deepEqual(
      audits.map((entry) => entry.action),
      ['ticket.created', 'ticket.updated']
    )
    const events = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .whereNot('name', 'ticket.created')
      .orderBy('id')
    assert.deepEqual(
      events.map((event) => event.name),
      ['ticket.updated', 'ticket.assigned', 'ticket.status_changed']
    )
  })

  test('a refused field refuses the whole save and is shown beside that field', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Printer offline' })

    const response = await client
      .put(`/desk/tickets/${ticket.id}`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ title: 'Printer offline on floor 3', priority: 'critical', status: 'in_progress' })
      .redirects(0)

    response.assertFieldError('status', 'Assign the ticket to an agent first.')
    await ticket.refresh()
    assert.equal(ticket.title, 'Printer offline')
    assert.equal(ticket.priority, 'medium')
    assert.lengthOf(await historyOf(ticket), 1)

    const tooLong = await client
      .put(`/desk/tickets/${ticket.id}`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ title: 'x'.repeat(201), priority: 'low' })
      .redirects(0)
    tooLong.assertFieldError('title')
    await ticket.refresh()
    assert.equal(ticket.priority, 'medium')
  })

  test('a status and assignee sent as they are change nothing', async ({ client, assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.assign(ticket, desk.agent.id, { ...systemContext, actor: desk.admin })

    const response = await client
      .put(`/desk/tickets/${ticket.id}`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ title: ticket.title, status: 'assigned', assignedTo: desk.agent.id, priority: 'low' })
      .redirects(0)

    response.assertToast('success', 'Ticket updated.')
    const entries = await historyOf(ticket)
    assert.deepEqual(entries.at(-1), ['priority', 'medium', 'low'])
    assert.lengthOf(entries, 4)
  })

  test('only staff who manage the ticket may save it', async ({ client, assert }) => {
    const desk = await helpdesk()
    const requesterAgent = await UserFactory.apply('agent')
      .merge({ organizationId: desk.organization.id })
      .create()
    const ticket = await openTicket(requesterAgent, desk.facilities.id, { title: 'My own' })

    const response = await client
      .put(`/desk/tickets/${ticket.id}`)
      .loginAs(requesterAgent)
      .withCsrfToken()
      .form({ title: 'Renamed by a reader' })
      .redirects(0)
    response.assertToast('error')
    await ticket.refresh()
    assert.equal(ticket.title, 'My own')
  })
})

test.group('Desk: send and set status', (group) => {
  isolate(group)

  test('a reply and a status change are one step', async ({ client, assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.assign(ticket, desk.agent.id, { ...systemContext, actor: desk.admin })

    const response = await client
      .post(`/desk/tickets/${ticket.id}/comments`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ body: 'Fixed: the driver is updated.', status: 'resolved' })
      .redirects(0)

    response.assertToast('success', 'Reply sent and status set to Resolved.')
    await ticket.refresh()
    assert.equal(ticket.status, 'resolved')
    assert.isNotNull(ticket.resolvedAt)
    assert.isNotNull(ticket.firstResponseAt)
    const entries = await historyOf(ticket)
    assert.deepEqual(
      entries.slice(-2).map(([field]) => field),
      ['reply', 'status']
    )
    assert.deepEqual(entries.at(-1), ['status', 'assigned', 'resolved'])

    const waiting = await openTicket(desk.customer, desk.it.id)
    await client
      .post(`/desk/tickets/${waiting.id}/comments`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ body: 'Which model is it?', status: 'waiting_on_customer' })
    await waiting.refresh()
    assert.equal(waiting.status, 'waiting_on_customer')
  })

  test('a refused status keeps the message unsent, so nothing is half done', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)

    const response = await client
      .post(`/desk/tickets/${ticket.id}/comments`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ body: 'Starting on this now.', status: 'in_progress' })
      .redirects(0)

    response.assertFieldError('status', 'Assign the ticket to an agent first.')
    await ticket.refresh()
    assert.equal(ticket.status, 'open')
    assert.lengthOf(await TicketComment.query().where('ticket_id', ticket.id), 0)
  })

  test('setting a status needs the right to work the ticket; the portal never sets one', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const requesterAgent = await UserFactory.apply('agent')
      .merge({ organizationId: desk.organization.id })
      .create()
    const own = await openTicket(requesterAgent, desk.facilities.id)
    const refused = await client
      .post(`/desk/tickets/${own.id}/comments`)
      .loginAs(requesterAgent)
      .withCsrfToken()
      .form({ body: 'Closing my own ticket', status: 'closed' })
      .redirects(0)
    refused.assertToast('error')
    assert.lengthOf(await TicketComment.query().where('ticket_id', own.id), 0)

    const ticket = await openTicket(desk.customer, desk.it.id)
    await client
      .post(`/portal/tickets/${ticket.id}/comments`)
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({ body: 'Any news?', status: 'closed' })
    await ticket.refresh()
    assert.equal(ticket.status, 'open')
    assert.lengthOf(await TicketComment.query().where('ticket_id', ticket.id), 1)
  })
})

test.group('API: the same in one request', (group) => {
  isolate(group)

  test('PUT /admin/tickets/:id takes assignee and status; comments take a status', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.agent)
    const ticket = await openTicket(desk.customer, desk.it.id)

    const update = await client
      .put(`/api/v1/admin/tickets/${ticket.id}`)
      .bearerToken(token)
      .json({ title: 'Renamed and started', assigned_to: desk.agent.id, status: 'in_progress' })
    update.assertStatus(200)
    assert.equal(update.body().data.status, 'in_progress')
    assert.equal(update.body().data.assignee.id, desk.agent.id)
    assert.equal(update.body().data.title, 'Renamed and started')

    const refused = await client
      .put(`/api/v1/admin/tickets/${ticket.id}`)
      .bearerToken(token)
      .json({ assigned_to: null, status: 'in_progress', priority: 'low' })
    refused.assertStatus(422)
    assert.property(refused.body().details, 'status')
    await ticket.refresh()
    assert.equal(ticket.assigneeId, desk.agent.id)
    assert.equal(ticket.priority, 'medium')

    const reply = await client
      .post(`/api/v1/tickets/${ticket.id}/comments`)
      .bearerToken(token)
      .json({ body: 'Done.', status: 'resolved' })
    reply.assertStatus(201)
    await ticket.refresh()
    assert.equal(ticket.status, 'resolved')

    const customer = await client
      .post(`/api/v1/tickets/${ticket.id}/comments`)
      .bearerToken(await bearer(desk.customer))
      .json({ body: 'Closing it myself', status: 'closed' })
    customer.assertStatus(403)
  })
})
