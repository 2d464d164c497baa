import { test } from '@japa/runner'
import drive from '@adonisjs/drive/services/main'
import Ticket from '#models/ticket'
import Attachment from '#models/attachment'
import AuditLog from '#models/audit_log'
import TicketHistory from '#models/ticket_history'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { EXE_BYTES, PNG_BYTES, fileOnDisk, helpdesk, openTicket } from '#tests/support/tickets'

test.group('Portal: raising tickets', (group) => {
  isolate(group)

  test('the wizard offers the active taxonomy tree', async ({ client, assert }) => {
    const desk = await helpdesk()
    await desk.facilities.merge({ isActive: false }).save()
    const page = await client.get('/portal/tickets/new').loginAs(desk.customer).withInertia()
    page.assertInertiaComponent('portal/tickets/create')
    const tree = page.inertiaProps.tree as {
      name: string
      categories: { name: string; subcategories: { name: string }[] }[]
    }[]
    assert.deepEqual(
      tree.map((entry) => entry.name),
      ['IT']
    )
    assert.deepEqual(
      tree[0].categories[0].subcategories.map((entry) => entry.name),
      ['Laptop']
    )
  })

  test('a ticket with an attachment gets a number, history, audit and a stored file', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .field('groupId', String(desk.it.id))
      .field('categoryId', String(desk.hardware.id))
      .field('subcategoryId', String(desk.laptop.id))
      .field('title', 'Screen flickers')
      .field('description', 'It **flickers** on battery.')
      .field('priority', 'High')
      .file('attachments[]', await fileOnDisk('screen.png', PNG_BYTES))
      .redirects(0)
    const ticket = await Ticket.findByOrFail('title', 'Screen flickers')
    response.assertHeader('location', `/portal/tickets/${ticket.id}`)
    response.assertToast('success', `Ticket SB-1001 has been created.`)

    assert.equal(ticket.reference, 'SB-1001')
    assert.equal(ticket.status, 'open')
    assert.equal(ticket.priority, 'high')
    assert.equal(ticket.source, 'portal')
    assert.equal(ticket.descriptionHtml, '<p>It <strong>flickers</strong> on battery.</p>\n')
    const [attachment] = await Attachment.query().where('ticket_id', ticket.id)
    assert.equal(attachment.fileName, 'screen.png')
    assert.equal(attachment.contentType, 'image/png')
    assert.isTrue(await drive.use().exists(attachment.storageKey))
    const history = await TicketHistory.query().where('ticket_id', ticket.id)
    assert.deepEqual(
      history.map((entry) => entry.field),
      ['created']
    )
    assert.exists(
      await AuditLog.query()
        .where('action', 'ticket.created')
        .where('entity_id', String(ticket.id))
        .first()
    )
  })

  test('a refused file names the file and why, and nothing is created', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .field('groupId', String(desk.it.id))
      .field('title', 'Please run this')
      .field('description', 'See attached.')
      .file('attachments[]', await fileOnDisk('invoice.pdf', EXE_BYTES))
      .redirects(0)
    response.assertFieldError('attachments', 'invoice.pdf was refused: its content is EXE')
    assert.equal(response.flashMessage('title'), 'Please run this')
    assert.isNull(await Ticket.first())
    assert.isNull(await Attachment.first())
  })

  test('missing fields and a group of another organization are refused beside their fields', async ({
    client,
  }) => {
    const desk = await helpdesk()
    const elsewhere = await helpdesk()
    const missing = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({})
      .redirects(0)
    missing.assertFieldError('groupId')
    missing.assertFieldError('title')
    missing.assertFieldError('description')
    const foreign = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({ groupId: elsewhere.it.id, title: 'Sneaky', description: 'x' })
      .redirects(0)
    foreign.assertFieldError('groupId', 'Choose one of the offered groups.')
    const mismatch = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({
        groupId: desk.facilities.id,
        categoryId: desk.hardware.id,
        title: 'Wrong tree',
        description: 'x',
      })
      .redirects(0)
    mismatch.assertFieldError('categoryId', 'Choose a category of the selected group.')
  })

  test('my tickets lists only my own, with status filter, counts, search and pagination', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    for (let n = 0; n < 27; n++) {
      await openTicket(desk.customer, desk.it.id, { title: `Printer problem ${n}` })
    }
    await openTicket(desk.customer, desk.it.id, {
      title: 'Badge reader broken',
      description: 'The garage gate ignores my badge',
    })
    await openTicket(desk.agent, desk.it.id, { title: 'Agent own printer problem' })

    const first = await client.get('/portal').loginAs(desk.customer).withInertia()
    first.assertInertiaComponent('portal/tickets/index')
    assert.lengthOf(first.inertiaProps.tickets.data, 25)
    assert.equal(first.inertiaProps.tickets.metadata.total, 28)
    assert.deepEqual(first.inertiaProps.counts, { open: 28 })

    const second = await client.get('/portal?page=2').loginAs(desk.customer).withInertia()
    assert.lengthOf(second.inertiaProps.tickets.data, 3)
    const ids = (response: typeof first) =>
      response.inertiaProps.tickets.data.map((t: { id: number }) => t.id)
    const mine = await Ticket.query().where('requester_id', desk.customer.id).orderBy('id', 'desc')
    assert.deepEqual(
      [...ids(first), ...ids(second)],
      mine.map((ticket) => ticket.id),
      'the two pages hold every ticket once, newest first'
    )

    const open = await client.get('/portal?status=open').loginAs(desk.customer).withInertia()
    assert.equal(open.inertiaProps.tickets.metadata.total, 28)
    assert.equal(open.inertiaProps.tickets.metadata.lastPage, 2)

    const search = await client.get('/portal?q=garage').loginAs(desk.customer).withInertia()
    assert.deepEqual(
      search.inertiaProps.tickets.data.map((t: { title: string }) => t.title),
      ['Badge reader broken']
    )
    const snippet = Object.values(search.inertiaProps.snippets)[0] as string
    assert.include(snippet, '<mark>garage</mark>')

    const none = await client.get('/portal?status=resolved').loginAs(desk.customer).withInertia()
    assert.lengthOf(none.inertiaProps.tickets.data, 0)
  })
})

