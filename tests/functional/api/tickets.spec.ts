import { test } from '@japa/runner'
import User from '#models/user'
import Ticket from '#models/ticket'
import { isolate } from '#tests/support/world'
import { EXE_BYTES, PNG_BYTES, fileOnDisk, helpdesk, openTicket } from '#tests/support/tickets'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

test.group('API: tickets', (group) => {
  isolate(group)

  test('GET /groups returns the active tree for dropdowns', async ({ client, assert }) => {
    const desk = await helpdesk()
    await desk.facilities.merge({ isActive: false }).save()
    const response = await client.get('/api/v1/groups').bearerToken(await bearer(desk.customer))
    response.assertStatus(200)
    assert.deepEqual(response.body(), {
      data: [
        {
          id: desk.it.id,
          name: 'IT',
          description: desk.it.description,
          is_active: true,
          categories: [
            {
              id: desk.hardware.id,
              name: 'Hardware',
              is_active: true,
              subcategories: [{ id: desk.laptop.id, name: 'Laptop', is_active: true }],
            },
          ],
        },
      ],
    })
  })

  test('POST /tickets with JSON (as the guideline sends it) opens a ticket', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await client
      .post('/api/v1/tickets')
      .bearerToken(await bearer(desk.customer))
      .json({
        group_id: desk.it.id,
        category_id: desk.hardware.id,
        subcategory_id: desk.laptop.id,
        title: 'Cannot access VPN',
        priority: 'High',
        description: 'VPN client fails with error code 789',
      })
    response.assertStatus(201)
    const body = response.body().data
    assert.equal(body.reference, 'SB-1001')
    assert.equal(body.priority, 'high')
    assert.equal(body.status, 'open')
    assert.equal(body.source, 'api')
    assert.equal(body.description_html, '<p>VPN client fails with error code 789</p>\n')
    assert.deepEqual(body.comments, [])
  })

  test('POST /tickets as multipart with attachments[]; a refused file is a 422 naming it', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const token = await bearer(desk.customer)
    const ok = await client
      .post('/api/v1/tickets')
      .bearerToken(token)
      .field('group_id', String(desk.it.id))
      .field('title', 'Screenshot attached')
      .field('description', 'See the picture')
      .file('attachments[]', await fileOnDisk('error.png', PNG_BYTES))
    ok.assertStatus(201)
    assert.equal(ok.body().data.attachments[0].file_name, 'error.png')
    const attachmentId = ok.body().data.attachments[0].id
    const download = await client
      .get(`/api/v1/tickets/${ok.body().data.id}/attachments/${attachmentId}`)
      .bearerToken(token)
    download.assertStatus(200)
    download.assertHeader('content-type', 'image/png')

    const refused = await client
      .post('/api/v1/tickets')
      .bearerToken(token)
      .field('group_id', String(desk.it.id))
      .field('title', 'Virus')
      .field('description', 'x')
      .file('attachments[]', await fileOnDisk('setup.png', EXE_BYTES))
    refused.assertStatus(422)
    assert.match(refused.body().details.attachments[0], /^setup\.png was refused/)
    assert.equal(await Ticket.query().where('title', 'Virus').first(), null)
  })

  test('validation errors use the API field names', async ({ client, assert }) => {
    const desk = await helpdesk()
    const response = await client
      .post('/api/v1/tickets')
      .bearerToken(await bearer(desk.customer))
      .json({ group_id: 999999, title: 'x' })
    response.assertStatus(422)
    assert.properties(response.body().details, ['title', 'description'])
    const placement = await client
      .post('/api/v1/tickets')
      .bearerToken(await bearer(desk.customer))
      .json({ group_id: 999999, title: 'Good title', description: 'text' })
    placement.assertStatus(422)
    assert.property(placement.body().details, 'group_id')
  })

  test('GET /tickets lists mine with search, status and pagination', async ({ client, assert }) => {
    const desk = await helpdesk()
    for (let n = 0; n < 3; n++) {
      await openTicket(desk.customer, desk.it.id, { title: `Monitor ${n}` })
    }
    await openTicket(desk.customer, desk.it.id, { title: 'Keyboard sticky' })
    await openTicket(desk.agent, desk.it.id, { title: "Not the customer's" })
    const token = await bearer(desk.customer)
    const page = await client.get('/api/v1/tickets?per_page=2&page=2').bearerToken(token)
    page.assertStatus(200)
    assert.equal(page.body().metadata.total, 4)
    assert.equal(page.body().metadata.current_page, 2)
    assert.lengthOf(page.body().data, 2)
    const search = await client.get('/api/v1/tickets?q=keyboard').bearerToken(token)
    assert.deepEqual(
      search.body().data.map((t: { title: string }) => t.title),
      ['Keyboard sticky']
    )
    assert.include(search.body().data[0].snippet, '<mark>Keyboard</mark>')
    const status = await client.get('/api/v1/tickets?status=resolved,closed').bearerToken(token)
    assert.lengthOf(status.body().data, 0)
  })

  test('comments: customers reply; internal notes need staff', async ({ client, assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const customerToken = await bearer(desk.customer)
    const reply = await client
      .post(`/api/v1/tickets/${ticket.id}/comments`)
      .bearerToken(customerToken)
      .json({ body: 'Any news?' })
    reply.assertStatus(201)
    assert.equal(reply.body().data.body_html, '<p>Any news?</p>\n')
    const sneaky = await client
      .post(`/api/v1/tickets/${ticket.id}/comments`)
      .bearerToken(customerToken)
      .json({ body: 'x', internal: true })
    sneaky.assertStatus(403)
    const note = await client
      .post(`/api/v1/tickets/${ticket.id}/comments`)
      .bearerToken(await bearer(desk.agent))
      .json({ body: 'Internal', internal: true })
    note.assertStatus(201)
    assert.isTrue(note.body().data.is_internal)
  })
})

