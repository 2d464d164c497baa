import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

/** A queue on its second page, filtered and sorted, as an agent leaves it to act. */
const LIST = '/desk?queue=groups&priority=medium&sort=oldest&page=2'

/**
 * Acting on tickets never throws the agent out of the list they work: a
 * bulk action answers with the same queue, filters, sort and page, and the
 * ticket page carries that list along and leads back to it.
 */
test.group('Desk: back to the same queue', (group) => {
  isolate(group)

  test('a bulk action returns to the list it was taken from', async ({ client, assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const other = await openTicket(desk.customer, desk.it.id)

    const response = await client
      .post('/desk/tickets/bulk')
      .header('Referer', LIST)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ ids: [ticket.id, other.id], action: 'status', status: 'waiting_on_customer' })
      .redirects(0)

    response.assertStatus(302)
    response.assertHeader('location', LIST)
    await ticket.refresh()
    assert.equal(ticket.status, 'waiting_on_customer')
  })

  test('a refused bulk action also returns to that list, with the reason beside the field', async ({
    client,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const other = await openTicket(desk.customer, desk.it.id)

    const response = await client
      .post('/desk/tickets/bulk')
      .header('Referer', LIST)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ ids: [ticket.id, other.id], action: 'status' })
      .redirects(0)

    response.assertHeader('location', LIST)
    response.assertFieldError('status', 'Choose the status to set.')
  })

  test('the ticket page knows its list; assignment, status and save come back with it', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const query = 'queue=groups&priority=medium&sort=oldest&page=2'

    const page = await client
      .get(`/desk/tickets/${ticket.id}?${query}`)
      .loginAs(desk.agent)
      .withInertia()
    assert.deepEqual(page.inertiaProps.listQuery, {
      queue: 'groups',
      priority: 'medium',
      sort: 'oldest',
      page: '2',
    })

    const back = `/desk/tickets/${ticket.id}?${query}`
    const actions = [
      { path: '/assignment', body: { assignedTo: desk.agent.id } },
      { path: '/status', body: { status: 'in_progress' } },
      { path: '', body: { priority: 'high' } },
    ]
    for (const { path, body } of actions) {
      const response = await client
        .put(`/desk/tickets/${ticket.id}${path}`)
        .header('Referer', back)
        .loginAs(desk.agent)
        .withCsrfToken()
        .form(body)
        .redirects(0)
      response.assertHeader('location', back)
    }
    await ticket.refresh()
    assert.equal(ticket.status, 'in_progress')
    assert.equal(ticket.priority, 'high')

    const reply = await client
      .post(`/desk/tickets/${ticket.id}/comments`)
      .header('Referer', back)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ body: 'On it.', status: 'waiting_on_customer' })
      .redirects(0)
    reply.assertHeader('location', back)
  })

  test('a ticket moved out of the agent’s sight leads to the list, not to a 404', async ({
    client,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const query = 'queue=groups&sort=oldest'

    const response = await client
      .put(`/desk/tickets/${ticket.id}`)
      .header('Referer', `/desk/tickets/${ticket.id}?${query}`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ groupId: desk.facilities.id, categoryId: '', subcategoryId: '' })
      .redirects(0)

    response.assertHeader('location', `/desk?${query}`)
  })

  test('a list query the list would refuse is not carried along', async ({ client, assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const page = await client
      .get(`/desk/tickets/${ticket.id}?queue=nonsense&sort=oldest`)
      .loginAs(desk.agent)
      .withInertia()
    assert.deepEqual(page.inertiaProps.listQuery, {})
  })
})
