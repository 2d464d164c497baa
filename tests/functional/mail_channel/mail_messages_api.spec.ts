import { test } from '@japa/runner'
import User from '#models/user'
import MailMessage from '#models/mail_message'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { mailboxOf, rawMail, recordMailMessage } from '#tests/support/mail_messages'
import { startImapServer, type ImapServerHandle } from '#tests/support/imap_server'

const URL = '/api/v1/admin/mailboxes'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

test.group("API: a mailbox's messages, their raw copies and retry", (group) => {
  isolate(group)

  test('lists newest first, filters by status and paginates by 25', async ({ client, assert }) => {
    const desk = await helpdesk()
    const mailbox = await mailboxOf(desk)
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'From mail' })
    const opened = await recordMailMessage(mailbox, {
      subject: 'Opened',
      status: 'ticket',
      ticketId: ticket.id,
      refusedAttachments: [{ name: 'x.exe', reason: 'This file type is not allowed.' }],
    })
    for (let index = 0; index < 26; index++) {
      await recordMailMessage(mailbox, {
        subject: `Dead ${index}`,
        status: 'failed',
        error: 'boom',
      })
    }
    const other = await mailboxOf(desk, { name: 'Other' })
    await recordMailMessage(other, { subject: 'Of another mailbox', status: 'failed' })
    const token = await bearer(desk.admin)

    const all = await client.get(`${URL}/${mailbox.id}/messages`).bearerToken(token)
    all.assertStatus(200)
    assert.equal(all.body().metadata.total, 27)
    assert.lengthOf(all.body().data, 25)
    assert.equal(all.body().data[0].subject, 'Dead 25')

    const failed = await client
      .get(`${URL}/${mailbox.id}/messages`)
      .qs({ status: 'failed', page: 2 })
      .bearerToken(token)
    failed.assertStatus(200)
    assert.equal(failed.body().metadata.total, 26)
    assert.deepEqual(
      failed.body().data.map((row: { subject: string }) => row.subject),
      ['Dead 0']
    )

    const tickets = await client
      .get(`${URL}/${mailbox.id}/messages`)
      .qs({ status: 'ticket' })
      .bearerToken(token)
    assert.lengthOf(tickets.body().data, 1)
    assert.deepEqual(tickets.body().data[0], {
      id: opened.id,
      uid: Number(opened.uid),
      uid_validity: 1,
      message_id: opened.messageId,
      from: 'customer@example.com',
      subject: 'Opened',
      status: 'ticket',
      reason: null,
      detail: null,
      error: null,
      ticket: { id: ticket.id, reference: ticket.reference },
      comment_id: null,
      attempts: 0,
      received_at: opened.receivedAt!.toISO(),
      processed_at: null,
      refused_attachments: [{ name: 'x.exe', reason: 'This file type is not allowed.' }],
    })

    const wrong = await client
      .get(`${URL}/${mailbox.id}/messages`)
      .qs({ status: 'pending' })
      .bearerToken(token)
    wrong.assertStatus(422)
    assert.property(wrong.body().details, 'status')
  })

  test('the raw message downloads byte for byte as message/rfc822', async ({ client, assert }) => {
    const desk = await helpdesk()
    const mailbox = await mailboxOf(desk)
    const raw = `${rawMail('Grüße aus Köln')}\r\nÄ line with umlauts\r\n`
    const message = await recordMailMessage(mailbox, { raw })

    const response = await client
      .get(`${URL}/${mailbox.id}/messages/${message.id}/raw`)
      .bearerToken(await bearer(desk.admin))
    response.assertStatus(200)
    assert.equal(response.header('content-type'), 'message/rfc822')
    assert.equal(response.header('content-disposition'), `attachment; filename="${message.id}.eml"`)
    assert.equal(response.text(), raw)
  })

  test("only admins; another organization's admin gets 404", async ({ client, assert }) => {
    const desk = await helpdesk()
    const mailbox = await mailboxOf(desk)
    const message = await recordMailMessage(mailbox, { status: 'failed', error: 'boom' })
    const other = await helpdesk()
    const paths = [
      ['get', `${URL}/${mailbox.id}/messages`],
      ['get', `${URL}/${mailbox.id}/messages/${message.id}/raw`],
      ['post', `${URL}/${mailbox.id}/messages/${message.id}/retry`],
      ['post', `${URL}/${mailbox.id}/test`],
    ] as const
    for (const [method, path] of paths) {
      for (const user of [desk.agent, desk.customer]) {
        const response = await client[method](path).bearerToken(await bearer(user))
        assert.equal(response.status(), 403, `${user.role}: ${method} ${path}`)
      }
      const foreign = await client[method](path).bearerToken(await bearer(other.admin))
      assert.equal(foreign.status(), 404, `other admin: ${method} ${path}`)
    }
    // A message id of another mailbox of the same organization is not found under this one.
    const second = await mailboxOf(desk, { name: 'Second' })
    const elsewhere = await client
      .get(`${URL}/${second.id}/messages/${message.id}/raw`)
      .bearerToken(await bearer(desk.admin))
    elsewhere.assertStatus(404)
  })

  test('retry refuses a message that is neither failed nor held, and calls the processor otherwise', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await mailboxOf(desk)
    const done = await recordMailMessage(mailbox, { status: 'ignored', reason: 'bounce' })
    const token = await bearer(desk.admin)

    const refused = await client
      .post(`${URL}/${mailbox.id}/messages/${done.id}/retry`)
      .bearerToken(token)
    refused.assertStatus(422)
    assert.equal(refused.body().code, 'E_VALIDATION_ERROR')
    assert.property(refused.body().details, 'status')

    // Processed again from its raw copy: it opens its ticket now, and the answer says so.
    const failed = await recordMailMessage(mailbox, { status: 'failed', error: 'boom' })
    const attempt = await client
      .post(`${URL}/${mailbox.id}/messages/${failed.id}/retry`)
      .bearerToken(token)
    attempt.assertStatus(200)
    const after = await MailMessage.findOrFail(failed.id)
    assert.equal(after.status, 'ticket')
    assert.containsSubset(attempt.body().data, {
      id: failed.id,
      status: 'ticket',
      error: null,
      attempts: failed.attempts + 1,
      ticket: { id: after.ticketId },
    })
    const again = await client
      .post(`${URL}/${mailbox.id}/messages/${failed.id}/retry`)
      .bearerToken(token)
    again.assertStatus(422)
  })
})

