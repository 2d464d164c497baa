import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Ticket from '#models/ticket'
import TicketHistory from '#models/ticket_history'
import AuditLog from '#models/audit_log'
import { UserFactory } from '#database/factories/main'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { customersMayChooseAnyPriority, helpdesk, openTicket } from '#tests/support/tickets'

function titles(response: { inertiaProps: Record<string, any> }): string[] {
  return response.inertiaProps.tickets.data.map((ticket: { title: string }) => ticket.title)
}

test.group('Desk: queues', (group) => {
  isolate(group)

  test('unassigned, mine, my groups, high & critical and all (admins) each show their tickets', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    const as = { ...systemContext, actor: desk.admin }
    const waiting = await openTicket(desk.customer, desk.it.id, { title: 'Waiting in IT' })
    const mine = await openTicket(desk.customer, desk.it.id, {
      title: 'Assigned to agent',
      priority: 'critical',
    })
    await TicketWorkflow.assign(mine, desk.agent.id, as)
    await openTicket(desk.customer, desk.facilities.id, {
      title: 'Facilities issue',
      priority: 'high',
    })
    const done = await openTicket(desk.customer, desk.it.id, { title: 'Closed one' })
    await TicketWorkflow.changeStatus(done, 'closed', as)

    const get = (queue: string, user = desk.agent) =>
      client.get(`/desk?queue=${queue}`).loginAs(user).withInertia()
    assert.deepEqual(titles(await get('unassigned')), [waiting.title])
    assert.deepEqual(titles(await get('mine')), ['Assigned to agent'])
    assert.sameMembers(titles(await get('groups')), ['Waiting in IT', 'Assigned to agent'])
    assert.deepEqual(titles(await get('urgent')), ['Assigned to agent'])
    assert.sameMembers(titles(await get('urgent', desk.admin)), [
      'Assigned to agent',
      'Facilities issue',
    ])
    assert.lengthOf(titles(await get('all', desk.admin)), 4)
    const unassigned = await get('unassigned')
    const agentQueues = unassigned.inertiaProps.queues
    assert.notInclude(agentQueues, 'all')
  })

  test('filters by status, priority, group, assignee, requester and created range; sorts', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    const other = await UserFactory.merge({ organizationId: desk.organization.id }).create()
    const old = await openTicket(desk.customer, desk.it.id, { title: 'Old low', priority: 'low' })
    await Ticket.query()
      .where('id', old.id)
      .update({ createdAt: DateTime.fromISO('2025-01-10T10:00:00Z').toSQL() })
    await openTicket(other, desk.it.id, { title: 'Other person critical', priority: 'critical' })
    await openTicket(desk.customer, desk.facilities.id, { title: 'Facilities medium' })

    const get = (qs: string) =>
      client.get(`/desk?queue=all&${qs}`).loginAs(desk.admin).withInertia()
    assert.deepEqual(titles(await get('priority=critical')), ['Other person critical'])
    assert.deepEqual(titles(await get(`groupId=${desk.facilities.id}`)), ['Facilities medium'])
    assert.deepEqual(titles(await get(`requesterId=${other.id}`)), ['Other person critical'])
    assert.deepEqual(titles(await get('createdTo=2025-01-31')), ['Old low'])
    assert.lengthOf(titles(await get('createdFrom=2025-02-01')), 2)
    assert.lengthOf(titles(await get('assigneeId=none')), 3)
    assert.deepEqual(titles(await get('sort=priority')), [
      'Other person critical',
      'Facilities medium',
      'Old low',
    ])
    assert.deepEqual(titles(await get('sort=oldest'))[0], 'Old low')
    assert.deepEqual(titles(await get('status=open&status=resolved')).length, 3)
  })

  test('search finds title, description and replies; staff also match internal notes; numbers work', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const as = { ...systemContext, actor: desk.agent }
    const wifi = await openTicket(desk.customer, desk.it.id, {
      title: 'Wireless drops',
      description: 'Connection lost in room 4',
    })
    const keyboard = await openTicket(desk.customer, desk.it.id, {
      title: 'Keyboard',
      description: 'Keys stick',
    })
    await TicketConversation.add(
      keyboard,
      desk.agent,
      { body: 'Ordered a replacement keyboard from Logitech', internal: false },
      [],
      as
    )
    await TicketConversation.add(
      wifi,
      desk.agent,
      { body: 'Access point firmware is outdated', internal: true },
      [],
      as
    )

    const search = (q: string, user = desk.agent) =>
      client
        .get(`/desk?queue=all&q=${encodeURIComponent(q)}`)
        .loginAs(user)
        .withInertia()
    assert.deepEqual(titles(await search('connections')), ['Wireless drops'])
    assert.deepEqual(titles(await search('logitech')), ['Keyboard'])
    assert.deepEqual(titles(await search('firmware')), ['Wireless drops'])
    assert.deepEqual(titles(await search(wifi.reference)), ['Wireless drops'])
    assert.deepEqual(titles(await search(`#${keyboard.number}`)), ['Keyboard'])
    const replyHit = await search('logitech')
    assert.include(
      Object.values(replyHit.inertiaProps.snippets)[0] as string,
      '<mark>Logitech</mark>'
    )

    const customerSearch = await client
      .get('/portal?q=firmware')
      .loginAs(desk.customer)
      .withInertia()
    assert.lengthOf(customerSearch.inertiaProps.tickets.data, 0)
  })

  test('snippets cannot inject markup', async ({ client, assert }) => {
    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id, {
      title: 'Injection',
      description: '<img src=x onerror=alert(1)> printer jams',
    })
    const page = await client.get('/desk?queue=all&q=printer').loginAs(desk.agent).withInertia()
    const snippet = Object.values(page.inertiaProps.snippets)[0] as string
    assert.include(snippet, '&#60;img')
    assert.notInclude(snippet, '<img')
    assert.include(snippet, '<mark>printer</mark>')
  })
})