test.group('API: desk and admin', (group) => {
  isolate(group)

  test('customers are kept out of /admin', async ({ client }) => {
    const desk = await helpdesk()
    const response = await client
      .get('/api/v1/admin/tickets')
      .bearerToken(await bearer(desk.customer))
    response.assertStatus(403)
  })

  test('agents list, assign, change status and update tickets; illegal moves are 422', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const token = await bearer(desk.agent)
    const list = await client
      .get(`/api/v1/admin/tickets?queue=unassigned&group_id=${desk.it.id}`)
      .bearerToken(token)
    assert.deepEqual(
      list.body().data.map((t: { id: number }) => t.id),
      [ticket.id]
    )

    const assign = await client
      .put(`/api/v1/admin/tickets/${ticket.id}/assign`)
      .bearerToken(token)
      .json({ assigned_to: desk.agent.id })
    assign.assertStatus(200)
    assert.equal(assign.body().data.status, 'assigned')
    assert.equal(assign.body().data.assignee.id, desk.agent.id)

    const badAssignee = await client
      .put(`/api/v1/admin/tickets/${ticket.id}/assign`)
      .bearerToken(token)
      .json({ assigned_to: desk.customer.id })
    badAssignee.assertStatus(422)
    assert.property(badAssignee.body().details, 'assigned_to')

    const status = await client
      .put(`/api/v1/admin/tickets/${ticket.id}/status`)
      .bearerToken(token)
      .json({ status: 'resolved' })
    assert.equal(status.body().data.status, 'resolved')
    await client
      .put(`/api/v1/admin/tickets/${ticket.id}/status`)
      .bearerToken(token)
      .json({ status: 'closed' })
    const illegal = await client
      .put(`/api/v1/admin/tickets/${ticket.id}/status`)
      .bearerToken(token)
      .json({ status: 'in_progress' })
    illegal.assertStatus(422)
    assert.match(illegal.body().details.status[0], /closed and cannot change/)

    const other = await openTicket(desk.customer, desk.it.id)
    const update = await client
      .put(`/api/v1/admin/tickets/${other.id}`)
      .bearerToken(token)
      .json({ priority: 'critical', title: 'Renamed by API' })
    assert.equal(update.body().data.priority, 'critical')
    assert.equal(update.body().data.title, 'Renamed by API')
  })

  test('admins manage groups, categories, subcategories and members; agents may not', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const admin = await bearer(desk.admin)
    const created = await client
      .post('/api/v1/admin/groups')
      .bearerToken(admin)
      .json({ name: 'Security', description: 'Incidents' })
    created.assertStatus(201)
    const groupId = created.body().data.id
    const duplicate = await client
      .post('/api/v1/admin/groups')
      .bearerToken(admin)
      .json({ name: 'security' })
    duplicate.assertStatus(422)
    const category = await client
      .post(`/api/v1/admin/groups/${groupId}/categories`)
      .bearerToken(admin)
      .json({ name: 'Phishing' })
    category.assertStatus(201)
    const sub = await client
      .post(`/api/v1/admin/categories/${category.body().data.id}/subcategories`)
      .bearerToken(admin)
      .json({ name: 'Reported mail' })
    sub.assertStatus(201)
    const member = await client
      .post(`/api/v1/admin/groups/${groupId}/members`)
      .bearerToken(admin)
      .json({ user_id: desk.agent.id })
    member.assertStatus(201)
    const notStaff = await client
      .post(`/api/v1/admin/groups/${groupId}/members`)
      .bearerToken(admin)
      .json({ user_id: desk.customer.id })
    notStaff.assertStatus(422)
    const removed = await client
      .delete(`/api/v1/admin/groups/${groupId}/members`)
      .bearerToken(admin)
      .json({ user_id: desk.agent.id })
    removed.assertStatus(204)
    const renamed = await client
      .put(`/api/v1/admin/groups/${groupId}`)
      .bearerToken(admin)
      .json({ name: 'Security team' })
    assert.equal(renamed.body().data.name, 'Security team')

    const tree = await client.get('/api/v1/groups').bearerToken(admin)
    const security = tree.body().data.find((g: { id: number }) => g.id === groupId)
    assert.equal(security.categories[0].subcategories[0].name, 'Reported mail')

    const agentTry = await client
      .post('/api/v1/admin/groups')
      .bearerToken(await bearer(desk.agent))
      .json({ name: 'Nope' })
    agentTry.assertStatus(403)

    await openTicket(desk.customer, desk.it.id)
    const inUse = await client.delete(`/api/v1/admin/groups/${desk.it.id}`).bearerToken(admin)
    assert.deepEqual(inUse.body().data, {
      id: desk.it.id,
      outcome: 'deactivated',
      moved_tickets: 0,
      moved_to: null,
    })
    const unused = await client.delete(`/api/v1/admin/groups/${groupId}`).bearerToken(admin)
    assert.deepEqual(unused.body().data, {
      id: groupId,
      outcome: 'deleted',
      moved_tickets: 0,
      moved_to: null,
    })
  })
})
