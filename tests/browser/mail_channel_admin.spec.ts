import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { FACTORY_PASSWORD } from '#database/factories/main'
import Mailbox from '#models/mailbox'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { baseUrl, horizontalOverflow, signIn } from '#tests/support/browser'
import { startImapServer, type ImapServerHandle } from '#tests/support/imap_server'
import { recordMailMessage } from '#tests/support/mail_messages'

const SHOTS = '/tmp/shots-admin'

function shot(page: Page, name: string) {
  return page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true })
}

test.group('Admin: setting up a mailbox of the e-mail channel', (group) => {
  isolate(group)
  let imap: ImapServerHandle

  group.setup(async () => {
    imap = await startImapServer({ tls: true })
    return () => imap.stop()
  })

  test('Test connection against a real server, errors beside the fields, then the Messages tab', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const account = imap.settings('agent')
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')

    await page.getByRole('link', { name: 'Channels' }).click()
    await page.waitForURL('**/admin/channels/email')
    await page.getByText('No mailboxes yet').waitFor()
    await shot(page, 'mailboxes-empty')
    await page.getByRole('link', { name: 'New mailbox' }).click()
    await page.waitForURL('**/admin/channels/email/new')

    // Verify certificates is on by default; this server's certificate is self-signed.
    const verify = page.getByLabel('Verify the server certificate')
    assert.isTrue(await verify.isChecked())
    await page.getByLabel('Name', { exact: true }).fill('Support')
    await page.getByLabel('IMAP server').fill(account.host)
    await page.getByLabel('Port', { exact: true }).fill(String(imap.tlsPort))
    await page.getByLabel('Encryption').selectOption('implicit')
    await verify.uncheck()
    await page.getByLabel('User name').fill(account.user)
    await page.getByLabel('Password', { exact: true }).fill(account.password)
    await page.getByLabel('Group', { exact: true }).selectOption({ label: 'IT' })

    const result = page.getByTestId('connection-test')
    await page.getByRole('button', { name: 'Test connection' }).click()
    await result.getByText('Connection works.').waitFor()
    assert.include(await result.innerText(), 'Folder INBOX has 0 messages. Encrypted: yes.')
    await shot(page, 'mailbox-form-test-ok')

    await page.getByLabel('Password', { exact: true }).fill('not-the-password-9')
    await page.getByRole('button', { name: 'Test connection' }).click()
    await result.getByText('The server refused the user name or password.').waitFor()
    assert.notInclude(await result.innerText(), 'not-the-password-9')
    await shot(page, 'mailbox-form-test-login-failed')

    await page.getByLabel('Port', { exact: true }).fill('0')
    await page.getByRole('button', { name: 'Test connection' }).click()
    await page.locator('#field-port-error').waitFor()
    assert.equal(
      await page.getByLabel('Port', { exact: true }).getAttribute('aria-invalid'),
      'true'
    )
    await shot(page, 'mailbox-form-port-error')

    await page.getByLabel('Port', { exact: true }).fill(String(imap.tlsPort))
    // Editing the field clears the error the test put beside it.
    await page.locator('#field-port-error').waitFor({ state: 'detached' })
    await page.getByLabel('Password', { exact: true }).fill(account.password)
    await page.getByRole('button', { name: 'Add mailbox' }).click()
    await page.getByText('Mailbox "Support" added.').waitFor()
    const mailbox = await Mailbox.findByOrFail('name', 'Support')
    assert.isFalse(mailbox.verifyCertificates)
    assert.equal(mailbox.password(), account.password)
    await page.waitForURL(`**/admin/channels/email/${mailbox.id}`)

    // On edit a blank password means the stored one.
    await page.getByText('A password is set. Leave blank to keep it.').waitFor()
    await page.getByRole('button', { name: 'Test connection' }).click()
    await result.getByText('Connection works.').waitFor()

    // The fetcher is being written: the rows it will record are put in by hand.
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Printer on fire' })
    await recordMailMessage(mailbox, {
      subject: 'Printer on fire',
      status: 'ticket',
      ticketId: ticket.id,
      fullText: 'The printer is on fire.\n\n-- \nSent from my <b>phone</b>',
      refusedAttachments: [{ name: 'x.exe', reason: 'This file type is not allowed.' }],
    })
    const raw = 'From: a@example.com\r\nSubject: Broken\r\n\r\nÜnïcödé body\r\n'
    const dead = await recordMailMessage(mailbox, {
      subject: 'Broken',
      status: 'failed',
      error: 'Could not parse the message.',
      raw,
    })
    await recordMailMessage(mailbox, { subject: 'Loop', status: 'held', reason: 'loop' })

    await page.goto(`${baseUrl}/admin/channels/email`)
    await page.getByTestId('failed-count').getByRole('link', { name: '1' }).click()
    await page.waitForURL(`**/admin/channels/email/${mailbox.id}/messages?status=failed`)
    const rows = page.getByTestId('mail-message-row')
    await rows.first().getByText('Could not parse the message.').waitFor()
    assert.equal(await rows.count(), 1)

    await page.getByRole('link', { name: 'All', exact: true }).click()
    await page.waitForURL(`**/admin/channels/email/${mailbox.id}/messages`)
    await rows.nth(2).waitFor()
    assert.equal(await rows.count(), 3)
    await rows
      .filter({ hasText: 'Printer on fire' })
      .getByRole('link', { name: ticket.reference })
      .waitFor()
    await shot(page, 'mailbox-messages')

    await page.getByRole('link', { name: 'Held', exact: true }).click()
    await page.waitForURL('**/messages?status=held')
    await rows.first().getByRole('button', { name: 'Release' }).waitFor()
    assert.equal(await rows.count(), 1)

    await page.getByRole('link', { name: 'Failed (dead letters)' }).click()
    await page.waitForURL('**/messages?status=failed')
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      rows.first().getByRole('link', { name: 'Download .eml' }).click(),
    ])
    assert.equal(download.suggestedFilename(), `${dead.id}.eml`)
    assert.equal(await readFile((await download.path())!, 'utf8'), raw)

    // Retry processes the stored copy again: the dead letter opens its ticket.
    await rows.first().getByRole('button', { name: 'Retry' }).click()
    await page.getByText('The message was processed again.').waitFor()
    assert.match(page.url(), /messages\?status=failed$/)
    await dead.refresh()
    assert.equal(dead.status, 'ticket')
    await shot(page, 'mailbox-messages-retried')

    // The desk shows agents where the ticket came from; the quoted text stays plain text.
    await page.goto(`${baseUrl}/desk/tickets/${ticket.id}`)
    const origin = page.getByTestId('mail-origin')
    await origin.getByText('x.exe was not attached: This file type is not allowed.').waitFor()
    await origin.getByText('Show quoted text').click()
    await origin.getByText('Sent from my <b>phone</b>').waitFor()
    assert.equal(await origin.locator('b').count(), 0)
    assert.include(
      (await origin.getByRole('link', { name: 'Original e-mail (.eml)' }).getAttribute('href'))!,
      `/desk/tickets/${ticket.id}/mail/`
    )
    await shot(page, 'desk-ticket-mail-origin')

    await page.setViewportSize({ width: 360, height: 800 })
    await page.goto(`${baseUrl}/admin/channels/email/${mailbox.id}/messages`)
    await rows.first().waitFor()
    assert.equal(await horizontalOverflow(page), 0, 'the Messages tab fits 360 px')
    await shot(page, 'mailbox-messages-360')
    await page.goto(`${baseUrl}/admin/channels/email/${mailbox.id}`)
    await page.getByRole('button', { name: 'Test connection' }).waitFor()
    assert.equal(await horizontalOverflow(page), 0, 'the form fits 360 px')
    await shot(page, 'mailbox-form-360')
    await page.goto(`${baseUrl}/admin/channels/email`)
    await shot(page, 'mailboxes-list-360')
  }).timeout(120_000)
})