test.group('Desk: working a ticket', (group) => {
  isolate(group)

  test('an agent assigns it to themselves, replies, adds a note and resolves it', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const put = (path: string, body: Record<string, unknown>) =>
      client
        .put(`/desk/tickets/${ticket.id}${path}`)
        .loginAs(desk.agent)
        .withCsrfToken()
        .form(body)
        .redirects(0)

    const assigned = await put('/assignment', { assignedTo: desk.agent.id })
    assigned.assertToast('success', 'Ticket assigned.')
    await ticket.refresh()
    assert.equal(ticket.assigneeId, desk.agent.id)
    assert.equal(ticket.status, 'assigned')

    await client
      .post(`/desk/tickets/${ticket.id}/comments`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ body: 'On it.' })
    await client
      .post(`/desk/tickets/${ticket.id}/comments`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ body: 'Looks like a bad PSU.', internal: 'true' })
    await ticket.refresh()
    assert.isNotNull(ticket.firstResponseAt)

    const started = await put('/status', { status: 'in_progress' })
    started.assertToast('success')
    const resolved = await put('/status', { status: 'resolved' })
    resolved.assertToast('success')
    await ticket.refresh()
    assert.equal(ticket.status, 'resolved')
    assert.isNotNull(ticket.resolvedAt)

    const history = await TicketHistory.query().where('ticket_id', ticket.id).orderBy('id')
    assert.deepEqual(
      history.map((entry) => [entry.field, entry.oldValue, entry.newValue]),
      [
        ['created', null, ticket.reference],
        ['assignee', null, desk.agent.name],
        ['status', 'open', 'assigned'],
        ['reply', null, history[3].newValue],
        ['note', null, history[4].newValue],
        ['status', 'assigned', 'in_progress'],
        ['status', 'in_progress', 'resolved'],
      ]
    )
    assert.isTrue(history[4].isInternal)
    const page = await client.get(`/desk/tickets/${ticket.id}`).loginAs(desk.agent).withInertia()
    page.assertInertiaComponent('desk/tickets/show')
    assert.lengthOf(page.inertiaProps.comments, 2)
    assert.exists(await AuditLog.query().where('action', 'ticket.status_changed').first())
  })

  test('an illegal transition is refused with a clear error and changes nothing', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.changeStatus(ticket, 'closed', { ...systemContext, actor: desk.admin })
    const response = await client
      .put(`/desk/tickets/${ticket.id}/status`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ status: 'in_progress' })
      .redirects(0)
    response.assertFieldError('status', 'This ticket is closed and cannot change any more.')
    await ticket.refresh()
    assert.equal(ticket.status, 'closed')
    const unassigned = await openTicket(desk.customer, desk.it.id)
    const needsAssignee = await client
      .put(`/desk/tickets/${unassigned.id}/status`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ status: 'in_progress' })
      .redirects(0)
    needsAssignee.assertFieldError('status', 'Assign the ticket to an agent first.')
  })

  test('assignment only to active agents of the ticket group', async ({ client, assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.facilities.id)
    const response = await client
      .put(`/desk/tickets/${ticket.id}/assignment`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({ assignedTo: desk.agent.id })
      .redirects(0)
    response.assertFieldError(
      'assignedTo',
      "Choose an active agent who is a member of the ticket's group."
    )
    await ticket.refresh()
    assert.isNull(ticket.assigneeId)
  })

  test('moving to another group keeps the category consistent and drops an assignee who is not a member', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, {
      categoryId: desk.hardware.id,
      subcategoryId: desk.laptop.id,
    })
    await TicketWorkflow.assign(ticket, desk.agent.id, { ...systemContext, actor: desk.admin })
    await client.put(`/desk/tickets/${ticket.id}`).loginAs(desk.admin).withCsrfToken().form({
      priority: 'critical',
      groupId: desk.facilities.id,
      categoryId: '',
      subcategoryId: '',
    })
    await ticket.refresh()
    assert.equal(ticket.groupId, desk.facilities.id)
    assert.isNull(ticket.categoryId)
    assert.isNull(ticket.assigneeId)
    assert.equal(ticket.status, 'open')
    assert.equal(ticket.priority, 'critical')
    const entries = await TicketHistory.query().where('ticket_id', ticket.id)
    const fields = entries.map((entry) => entry.field)
    assert.includeMembers(fields, ['priority', 'group', 'category', 'subcategory', 'assignee'])
  })

  test('an agent outside the group cannot work or even see the ticket', async ({ client }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.facilities.id)
    const page = await client.get(`/desk/tickets/${ticket.id}`).loginAs(desk.agent)
    page.assertStatus(404)
    const assign = await client
      .put(`/desk/tickets/${ticket.id}/assignment`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ assignedTo: desk.agent.id })
    assign.assertStatus(404)
  })

  test('bulk actions change the selection and report what they skipped', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const a = await openTicket(desk.customer, desk.it.id, { title: 'A' })
    const b = await openTicket(desk.customer, desk.it.id, { title: 'B' })
    const closed = await openTicket(desk.customer, desk.it.id, { title: 'C' })
    await TicketWorkflow.changeStatus(closed, 'closed', { ...systemContext, actor: desk.admin })
    const hidden = await openTicket(desk.customer, desk.facilities.id, { title: 'Not mine to see' })

    const assign = await client
      .post('/desk/tickets/bulk')
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ ids: [a.id, b.id, hidden.id], action: 'assign', assignedTo: desk.agent.id })
      .redirects(0)
    assign.assertToast('success', '2 ticket(s) updated.')
    await hidden.refresh()
    assert.isNull(hidden.assigneeId)

    const priority = await client
      .post('/desk/tickets/bulk')
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ ids: [a.id, closed.id], action: 'status', status: 'in_progress' })
      .redirects(0)
    priority.assertToast('warning', `${closed.reference} (This ticket is closed`)
    await a.refresh()
    assert.equal(a.status, 'in_progress')
  })

  test('the CSV export streams every visible row of the filtered list, safely quoted', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id, { title: 'Comma, "quote" and =formula' })
    await openTicket(desk.customer, desk.it.id, { title: '=HYPERLINK("http://evil")' })
    await openTicket(desk.customer, desk.facilities.id, { title: 'Invisible to the agent' })
    const response = await client.get('/desk/tickets/export?queue=all').loginAs(desk.agent)
    response.assertStatus(200)
    response.assertHeader('content-type', 'text/csv; charset=utf-8')
    const lines = response.text().replace('\uFEFF', '').trim().split('\r\n')
    assert.equal(lines[0].split(',')[0], 'Ticket')
    assert.lengthOf(lines, 3)
    assert.include(response.text(), '"Comma, ""quote"" and =formula"')
    assert.include(response.text(), `"'=HYPERLINK(""http://evil"")"`)
    assert.notInclude(response.text(), 'Invisible to the agent')
  })

  test("resolved tickets close on their own after the organization's period", async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const as = { ...systemContext, actor: desk.admin }
    const stale = await openTicket(desk.customer, desk.it.id, { title: 'Stale' })
    const fresh = await openTicket(desk.customer, desk.it.id, { title: 'Fresh' })
    await TicketWorkflow.changeStatus(stale, 'resolved', as)
    await TicketWorkflow.changeStatus(fresh, 'resolved', as)
    await Ticket.query()
      .where('id', stale.id)
      .update({ resolvedAt: DateTime.now().minus({ days: 8 }).toSQL() })

    assert.equal(await TicketWorkflow.autoClose(), 1)
    await stale.refresh()
    await fresh.refresh()
    assert.equal(stale.status, 'closed')
    assert.isNotNull(stale.closedAt)
    assert.equal(fresh.status, 'resolved')

    desk.organization.autoCloseDays = 0
    await desk.organization.save()
    await Ticket.query()
      .where('id', fresh.id)
      .update({ resolvedAt: DateTime.now().minus({ days: 400 }).toSQL() })
    assert.equal(await TicketWorkflow.autoClose(), 0)
  })
})
