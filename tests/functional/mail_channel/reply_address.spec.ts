import { test } from '@japa/runner'
import Group from '#models/group'
import MailboxService from '#services/mail_channel/mailbox_service'
import { systemContext } from '#services/request_context'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { delivered } from '#tests/support/notifications'
import { recordMailMessage } from '#tests/support/mail_messages'
import TicketWorkflow from '#services/tickets/ticket_workflow'

function mailboxFor(organizationId: number, groupId: number, login: string) {
  return MailboxService.create(
    organizationId,
    {
      name: login,
      host: 'imap.example.com',
      port: 993,
      tls: 'implicit',
      username: login,
      password: 'secret',
      groupId,
    },
    systemContext
  )
}

test.group('E-mail channel: answers go to the organization’s own mailbox', (group) => {
  isolate(group)

  test('each organization’s notifications carry its mailbox as Reply-To; without one, none', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await organizationWithStaff()
    const otherGroup = await Group.create({ organizationId: other.organization.id, name: 'Desk' })
    const third = await organizationWithStaff()
    const thirdGroup = await Group.create({ organizationId: third.organization.id, name: 'Desk' })
    await mailboxFor(desk.organization.id, desk.it.id, 'support@one.example')
    await mailboxFor(other.organization.id, otherGroup.id, 'help@two.example')
    // A login that is no address says nothing about where answers should go.
    await mailboxFor(third.organization.id, thirdGroup.id, 'helpdesk')

    await openTicket(desk.customer, desk.it.id)
    await openTicket(other.customer, otherGroup.id)
    await openTicket(third.customer, thirdGroup.id)
    const mails = await delivered()
    const replyTo = (to: string) =>
      mails.find((mail) => mail.envelope.to.includes(to))?.headers['reply-to'] ?? null
    assert.include(String(replyTo(desk.customer.email)), 'support@one.example')
    assert.include(String(replyTo(other.customer.email)), 'help@two.example')
    assert.isNull(replyTo(third.customer.email))
  })

  test('a ticket that came in by one of several mailboxes is answered to that one', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await mailboxFor(desk.organization.id, desk.it.id, 'support@one.example')
    const billing = await mailboxFor(
      desk.organization.id,
      desk.facilities.id,
      'billing@one.example'
    )
    const ticket = await openTicket(desk.customer, desk.facilities.id)
    await recordMailMessage(billing, { status: 'ticket', ticketId: ticket.id })
    await delivered()

    await TicketWorkflow.changeStatus(ticket, 'resolved', { ...systemContext, actor: desk.agent })
    const [statusMail] = await delivered()
    assert.include(String(statusMail.headers['reply-to']), 'billing@one.example')
  })
})
