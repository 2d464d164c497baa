import { test } from '@japa/runner'
import User from '#models/user'
import Ticket from '#models/ticket'
import { UserFactory } from '#database/factories/main'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { fileOnDisk, helpdesk, openTicket, PNG_BYTES } from '#tests/support/tickets'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

/** A ticket as GET /api/v1/tickets/:id shows it, without its conversation, files and timeline. */
function detail(data: Record<string, unknown>) {
  const ticket = { ...data }
  delete ticket.comments
  delete ticket.attachments
  delete ticket.history
  return ticket
}

/**
 * The answers of the API's changes are built from what was written, not
 * read back: they must still say what a fresh read says.
 */
test.group('API: what a change answers', (group) => {
  isolate(group)

  test('an assignment and a status change answer the ticket as a fresh read shows it', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { categoryId: desk.hardware.id })
    const token = await bearer(desk.admin)
    const read = async () => {
      const response = await client.get(`/api/v1/tickets/${ticket.id}`).bearerToken(token)
      return detail(response.body().data)
    }

    const assigned = await client
      .put(`/api/v1/admin/tickets/${ticket.id}/assign`)
      .bearerToken(token)
      .json({ assigned_to: desk.agent.id })
    assigned.assertStatus(200)
    assert.deepEqual(assigned.body().data, await read())
    assert.deepEqual(assigned.body().data.assignee, {
      id: desk.agent.id,
      name: desk.agent.name,
      email: desk.agent.email,
    })
    assert.deepEqual(assigned.body().data.category, { id: desk.hardware.id, name: 'Hardware' })
    assert.isNull(assigned.body().data.subcategory)

    const resolved = await client
      .put(`/api/v1/admin/tickets/${ticket.id}/status`)
      .bearerToken(token)
      .json({ status: 'resolved' })
    resolved.assertStatus(200)
    assert.equal(resolved.body().data.status, 'resolved')
    assert.deepEqual(resolved.body().data, await read())
  })

  test('a reply answers its author and files as the ticket shows them afterwards', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const token = await bearer(desk.agent)
    const reply = await client
      .post(`/api/v1/tickets/${ticket.id}/comments`)
      .bearerToken(token)
      .field('body', 'See the screenshot')
      .file('attachments[]', await fileOnDisk('steps.png', PNG_BYTES))
    reply.assertStatus(201)
    const answered = reply.body().data
    assert.deepEqual(answered.author, {
      id: desk.agent.id,
      name: desk.agent.name,
      role: 'agent',
    })
    assert.equal(answered.attachments[0].file_name, 'steps.png')

    const shown = await client.get(`/api/v1/tickets/${ticket.id}`).bearerToken(token)
    const comment = shown.body().data.comments.find((c: { id: number }) => c.id === answered.id)
    assert.deepEqual(answered, comment)
  })

  test('a change that leaves the caller unable to see the ticket is made, and answered 404', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const colleague = await UserFactory.apply('agent')
      .merge({ organizationId: desk.organization.id })
      .create()
    await desk.facilities.related('members').attach([desk.agent.id, colleague.id])
    const ticket = await openTicket(desk.customer, desk.facilities.id)
    await TicketWorkflow.assign(ticket, desk.agent.id, { ...systemContext, actor: desk.admin })
    // The agent leaves the group: the ticket stays theirs, as its assignee.
    await desk.facilities.related('members').detach([desk.agent.id])

    const handedOn = await client
      .put(`/api/v1/admin/tickets/${ticket.id}/assign`)
      .bearerToken(await bearer(desk.agent))
      .json({ assigned_to: colleague.id })

    handedOn.assertStatus(404)
    const stored = await Ticket.findOrFail(ticket.id)
    assert.equal(stored.assigneeId, colleague.id)
  })
})
