import { test } from '@japa/runner'
import User from '#models/user'
import Attachment from '#models/attachment'
import { UserFactory } from '#database/factories/main'
import TicketConversation from '#services/tickets/ticket_conversation'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import AttachmentIntake from '#services/tickets/attachment_intake'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { drainEvents } from '#tests/support/plugins'
import {
  PNG_BYTES,
  customersMayChooseAnyPriority,
  fileOnDisk,
  helpdesk,
  openTicket,
} from '#tests/support/tickets'

/**
 * An attacker's view: guessed ids, numbers and attachment ids, another
 * customer's ticket, another organization's records. Every door answers
 * "not found" and nothing leaks into lists, counts, search or exports.
 */
async function scene() {
  const home = await helpdesk()
  const other = await helpdesk()
  const neighbour = await UserFactory.merge({ organizationId: home.organization.id }).create()
  const victim = await openTicket(home.customer, home.it.id, {
    title: 'Salary question',
    description: 'My payslip is wrong',
  })
  const [file] = await AttachmentIntake.inspect([
    {
      clientName: 'payslip.png',
      tmpPath: await fileOnDisk('payslip.png', PNG_BYTES),
      size: PNG_BYTES.length,
    },
  ])
  const reply = await TicketConversation.add(
    victim,
    home.agent,
    { body: 'Checking with payroll.', internal: false },
    [],
    { ...systemContext, actor: home.agent }
  )
  const note = await TicketConversation.add(
    victim,
    home.agent,
    { body: 'CONFIDENTIAL: payroll error for whole team', internal: true },
    [file],
    { ...systemContext, actor: home.agent }
  )
  const noteFile = await Attachment.findByOrFail('comment_id', note.id)
  const foreign = await openTicket(other.customer, other.it.id, { title: 'Other org secret' })
  return { home, other, neighbour, victim, reply, noteFile, foreign }
}

async function token(user: User) {
  const created = await User.accessTokens.create(user)
  return created.value!.release()
}

test.group('Visibility: customers', (group) => {
  isolate(group)

  test('another customer of the same organization finds nothing, by id, number, search or API', async ({
    client,
    assert,
  }) => {
    const { neighbour, victim } = await scene()
    const page = await client.get(`/portal/tickets/${victim.id}`).loginAs(neighbour)
    page.assertStatus(404)
    const reply = await client
      .post(`/portal/tickets/${victim.id}/comments`)
      .loginAs(neighbour)
      .withCsrfToken()
      .form({ body: 'hi' })
    reply.assertStatus(404)
    const byNumber = await client
      .get(`/portal?q=${victim.reference}`)
      .loginAs(neighbour)
      .withInertia()
    assert.lengthOf(byNumber.inertiaProps.tickets.data, 0)
    const bySearch = await client.get('/portal?q=payslip').loginAs(neighbour).withInertia()
    assert.lengthOf(bySearch.inertiaProps.tickets.data, 0)
    assert.deepEqual(bySearch.inertiaProps.counts, {})

    const bearer = await token(neighbour)
    const api = await client.get(`/api/v1/tickets/${victim.id}`).bearerToken(bearer)
    api.assertStatus(404)
    api.assertBodyContains({ code: 'E_NOT_FOUND' })
    const list = await client.get('/api/v1/tickets').bearerToken(bearer)
    assert.lengthOf(list.body().data, 0)
  })

  test('customers never see internal notes: page, API, search, history, counts or their files', async ({
    client,
    assert,
  }) => {
    const { home, victim, noteFile } = await scene()
    const page = await client
      .get(`/portal/tickets/${victim.id}`)
      .loginAs(home.customer)
      .withInertia()
    assert.notInclude(JSON.stringify(page.inertiaProps), 'CONFIDENTIAL')
    assert.notInclude(JSON.stringify(page.inertiaProps), 'payslip.png')

    const search = await client.get('/portal?q=confidential').loginAs(home.customer).withInertia()
    assert.lengthOf(search.inertiaProps.tickets.data, 0)

    const bearer = await token(home.customer)
    const api = await client.get(`/api/v1/tickets/${victim.id}`).bearerToken(bearer)
    api.assertStatus(200)
    assert.notInclude(api.text(), 'CONFIDENTIAL')
    assert.lengthOf(api.body().data.comments, 1)
    const apiSearch = await client.get('/api/v1/tickets?q=confidential').bearerToken(bearer)
    assert.lengthOf(apiSearch.body().data, 0)

    const download = await client
      .get(`/tickets/${victim.id}/attachments/${noteFile.id}`)
      .loginAs(home.customer)
    download.assertStatus(404)
    const apiDownload = await client
      .get(`/api/v1/tickets/${victim.id}/attachments/${noteFile.id}`)
      .bearerToken(bearer)
    apiDownload.assertStatus(404)

    const staffDownload = await client
      .get(`/tickets/${victim.id}/attachments/${noteFile.id}`)
      .loginAs(home.agent)
    staffDownload.assertStatus(200)
    staffDownload.assertHeader('content-type', 'image/png')
    staffDownload.assertHeader('x-content-type-options', 'nosniff')
    assert.match(
      staffDownload.header('content-disposition') ?? '',
      /^attachment; filename="payslip.png"/
    )
  })

  test("a guessed attachment id on a visible ticket does not reach another ticket's file", async ({
    client,
  }) => {
    const { home, noteFile } = await scene()
    const mine = await openTicket(home.customer, home.it.id, { title: 'My own' })
    const response = await client
      .get(`/tickets/${mine.id}/attachments/${noteFile.id}`)
      .loginAs(home.agent)
    response.assertStatus(404)
  })
})

