import { test } from '@japa/runner'
import Ticket from '#models/ticket'
import TicketComment from '#models/ticket_comment'
import User from '#models/user'
import Group from '#models/group'
import NotificationLog from '#models/notification_log'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import MailProcessor from '#services/mail_channel/mail_processor'
import { systemContext } from '#services/request_context'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { delivered, summary } from '#tests/support/notifications'
import { startImapServer, type ImapServerHandle } from '#tests/support/imap_server'
import {
  connectedMailbox,
  deliver,
  fetchMessages,
  fetchNow,
  fetchedMessage,
  IMAP_USER,
  ticketCount,
  ticketTitle,
} from '#tests/support/mail_channel'
import type { CaughtMail } from '#tests/support/mailbox'

test.group('E-mail channel: what mail becomes', (group) => {
  isolate(group)
  let imap: ImapServerHandle
  group.each.setup(async () => {
    imap = await startImapServer()
    return () => imap.stop()
  })

  test('new mail opens a ticket for a customer created just in time; the requester gets the receipt', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, {
      from: 'Jane Roe <Jane.Roe@customer.example>',
      subject: 'Printer on floor 3 jams',
      body: 'It jams on every page.\n\nJane',
    })

    const { summary: fetched, messages } = await fetchNow(mailbox)
    assert.containsSubset(fetched, { fetched: 1, processed: 1, failed: 0 })
    assert.lengthOf(messages, 1)
    const [message] = messages
    assert.equal(message.status, 'ticket')
    assert.equal(message.fromAddress, 'jane.roe@customer.example')

    const ticket = await Ticket.findOrFail(message.ticketId)
    assert.equal(ticket.organizationId, desk.organization.id)
    assert.equal(ticket.groupId, desk.it.id)
    assert.equal(ticket.source, 'email')
    assert.equal(ticket.title, 'Printer on floor 3 jams')
    assert.include(ticket.description, 'It jams on every page.')
    const requester = await User.findOrFail(ticket.requesterId)
    assert.containsSubset(requester.serialize(), {
      email: 'jane.roe@customer.example',
      name: 'Jane Roe',
      role: 'customer',
      organizationId: desk.organization.id,
    })
    assert.isNull(requester.password)

    const mails = await delivered()
    assert.include(
      summary(mails),
      `jane.roe@customer.example: [${ticket.reference}] Printer on floor 3 jams`
    )
    // Fetched mail leaves the INBOX for "Processed".
    assert.deepEqual(await imap.folderUids(IMAP_USER, 'INBOX'), [])
    assert.lengthOf(await imap.folderUids(IMAP_USER, 'Processed'), 1)
  })

  test('the answer to a notification lands on the same ticket and reopens it when resolved', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, { from: desk.customer.email, subject: 'VPN drops', body: 'Every hour.' })
    const first = await fetchedMessage(mailbox, 0)
    const ticket = await Ticket.findOrFail(first.ticketId)
    const receipt = mailTo(await delivered(), desk.customer.email)
    assert.exists(receipt, 'the requester got a receipt')
    await TicketWorkflow.changeStatus(ticket, 'resolved', { ...systemContext, actor: desk.agent })

    await deliver(imap, {
      from: desk.customer.email,
      subject: `Re: ${receipt.subject}`,
      headers: { 'In-Reply-To': receipt.messageId!, 'References': receipt.messageId! },
      body: [
        'Still dropping, sorry.',
        '',
        'Jane',
        '',
        `On Mon, 30 Nov 2026 at 10:00, Switchboard <helpdesk@example.com> wrote:`,
        '> We have your request.',
        '> Reference ' + ticket.reference,
      ].join('\n'),
    })
    const reply = await fetchedMessage(mailbox, 1)
    assert.equal(reply.status, 'reply')
    assert.equal(reply.ticketId, ticket.id)

    const comment = await TicketComment.findOrFail(reply.commentId)
    assert.equal(comment.authorId, desk.customer.id)
    assert.isFalse(comment.isInternal)
    assert.include(comment.body, 'Still dropping, sorry.')
    assert.notInclude(comment.body, 'We have your request', 'quoted history is trimmed')
    assert.include(reply.fullText ?? '', '> We have your request.', 'the full text is kept')
    await ticket.refresh()
    assert.equal(ticket.status, 'open', 'a resolved ticket reopens as a portal reply does')
    assert.equal(await ticketCount(desk.organization.id), 1)
  })

  test('the reference in the subject threads a reply without any headers', async ({ assert }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, { from: desk.customer.email, subject: 'Badge does not open door' })
    const opening = await fetchedMessage(mailbox, 0)
    const ticket = await Ticket.findOrFail(opening.ticketId)
    await deliver(imap, {
      from: desk.customer.email,
      subject: `AW: Re: [${ticket.reference}] Badge does not open door`,
      body: 'Door 4 as well.',
    })
    const reply = await fetchedMessage(mailbox, 1)
    assert.equal(reply.status, 'reply')
    assert.equal(reply.ticketId, ticket.id)
  })

  test("an agent's mail answers as the agent; someone else's opens a ticket unless CC replies are allowed", async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, { from: desk.customer.email, subject: 'Monitor flickers' })
    const opening = await fetchedMessage(mailbox, 0)
    const ticket = await Ticket.findOrFail(opening.ticketId)
    const subject = `Re: [${ticket.reference}] Monitor flickers`

    await deliver(imap, { from: desk.agent.email, subject, body: 'Try the other cable.' })
    await deliver(imap, { from: 'colleague@customer.example', subject, body: 'Mine too.' })
    let { messages } = await fetchNow(mailbox)
    assert.equal(messages[1].status, 'reply')
    const agentReply = await TicketComment.findOrFail(messages[1].commentId)
    assert.equal(agentReply.authorId, desk.agent.id)
    assert.equal(messages[2].status, 'ticket', 'a CC without permission opens a ticket of its own')
    assert.notEqual(messages[2].ticketId, ticket.id)

    mailbox.allowCcReplies = true
    await mailbox.save()
    await delivered()
    await deliver(imap, { from: 'colleague@customer.example', subject, body: 'Also floor 2.' })
    messages = await fetchMessages(mailbox)
    assert.equal(messages[3].status, 'reply')
    assert.equal(messages[3].ticketId, ticket.id)
    // The requester reads it, and the desk hears of it as of the requester's own words.
    assert.sameMembers(summary(await delivered()), [
      `${desk.agent.email}: ${subject}`,
      `${desk.customer.email}: ${subject}`,
    ])
  })

  test("another organization's ticket is never answered by mail: its reference opens a new ticket here", async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await organizationWithStaff()
    const otherGroup = await Group.create({ organizationId: other.organization.id, name: 'Other' })
    const { openTicket } = await import('#tests/support/tickets')
    const theirs = await openTicket(other.customer, otherGroup.id, { title: 'Their ticket' })
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, {
      from: desk.customer.email,
      subject: `Re: [${theirs.reference}] Their ticket`,
      headers: { 'In-Reply-To': `<ticket-${theirs.id}@127.0.0.1>` },
    })
    await deliver(imap, { from: other.customer.email, subject: 'From the other organization' })
    const { messages } = await fetchNow(mailbox)
    assert.equal(messages[0].status, 'ticket')
    const opened = await Ticket.findOrFail(messages[0].ticketId)
    assert.equal(opened.organizationId, desk.organization.id)
    assert.isNull(await TicketComment.query().where('ticket_id', theirs.id).first())
    assert.containsSubset(messages[1].serialize(), {
      status: 'ignored',
      reason: 'foreign_sender',
      ticketId: null,
    })
  })

  test('a bounce for a notification opens nothing and marks the notification bounced', async ({
    assert,
    client,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(imap, { from: 'gone@customer.example', subject: 'Account locked' })
    const opening = await fetchedMessage(mailbox, 0)
    const ticket = await Ticket.findOrFail(opening.ticketId)
    const receipt = mailTo(await delivered(), 'gone@customer.example')
    await deliver(imap, dsn('gone@customer.example', receipt.messageId!))

    const { messages } = await fetchNow(mailbox)
    assert.containsSubset(messages[1].serialize(), {
      status: 'ignored',
      reason: 'bounce',
      ticketId: null,
    })
    const log = await NotificationLog.query()
      .where('ticket_id', ticket.id)
      .where('recipient', 'gone@customer.example')
      .firstOrFail()
    assert.equal(log.status, 'bounced')
    assert.isNotNull(log.bouncedAt)
    // The agent sees it beside the requester; the portal tells the customer nothing of it.
    const deskPage = await client
      .get(`/desk/tickets/${ticket.id}`)
      .loginAs(desk.agent)
      .withInertia()
    assert.deepEqual(deskPage.inertiaProps.mailBounces, [
      { recipient: 'gone@customer.example', bouncedAt: log.bouncedAt!.toISO() },
    ])
    const requester = await User.findByOrFail('email', 'gone@customer.example')
    const portalPage = await client
      .get(`/portal/tickets/${ticket.id}`)
      .loginAs(requester)
      .withInertia()
    assert.notProperty(portalPage.inertiaProps, 'mailBounces')
    assert.equal(await ticketCount(desk.organization.id), 1)
    assert.deepEqual(summary(await delivered()), [], 'no notification about a bounce')
  })

  test('auto-replies, read receipts and our own mail open nothing', async ({ assert }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    await deliver(
      imap,
      {
        from: 'away@customer.example',
        subject: 'Out of Office: back Monday',
        headers: { 'Auto-Submitted': 'auto-replied' },
      },
      { from: 'list@customer.example', subject: 'Weekly digest', headers: { Precedence: 'bulk' } },
      { from: 'helpdesk@example.com', subject: '[SB-1] Printer jams' }
    )
    const { messages } = await fetchNow(mailbox)
    assert.deepEqual(
      messages.map((message) => [message.status, message.reason]),
      [
        ['ignored', 'auto_reply'],
        ['ignored', 'auto_reply'],
        ['ignored', 'own_address'],
      ]
    )
    assert.isTrue(messages.every((message) => message.detail && message.detail.length > 3))
    assert.equal(await ticketCount(desk.organization.id), 0)
  })

  test('a loop is held beyond the limit, and an admin releases a held message', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id, {
      loopLimit: 3,
      loopWindowMinutes: 10,
    })
    for (let n = 1; n <= 5; n++) {
      await deliver(imap, { from: 'robot@customer.example', subject: `Alert ${n}` })
    }
    await deliver(imap, { from: 'person@customer.example', subject: 'A real question' })
    const { messages } = await fetchNow(mailbox)
    assert.deepEqual(
      messages.map((message) => message.status),
      ['ticket', 'ticket', 'ticket', 'held', 'held', 'ticket']
    )
    assert.equal(messages[3].reason, 'loop')

    const released = await MailProcessor.retry(messages[3], { ...systemContext, actor: desk.admin })
    assert.equal(released.status, 'ticket')
    assert.equal(await ticketTitle(released.ticketId), 'Alert 4')
  })

  test('a message that cannot be processed is a dead letter, does not block the next, and retries', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    // A deactivated group takes no new tickets: the placement is refused.
    await Group.query().where('id', desk.it.id).update({ is_active: false })
    await deliver(imap, { from: 'first@customer.example', subject: 'First' })
    let { summary: fetched, messages } = await fetchNow(mailbox)
    assert.equal(fetched.failed, 1)
    assert.equal(messages[0].status, 'failed')
    assert.isNotEmpty(messages[0].error)
    assert.deepEqual(
      await imap.folderUids(IMAP_USER, 'INBOX'),
      [],
      'a dead letter leaves the INBOX too'
    )

    await Group.query().where('id', desk.it.id).update({ is_active: true })
    await deliver(imap, { from: 'second@customer.example', subject: 'Second' })
    messages = await fetchMessages(mailbox)
    assert.equal(messages[1].status, 'ticket')

    const retried = await MailProcessor.retry(messages[0], { ...systemContext, actor: desk.admin })
    assert.equal(retried.status, 'ticket')
    assert.equal(retried.attempts, 2)
    assert.equal(await ticketTitle(retried.ticketId), 'First')
    await assert.rejects(() =>
      MailProcessor.retry(retried, { ...systemContext, actor: desk.admin })
    )
  })
})

