import { test } from '@japa/runner'
import { UserFactory } from '#database/factories/main'
import NotificationLog from '#models/notification_log'
import { HostNotFound, HostValidationError } from '#platform/errors'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { delivered, referencesOf, summary } from '#tests/support/notifications'
import { mailbox } from '#tests/support/mailbox'
import { hostOf, thrown } from '#tests/support/host'

test.group('Host API: mail', (group) => {
  isolate(group)

  test('queued, then sent by the worker to each active recipient, threaded with the ticket, logged', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Printer on fire' })
    const receipts = await delivered()
    const receipt = receipts.find((mail) => mail.envelope.to.includes(desk.customer.email))!
    const gone = await UserFactory.apply('agent')
      .apply('inactive')
      .merge({ organizationId: desk.organization.id })
      .create()
    await desk.it.related('members').attach([gone.id])

    const { queued } = await hostOf(desk.organization).mail.send({
      to: [{ userId: desk.customer.id }, { groupId: desk.it.id }, { userId: desk.agent.id }],
      subject: 'SLA warning',
      markdown: 'This ticket is **close** to its deadline. <script>alert(1)</script>',
      ticketId: ticket.id,
    })
    assert.equal(queued, 2, 'the customer and the IT agent, once each; not the inactive member')
    assert.deepEqual(await mailbox.all(), [], 'nothing is sent inline')

    const mails = await delivered()
    assert.deepEqual(
      summary(mails),
      [desk.agent.email, desk.customer.email]
        .sort()
        .map((to) => `${to}: [${ticket.reference}] SLA warning`)
    )
    for (const mail of mails) {
      assert.equal(mail.inReplyTo, receipt.messageId, 'answers the ticket thread root')
      assert.include(referencesOf(mail), receipt.messageId!)
      assert.notEqual(mail.messageId, receipt.messageId)
      assert.include(mail.html, '<strong>close</strong>')
      assert.notInclude(mail.html, '<script>')
      assert.include(mail.html, 'Fixture: host')
      assert.include(mail.text, 'close to its deadline')
    }
    const customerMail = mails.find((mail) => mail.envelope.to.includes(desk.customer.email))!
    const agentMail = mails.find((mail) => mail.envelope.to.includes(desk.agent.email))!
    assert.include(customerMail.text, `/portal/tickets/${ticket.id}`)
    assert.include(agentMail.text, `/desk/tickets/${ticket.id}`)

    const logs = await NotificationLog.query().where('kind', 'plugin_mail').orderBy('recipient')
    assert.deepEqual(
      logs.map((log) => [log.recipient, log.status, log.ticketId, log.messageId]),
      [desk.agent, desk.customer]
        .sort((a, b) => a.email.localeCompare(b.email))
        .map((user) => [
          user.email,
          'sent',
          ticket.id,
          mails.find((mail) => mail.envelope.to.includes(user.email))!.messageId,
        ])
    )
  })

  test('without a ticket: a mail of its own, no thread', async ({ assert }) => {
    const desk = await helpdesk()
    await hostOf(desk.organization).mail.send({
      to: [{ userId: desk.admin.id }],
      subject: 'Directory sync finished',
      markdown: '12 people updated.',
    })
    const [mail] = await delivered()
    assert.equal(mail.subject, 'Directory sync finished')
    assert.isNull(mail.inReplyTo)
    const log = await NotificationLog.query().where('kind', 'plugin_mail').firstOrFail()
    assert.isNull(log.ticketId)
    assert.equal(log.userId, desk.admin.id)
  })

  test("refused: an empty message, no recipient, another organization's user, group or ticket", async ({
    assert,
  }) => {
    const mine = await helpdesk()
    const theirs = await helpdesk()
    const foreign = await openTicket(theirs.customer, theirs.it.id)
    const { mail } = hostOf(mine.organization)
    const message = { to: [{ userId: mine.agent.id }], subject: 'Hi', markdown: 'Hello' }

    const empty = await thrown(() => mail.send({ ...message, subject: ' ' }))
    assert.instanceOf(empty, HostValidationError)
    assert.property(empty.fields, 'subject')
    const nobody = await thrown(() => mail.send({ ...message, to: [] }))
    assert.instanceOf(nobody, HostValidationError)
    assert.property(nobody.fields, 'to')
    for (const call of [
      () => mail.send({ ...message, to: [{ userId: theirs.agent.id }] }),
      () => mail.send({ ...message, to: [{ groupId: theirs.it.id }] }),
      () => mail.send({ ...message, ticketId: foreign.id }),
    ]) {
      assert.instanceOf(await thrown(call), HostNotFound)
    }
    const mails = await delivered()
    assert.notInclude(
      mails.map((sent) => sent.subject),
      'Hi'
    )
    assert.lengthOf(await NotificationLog.query().where('kind', 'plugin_mail'), 0)
  })
})