test.group('Visibility: organizations', (group) => {
  isolate(group)

  test('nothing crosses organizations: pages, lists, search, attachments, history, export, API', async ({
    client,
    assert,
  }) => {
    const { home, other, victim, noteFile, foreign } = await scene()
    for (const user of [other.admin, other.agent, other.customer]) {
      const desk = await client.get(`/desk/tickets/${victim.id}`).loginAs(user)
      if (user.isStaff) {
        desk.assertStatus(404)
      }
      const portal = await client.get(`/portal/tickets/${victim.id}`).loginAs(user)
      portal.assertStatus(404)
      const file = await client
        .get(`/tickets/${victim.id}/attachments/${noteFile.id}`)
        .loginAs(user)
      file.assertStatus(404)
    }
    const adminList = await client.get('/desk?queue=all').loginAs(other.admin).withInertia()
    assert.deepEqual(
      adminList.inertiaProps.tickets.data.map((t: { title: string }) => t.title),
      [foreign.title]
    )
    const adminSearch = await client
      .get(`/desk?queue=all&q=${encodeURIComponent('salary payslip')}`)
      .loginAs(other.admin)
      .withInertia()
    assert.lengthOf(adminSearch.inertiaProps.tickets.data, 0)
    const byNumber = await client
      .get(`/desk?queue=all&q=${victim.number}`)
      .loginAs(other.admin)
      .withInertia()
    assert.notInclude(JSON.stringify(byNumber.inertiaProps.tickets), 'Salary')
    const csv = await client.get('/desk/tickets/export?queue=all').loginAs(other.admin)
    assert.notInclude(csv.text(), 'Salary')

    const bearer = await token(other.admin)
    for (const path of [
      `/api/v1/tickets/${victim.id}`,
      `/api/v1/tickets/${victim.id}/attachments/${noteFile.id}`,
    ]) {
      const response = await client.get(path).bearerToken(bearer)
      response.assertStatus(404)
    }
    const assign = await client
      .put(`/api/v1/admin/tickets/${victim.id}/assign`)
      .bearerToken(bearer)
      .json({ assigned_to: other.agent.id })
    assign.assertStatus(404)
    const adminTickets = await client.get('/api/v1/admin/tickets?queue=all').bearerToken(bearer)
    assert.notInclude(adminTickets.text(), 'Salary')
    // The report's figures come from rollups the worker keeps: let it catch up first.
    await drainEvents()
    const reports = await client.get('/api/v1/admin/reports').bearerToken(bearer)
    assert.equal(reports.body().data.totals.created, 1)
    const groups = await client.get('/api/v1/groups').bearerToken(bearer)
    assert.notInclude(groups.text(), String(home.it.name + home.it.id))
    assert.deepEqual(
      groups
        .body()
        .data.map((g: { id: number }) => g.id)
        .sort(),
      [other.it.id, other.facilities.id].sort()
    )
  })

  test("ticket numbers are per organization and the same number finds only one's own ticket", async ({
    client,
    assert,
  }) => {
    const { home, other, victim, foreign } = await scene()
    assert.equal(victim.number, foreign.number)
    const mine = await client
      .get(`/desk?queue=all&q=${victim.reference}`)
      .loginAs(home.admin)
      .withInertia()
    assert.deepEqual(
      mine.inertiaProps.tickets.data.map((t: { id: number }) => t.id),
      [victim.id]
    )
    const theirs = await client
      .get(`/desk?queue=all&q=${foreign.reference}`)
      .loginAs(other.admin)
      .withInertia()
    assert.deepEqual(
      theirs.inertiaProps.tickets.data.map((t: { id: number }) => t.id),
      [foreign.id]
    )
  })
})

