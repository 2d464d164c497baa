import { test } from '@japa/runner'
import TicketConversation from '#services/tickets/ticket_conversation'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { mailboxOf, recordMailMessage } from '#tests/support/mail_messages'
import { countQueries } from '#tests/support/queries'

type Desk = Awaited<ReturnType<typeof helpdesk>>

/** A ticket opened by e-mail with one reply by e-mail and one typed in the portal. */
async function mailedTicket(desk: Desk) {
  const mailbox = await mailboxOf(desk)
  const ticket = await openTicket(desk.customer, desk.it.id, {
    title: 'Printer on fire',
    description: 'The printer is on fire.',
  })
  const opened = await recordMailMessage(mailbox, {
    status: 'ticket',
    ticketId: ticket.id,
    fullText: 'The printer is on fire.',
    refusedAttachments: [{ name: 'x.exe', reason: 'This file type is not allowed.' }],
    raw: 'Subject: Printer on fire\r\n\r\nThe printer is on fire.\r\n',
  })
  const reply = await TicketConversation.add(
    ticket,
    desk.customer,
    { body: 'Still burning.', internal: false },
    [],
    { ...systemContext, actor: desk.customer }
  )
  const replied = await recordMailMessage(mailbox, {
    status: 'reply',
    ticketId: ticket.id,
    commentId: reply.id,
    fullText: 'Still burning.\n\n> On Monday you wrote:\n> <script>alert(1)</script>',
  })
  return { mailbox, ticket, opened, reply, replied }
}

test.group('Desk: the e-mail behind a ticket and its replies', (group) => {
  isolate(group)

  test('agents see the .eml link, refused attachments and the quoted text where it differs', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const { ticket, opened, reply, replied } = await mailedTicket(desk)

    const page = await client.get(`/desk/tickets/${ticket.id}`).loginAs(desk.agent).withInertia()
    page.assertStatus(200)
    assert.deepEqual(page.inertiaProps.mailOrigins, {
      ticket: {
        id: opened.id,
        refusedAttachments: [{ name: 'x.exe', reason: 'This file type is not allowed.' }],
        // Nothing was trimmed: no "Show quoted text".
        fullText: null,
      },
      replies: {
        [reply.id]: {
          id: replied.id,
          refusedAttachments: [],
          fullText: 'Still burning.\n\n> On Monday you wrote:\n> <script>alert(1)</script>',
        },
      },
    })

    const download = await client
      .get(`/desk/tickets/${ticket.id}/mail/${opened.id}`)
      .loginAs(desk.agent)
    download.assertStatus(200)
    assert.equal(download.header('content-type'), 'message/rfc822')
    assert.equal(download.text(), 'Subject: Printer on fire\r\n\r\nThe printer is on fire.\r\n')
  })

  test('customers never get the e-mail; other tickets and organizations get 404', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const { ticket, opened, mailbox } = await mailedTicket(desk)

    const portal = await client
      .get(`/portal/tickets/${ticket.id}`)
      .loginAs(desk.customer)
      .withInertia()
    portal.assertStatus(200)
    assert.notProperty(portal.inertiaProps, 'mailOrigins')
    const customer = await client
      .get(`/desk/tickets/${ticket.id}/mail/${opened.id}`)
      .loginAs(desk.customer)
      .redirects(0)
    customer.assertStatus(403)

    // A message of another ticket is not found under this one.
    const other = await openTicket(desk.customer, desk.it.id, { title: 'Other' })
    const elsewhere = await recordMailMessage(mailbox, { status: 'ticket', ticketId: other.id })
    const wrong = await client
      .get(`/desk/tickets/${ticket.id}/mail/${elsewhere.id}`)
      .loginAs(desk.agent)
    wrong.assertStatus(404)

    const stranger = await helpdesk()
    const foreign = await client
      .get(`/desk/tickets/${ticket.id}/mail/${opened.id}`)
      .loginAs(stranger.agent)
    foreign.assertStatus(404)
  })

  test("one query for all of a ticket's e-mails, however many replies came by e-mail", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const { ticket, mailbox } = await mailedTicket(desk)
    const view = () =>
      countQueries(() => client.get(`/desk/tickets/${ticket.id}`).loginAs(desk.agent).withInertia())
    await view()
    const one = await view()
    for (let index = 0; index < 5; index++) {
      const reply = await TicketConversation.add(
        ticket,
        desk.customer,
        { body: `Reply ${index}`, internal: false },
        [],
        { ...systemContext, actor: desk.customer }
      )
      await recordMailMessage(mailbox, {
        status: 'reply',
        ticketId: ticket.id,
        commentId: reply.id,
      })
    }
    const six = await view()
    assert.equal(six.count, one.count, six.sql.join('\n'))
    assert.equal(
      six.sql.filter((sql) => sql.includes('"mail_messages"')).length,
      1,
      'one mail_messages query'
    )
    assert.lengthOf(Object.keys(six.result.inertiaProps.mailOrigins.replies), 6)
  })
})