test.group('API: testing a mailbox against a real IMAP server', (group) => {
  isolate(group)
  let server: ImapServerHandle

  group.setup(async () => {
    server = await startImapServer({ tls: true })
    return () => server.stop()
  })

  test("answers the stored settings' result, success or the failing stage", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const settings = server.settings('agent', {
      port: server.tlsPort!,
      tls: 'implicit',
      verifyCertificates: false,
    })
    const good = await mailboxOf(desk, {
      host: settings.host,
      port: settings.port,
      tls: settings.tls,
      verifyCertificates: settings.verifyCertificates,
      username: settings.user,
      password: settings.password,
    })
    const token = await bearer(desk.admin)

    const ok = await client.post(`${URL}/${good.id}/test`).bearerToken(token)
    ok.assertStatus(200)
    assert.containsSubset(ok.body().data, { ok: true, folder: 'INBOX', encrypted: true })
    assert.isNumber(ok.body().data.messages)

    const bad = await mailboxOf(desk, {
      name: 'Wrong password',
      host: settings.host,
      port: settings.port,
      tls: settings.tls,
      verifyCertificates: settings.verifyCertificates,
      username: settings.user,
      password: 'wrong-password-123',
    })
    const refused = await client.post(`${URL}/${bad.id}/test`).bearerToken(token)
    refused.assertStatus(200)
    assert.containsSubset(refused.body().data, { ok: false, stage: 'login' })
    assert.notInclude(refused.text(), 'wrong-password-123')
  })
})
