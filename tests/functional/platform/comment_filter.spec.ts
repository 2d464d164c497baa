import { test } from '@japa/runner'
import TicketComment from '#models/ticket_comment'
import User from '#models/user'
import OutboxEvent from '#models/outbox_event'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'

const CARD = '4111 1111 1111 1111'

test.group('Filters: comment.creating', (group) => {
  isolate(group)

  test('a filter redacts card numbers from a reply before it is written, in the desk and the API alike', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await enablePlugin(desk.organization, 'fixture-filters', { mode: 'enrich', comments: 'redact' })

    const reply = await client
      .post(`/desk/tickets/${ticket.id}/comments`)
      .loginAs(desk.agent)
      .withCsrfToken()
      .form({ body: `Please do not send ${CARD} here.`, internal: 'false' })
      .redirects(0)
    reply.assertStatus(302)
    const token = await User.accessTokens.create(desk.agent)
    const note = await client
      .post(`/api/v1/tickets/${ticket.id}/comments`)
      .bearerToken(token.value!.release())
      .json({ body: `Card ${CARD} on file`, internal: true })
    note.assertStatus(201)

    const bodies = await TicketComment.query().where('ticket_id', ticket.id).orderBy('id')
    assert.deepEqual(
      bodies.map((comment) => [comment.body, comment.isInternal]),
      [
        ['Please do not send [card number removed] here.', false],
        ['Card [card number removed] on file', true],
      ]
    )
    assert.notInclude(bodies.map((comment) => comment.bodyHtml).join(), '4111')
    const events = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'ticket.comment_added')
    assert.notInclude(JSON.stringify(events.map((event) => event.payload)), '4111')
  })

  test('a filter answering an empty body is refused: the reply is written as typed', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await enablePlugin(desk.organization, 'fixture-filters', { mode: 'enrich', comments: 'empty' })
    const response = await client
      .post(`/portal/tickets/${ticket.id}/comments`)
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({ body: 'Still broken.' })
      .redirects(0)
    response.assertStatus(302)
    const comment = await TicketComment.query().where('ticket_id', ticket.id).firstOrFail()
    assert.equal(comment.body, 'Still broken.')
  })
})