function mailTo(mails: CaughtMail[], address: string) {
  const found = mails.find((mail) => mail.envelope.to.includes(address))
  if (!found) throw new Error(`no mail to ${address}`)
  return found
}

/** A Postfix-style RFC 3464 delivery report returning our notification. */
function dsn(recipient: string, originalMessageId: string) {
  const boundary = 'dsn-boundary-1'
  return [
    'From: MAILER-DAEMON@mx.customer.example (Mail Delivery System)',
    'To: helpdesk@example.com',
    'Subject: Undelivered Mail Returned to Sender',
    `Message-ID: <dsn-${Date.now()}@mx.customer.example>`,
    'Date: ' + new Date().toUTCString(),
    'MIME-Version: 1.0',
    `Content-Type: multipart/report; report-type=delivery-status; boundary="${boundary}"`,
    '',
    `--${boundary}`,
    'Content-Type: text/plain',
    '',
    'This is the mail system. Your message could not be delivered.',
    '',
    `--${boundary}`,
    'Content-Type: message/delivery-status',
    '',
    'Reporting-MTA: dns; mx.customer.example',
    '',
    `Final-Recipient: rfc822; ${recipient}`,
    'Action: failed',
    'Status: 5.1.1',
    '',
    `--${boundary}`,
    'Content-Type: text/rfc822-headers',
    '',
    'From: Switchboard <helpdesk@example.com>',
    `To: ${recipient}`,
    `Message-ID: ${originalMessageId}`,
    'Subject: Your request',
    '',
    `--${boundary}--`,
    '',
  ].join('\r\n')
}
