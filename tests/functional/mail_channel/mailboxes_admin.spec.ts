import { test } from '@japa/runner'
import Mailbox from '#models/mailbox'
import MailMessage from '#models/mail_message'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { mailboxOf, recordMailMessage } from '#tests/support/mail_messages'
import { startImapServer, type ImapServerHandle } from '#tests/support/imap_server'

const PAGES = '/admin/channels/email'

function form(groupId: number, overrides: Record<string, string> = {}) {
  return {
    name: 'Support',
    host: 'imap.example.com',
    port: '993',
    tls: 'implicit',
    verifyCertificates: 'true',
    username: 'support@example.com',
    password: 'imap secret 42',
    folder: 'INBOX',
    groupId: String(groupId),
    afterFetch: 'move',
    moveTo: 'Processed',
    loopLimit: '20',
    loopWindowMinutes: '10',
    isActive: 'true',
    ...overrides,
  }
}

test.group('Admin: Channels → E-mail', (group) => {
  isolate(group)

  test('lists mailboxes with their group and failed count; agents are kept out', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await mailboxOf(desk)
    await recordMailMessage(mailbox, { status: 'failed', error: 'boom' })
    await recordMailMessage(mailbox, { status: 'failed', error: 'boom' })
    await recordMailMessage(mailbox, { status: 'ticket' })

    const page = await client.get(PAGES).loginAs(desk.admin).withInertia()
    page.assertStatus(200)
    assert.equal(page.inertiaProps.mailboxes[0].name, 'Support')
    assert.notProperty(page.inertiaProps.mailboxes[0], 'password')
    assert.notProperty(page.inertiaProps.mailboxes[0], 'passwordEncrypted')
    assert.equal(page.inertiaProps.groupNames[mailbox.id], 'IT')
    assert.equal(page.inertiaProps.failedCounts[mailbox.id], 2)

    const agent = await client.get(PAGES).loginAs(desk.agent).redirects(0)
    agent.assertStatus(403)
  })

  test('creates, edits with a blank password kept, shows errors beside fields, deletes', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const created = await client
      .post(PAGES)
      .loginAs(desk.admin)
      .form(form(desk.it.id, { allowCcReplies: 'true' }))
      .withCsrfToken()
      .redirects(0)
    created.assertToast('success')
    const mailbox = await Mailbox.findByOrFail('name', 'Support')
    created.assertHeader('location', `${PAGES}/${mailbox.id}`)
    assert.isTrue(mailbox.allowCcReplies)
    assert.equal(mailbox.password(), 'imap secret 42')

    // Unticked checkboxes are absent from the form: off. A blank password keeps the stored one.
    const { verifyCertificates, isActive, ...rest } = form(desk.it.id, { password: '' })
    assert.exists(verifyCertificates && isActive)
    const updated = await client
      .put(`${PAGES}/${mailbox.id}`)
      .loginAs(desk.admin)
      .form({ ...rest, folder: 'Support' })
      .withCsrfToken()
      .redirects(0)
    updated.assertToast('success', 'Changes saved.')
    await mailbox.refresh()
    assert.isFalse(mailbox.verifyCertificates)
    assert.isFalse(mailbox.isActive)
    assert.isFalse(mailbox.allowCcReplies)
    assert.equal(mailbox.folder, 'Support')
    assert.equal(mailbox.password(), 'imap secret 42')

    const invalid = await client
      .put(`${PAGES}/${mailbox.id}`)
      .loginAs(desk.admin)
      .form(form(desk.facilities.id, { port: '70000', groupId: '999999' }))
      .withCsrfToken()
      .redirects(0)
    invalid.assertStatus(302)
    const bag = invalid.flashMessages().inputErrorsBag as Record<string, string[]>
    assert.properties(bag, ['port'])
    assert.notProperty(bag, 'password')
    await mailbox.refresh()
    assert.equal(mailbox.port, 993)

    const edit = await client.get(`${PAGES}/${mailbox.id}`).loginAs(desk.admin).withInertia()
    assert.isTrue(edit.inertiaProps.mailbox.passwordSet)
    assert.notInclude(JSON.stringify(edit.inertiaProps), 'imap secret 42')

    const deleted = await client
      .delete(`${PAGES}/${mailbox.id}`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
    deleted.assertToast('success')
    assert.isNull(await Mailbox.find(mailbox.id))
  })

  test('the Messages tab filters by status; the .eml downloads; Retry and Release process it again', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const mailbox = await mailboxOf(desk)
    const raw = 'Subject: Raw bytes\r\n\r\nÄÖÜ\r\n'
    const dead = await recordMailMessage(mailbox, { status: 'failed', error: 'boom', raw })
    await recordMailMessage(mailbox, { status: 'held', reason: 'loop' })
    await recordMailMessage(mailbox, { status: 'ticket' })

    const all = await client
      .get(`${PAGES}/${mailbox.id}/messages`)
      .loginAs(desk.admin)
      .withInertia()
    assert.lengthOf(all.inertiaProps.messages.data, 3)
    const held = await client
      .get(`${PAGES}/${mailbox.id}/messages?status=held`)
      .loginAs(desk.admin)
      .withInertia()
    assert.deepEqual(
      held.inertiaProps.messages.data.map((row: { status: string }) => row.status),
      ['held']
    )
    assert.deepEqual(held.inertiaProps.filters, { status: 'held' })

    const download = await client
      .get(`${PAGES}/${mailbox.id}/messages/${dead.id}/raw`)
      .loginAs(desk.admin)
    download.assertStatus(200)
    assert.equal(download.header('content-type'), 'message/rfc822')
    assert.equal(download.text(), raw)

    const retried = await client
      .post(`${PAGES}/${mailbox.id}/messages/${dead.id}/retry`)
      .loginAs(desk.admin)
      .form({ status: 'failed' })
      .withCsrfToken()
      .redirects(0)
    retried.assertStatus(302)
    retried.assertHeader('location', `${PAGES}/${mailbox.id}/messages?status=failed`)
    retried.assertToast('success', 'The message was processed again.')
    // Processed again it is judged afresh: this one has no sender, so it opens nothing, with the reason.
    await dead.refresh()
    assert.deepEqual([dead.status, dead.reason], ['ignored', 'no_sender'])

    const heldRow = await MailMessage.query().where('status', 'held').firstOrFail()
    const released = await client
      .post(`${PAGES}/${mailbox.id}/messages/${heldRow.id}/retry`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
    released.assertToast('success', 'The message was released.')
    await heldRow.refresh()
    assert.deepEqual([heldRow.status, heldRow.reason, heldRow.detail], ['ticket', null, null])

    const ticketRow = await MailMessage.query().where('status', 'ticket').firstOrFail()
    const refused = await client
      .post(`${PAGES}/${mailbox.id}/messages/${ticketRow.id}/retry`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
    refused.assertToast('error', 'Only a failed or held message can be processed again.')
  })
})