test.group('Visibility: agents', (group) => {
  isolate(group)

  /**
   * An agent of IT sees IT's tickets, the tickets assigned to them (even in
   * a group they have since left) and their own requests; nothing else,
   * in any queue, list, count, export or the API.
   */
  async function agentScene() {
    const desk = await helpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    const as = { ...systemContext, actor: desk.admin }
    const colleague = await UserFactory.merge({
      organizationId: desk.organization.id,
      role: 'agent',
    }).create()
    await desk.facilities.related('members').attach([colleague.id, desk.agent.id])

    const itOpen = await openTicket(desk.customer, desk.it.id, {
      title: 'IT open',
      priority: 'high',
    })
    const itTheirs = await openTicket(desk.customer, desk.it.id, { title: 'IT theirs' })
    await TicketWorkflow.assign(itTheirs, desk.agent.id, as)
    const left = await openTicket(desk.customer, desk.facilities.id, { title: 'Left behind' })
    await TicketWorkflow.assign(left, desk.agent.id, as)
    await desk.facilities.related('members').detach([desk.agent.id])
    const ownRequest = await openTicket(desk.agent, desk.facilities.id, { title: 'Own request' })

    const hidden = await openTicket(desk.customer, desk.facilities.id, { title: 'Hidden one' })
    await TicketWorkflow.assign(hidden, colleague.id, as)
    await openTicket(desk.customer, desk.facilities.id, {
      title: 'Hidden urgent',
      priority: 'critical',
    })
    const other = await helpdesk()
    await openTicket(other.customer, other.it.id, { title: 'Hidden foreign' })
    return { desk, visible: [itOpen, itTheirs, left, ownRequest].map((t) => t.title) }
  }

  test('every queue, count, export and API list holds only what the agent may see', async ({
    client,
    assert,
  }) => {
    const { desk, visible } = await agentScene()
    const bearer = await token(desk.agent)
    const expected: Record<string, string[]> = {
      all: visible,
      unassigned: ['IT open', 'Own request'],
      mine: ['IT theirs', 'Left behind'],
      groups: ['IT open', 'IT theirs'],
      urgent: ['IT open'],
    }
    for (const [queue, titles] of Object.entries(expected)) {
      const list = await client.get(`/desk?queue=${queue}`).loginAs(desk.agent).withInertia()
      const shown = list.inertiaProps.tickets.data.map((t: { title: string }) => t.title)
      assert.sameMembers(shown, titles, `desk queue ${queue}`)
      const counted = Object.values(list.inertiaProps.counts as Record<string, number>)
      assert.equal(
        counted.reduce((sum, n) => sum + n, 0),
        titles.length,
        `counts of ${queue}`
      )
      assert.equal(list.inertiaProps.tickets.metadata.total, titles.length)

      const exported = await client.get(`/desk/tickets/export?queue=${queue}`).loginAs(desk.agent)
      const csv = exported.text()
      for (const title of ['Hidden one', 'Hidden urgent', 'Hidden foreign']) {
        assert.notInclude(csv, title, `export of ${queue}`)
      }
      assert.lengthOf(csv.trim().split('\n'), titles.length + 1, `export rows of ${queue}`)

      const api = await client.get(`/api/v1/admin/tickets?queue=${queue}`).bearerToken(bearer)
      assert.sameMembers(
        api.body().data.map((t: { title: string }) => t.title),
        titles,
        `API queue ${queue}`
      )
    }
  })
})