test.group('Portal: following a ticket', (group) => {
  isolate(group)

  test('the ticket page shows the public conversation and timeline, never internal notes', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const as = { ...systemContext, actor: desk.agent }
    await TicketConversation.add(
      ticket,
      desk.agent,
      { body: 'Try holding the power button.', internal: false },
      [],
      as
    )
    await TicketConversation.add(
      ticket,
      desk.agent,
      { body: 'SECRET: battery recall list', internal: true },
      [],
      as
    )

    const page = await client
      .get(`/portal/tickets/${ticket.id}`)
      .loginAs(desk.customer)
      .withInertia()
    page.assertInertiaComponent('portal/tickets/show')
    const bodies = page.inertiaProps.comments.map((c: { body: string }) => c.body)
    assert.deepEqual(bodies, ['Try holding the power button.'])
    assert.notInclude(JSON.stringify(page.inertiaProps), 'SECRET')
    const fields = page.inertiaProps.history.map((h: { field: string }) => h.field)
    assert.include(fields, 'reply')
    assert.notInclude(fields, 'note')
  })

  test('replying to a resolved ticket reopens it; a closed one takes no replies', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const as = { ...systemContext, actor: desk.agent }
    await TicketWorkflow.assign(ticket, desk.agent.id, as)
    await TicketWorkflow.changeStatus(ticket, 'resolved', as)

    await client
      .post(`/portal/tickets/${ticket.id}/comments`)
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({ body: 'Still broken, sorry!' })
    await ticket.refresh()
    assert.equal(ticket.status, 'assigned')
    assert.isNull(ticket.resolvedAt)

    await TicketWorkflow.changeStatus(ticket, 'closed', as)
    const refused = await client
      .post(`/portal/tickets/${ticket.id}/comments`)
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({ body: 'Hello?' })
      .redirects(0)
    refused.assertFieldError(
      'body',
      'This ticket is closed and takes no more replies. Open a new ticket instead.'
    )
  })

  test("a requester's reply hands a waiting ticket back and reopens an unassigned one to the queue; staff replies leave the status alone", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const as = { ...systemContext, actor: desk.agent }
    const reply = (ticket: Ticket, body: string) =>
      client
        .post(`/portal/tickets/${ticket.id}/comments`)
        .loginAs(desk.customer)
        .withCsrfToken()
        .form({ body })
    const statusHistory = async (ticket: Ticket) => {
      const entries = await TicketHistory.query()
        .where({ ticket_id: ticket.id, field: 'status' })
        .orderBy('id')
      const last = entries.at(-1)
      return last && [last.oldValue, last.newValue, last.actorId]
    }

    const assigned = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.assign(assigned, desk.agent.id, as)
    await client
      .post(`/desk/tickets/${assigned.id}/comments`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ body: 'Which model is it?', status: 'waiting_on_customer' })
    await TicketConversation.add(
      assigned,
      desk.agent,
      { body: 'Any news?', internal: false },
      [],
      as
    )
    await TicketConversation.add(assigned, desk.agent, { body: 'Chased.', internal: true }, [], as)
    await assigned.refresh()
    assert.equal(assigned.status, 'waiting_on_customer', 'staff messages do not hand it back')

    await reply(assigned, 'A ThinkPad X1.')
    await assigned.refresh()
    assert.equal(assigned.status, 'in_progress')
    assert.deepEqual(await statusHistory(assigned), [
      'waiting_on_customer',
      'in_progress',
      desk.customer.id,
    ])

    const queued = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.changeStatus(queued, 'waiting_on_customer', as)
    await reply(queued, 'Here are the logs.')
    await queued.refresh()
    assert.equal(queued.status, 'open')

    await TicketWorkflow.changeStatus(queued, 'resolved', as)
    await queued.refresh()
    assert.isNotNull(queued.resolvedAt)
    await reply(queued, 'It is back.')
    await queued.refresh()
    assert.equal(queued.status, 'open')
    assert.isNull(queued.resolvedAt, 'reopening clears the resolution')
    assert.isNull(queued.closedAt)
    assert.deepEqual(await statusHistory(queued), ['resolved', 'open', desk.customer.id])
  })

  test('a customer cannot post an internal note, even by crafting the form', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await client
      .post(`/portal/tickets/${ticket.id}/comments`)
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({ body: 'sneaky note', internal: 'true' })
    await ticket.load('comments')
    assert.lengthOf(ticket.comments, 1)
    assert.isFalse(ticket.comments[0].isInternal)
  })
})