test.group('Admin: Test connection from the form', (group) => {
  isolate(group)
  let server: ImapServerHandle

  group.setup(async () => {
    server = await startImapServer({ tls: true })
    return () => server.stop()
  })

  test('tests the values on the form; a blank password on edit means the stored one', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const settings = server.settings('agent')
    const values = {
      host: settings.host,
      port: server.tlsPort!,
      tls: 'implicit',
      username: settings.user,
      folder: 'INBOX',
    }
    const ok = await client
      .post(`${PAGES}/test`)
      .loginAs(desk.admin)
      .json({ ...values, password: settings.password })
      .withCsrfToken()
      .header('accept', 'application/json')
    ok.assertStatus(200)
    assert.containsSubset(ok.body().result, { ok: true, folder: 'INBOX', encrypted: true })

    const wrong = await client
      .post(`${PAGES}/test`)
      .loginAs(desk.admin)
      .json({ ...values, password: 'not-the-password-7' })
      .withCsrfToken()
      .header('accept', 'application/json')
    assert.containsSubset(wrong.body().result, { ok: false, stage: 'login' })
    assert.notInclude(wrong.text(), 'not-the-password-7')

    const stored = await mailboxOf(desk, {
      host: settings.host,
      port: server.tlsPort!,
      tls: 'implicit',
      username: settings.user,
      password: settings.password,
    })
    const blank = await client
      .post(`${PAGES}/test`)
      .loginAs(desk.admin)
      .json({ ...values, mailboxId: stored.id })
      .withCsrfToken()
      .header('accept', 'application/json')
    assert.containsSubset(blank.body().result, { ok: true })

    // The stored password goes only to the stored server and user: never elsewhere unseen.
    const elsewhere = await client
      .post(`${PAGES}/test`)
      .loginAs(desk.admin)
      .json({ ...values, host: 'localhost', mailboxId: stored.id })
      .withCsrfToken()
      .header('accept', 'application/json')
    elsewhere.assertStatus(422)
    assert.equal(elsewhere.body().errors[0].field, 'password')
    assert.equal(
      elsewhere.body().errors[0].message,
      'Enter the password to test another server or user.'
    )

    const other = await helpdesk()
    const foreign = await client
      .post(`${PAGES}/test`)
      .loginAs(other.admin)
      .json({ ...values, mailboxId: stored.id })
      .withCsrfToken()
      .header('accept', 'application/json')
    foreign.assertStatus(404)

    const invalid = await client
      .post(`${PAGES}/test`)
      .loginAs(desk.admin)
      .json({ ...values, port: 0 })
      .withCsrfToken()
      .header('accept', 'application/json')
    invalid.assertStatus(422)
    assert.equal(invalid.body().errors[0].field, 'port')

    const agent = await client
      .post(`${PAGES}/test`)
      .loginAs(desk.agent)
      .json({ ...values, password: settings.password })
      .withCsrfToken()
      .header('accept', 'application/json')
    agent.assertStatus(403)
  })
})