test.group('Visibility: internal notes in search', (group) => {
  isolate(group)

  /**
   * An agent who is only the requester of a ticket in a group they do not
   * work in: the ticket page hides its notes, so search must too.
   */
  async function requesterAgentScene() {
    const home = await helpdesk()
    const ticket = await openTicket(home.agent, home.facilities.id, {
      title: 'Desk chair broken',
      description: 'The backrest fell off.',
    })
    await TicketConversation.add(
      ticket,
      home.admin,
      { body: 'Facilities budget is frozen until Quasimodo approves.', internal: true },
      [],
      { ...systemContext, actor: home.admin }
    )
    return { home, ticket }
  }

  test('an agent who only requested a ticket finds no word of its internal notes: portal, desk or API, list or snippet', async ({
    client,
    assert,
  }) => {
    const { home, ticket } = await requesterAgentScene()
    const page = await client.get(`/portal/tickets/${ticket.id}`).loginAs(home.agent).withInertia()
    assert.notInclude(JSON.stringify(page.inertiaProps), 'Quasimodo', 'the page hides the note')

    for (const path of ['/portal?q=quasimodo', '/desk?q=quasimodo&queue=all']) {
      const list = await client.get(path).loginAs(home.agent).withInertia()
      assert.lengthOf(list.inertiaProps.tickets.data, 0, path)
      assert.notInclude(JSON.stringify(list.inertiaProps), 'Quasimodo', path)
    }
    const both = await client
      .get('/portal?q=backrest or quasimodo')
      .loginAs(home.agent)
      .withInertia()
    assert.lengthOf(both.inertiaProps.tickets.data, 1)
    assert.notInclude(JSON.stringify(both.inertiaProps), 'Quasimodo', 'no snippet from the note')

    const bearer = await token(home.agent)
    for (const path of ['/api/v1/tickets?q=quasimodo', '/api/v1/admin/tickets?q=quasimodo']) {
      const api = await client.get(path).bearerToken(bearer)
      api.assertStatus(200)
      assert.lengthOf(api.body().data, 0, path)
    }
    const apiBoth = await client.get('/api/v1/tickets?q=backrest or quasimodo').bearerToken(bearer)
    assert.lengthOf(apiBoth.body().data, 1)
    assert.notInclude(apiBoth.text(), 'Quasimodo')
  })

  test('staff who may read the notes still find them, with the note as snippet', async ({
    client,
    assert,
  }) => {
    const { home, ticket } = await requesterAgentScene()
    const facilitiesAgent = await UserFactory.apply('agent')
      .merge({ organizationId: home.organization.id })
      .create()
    await home.facilities.related('members').attach([facilitiesAgent.id])
    for (const user of [home.admin, facilitiesAgent]) {
      const list = await client.get('/desk?q=quasimodo&queue=all').loginAs(user).withInertia()
      assert.deepEqual(
        list.inertiaProps.tickets.data.map((row: { id: number }) => row.id),
        [ticket.id],
        user.role
      )
      assert.include(JSON.stringify(list.inertiaProps), '<mark>Quasimodo</mark>')
    }
  })
})
