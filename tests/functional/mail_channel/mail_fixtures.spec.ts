import { test } from '@japa/runner'
import Ticket from '#models/ticket'
import Attachment from '#models/attachment'
import type MailMessage from '#models/mail_message'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { startImapServer, type ImapServerHandle } from '#tests/support/imap_server'
import { mailFixturePaths, readMailFixture } from '#tests/support/mail_fixtures'
import { connectedMailbox, deliver, fetchNow } from '#tests/support/mail_channel'

/**
 * Of the messages that are neither bounces nor auto-replies, the few that
 * open no ticket, and why: two have no From header at all, and three carry
 * the Message-ID of another fixture delivered before them (copies in the
 * libraries' test suites), which the channel takes for the same mail again.
 */
const IGNORED_PEOPLE_MAIL: Record<string, string> = {
  'charset/php-mime-mail-parser__issue116.eml': 'no_sender',
  'structure/nodemailer-mailparser__mixed.eml': 'no_sender',
  'encoded-words/php-mime-mail-parser__issue149.eml': 'duplicate',
  'encoded-words/php-mime-mail-parser__m0023.eml': 'duplicate',
  'malformed/ruby-mail__mime_emails_raw_email_with_illegal_boundary.eml': 'duplicate',
}

test.group('E-mail channel: the 80 real messages through a real IMAP server', (group) => {
  isolate(group)
  let imap: ImapServerHandle
  let outcomes: Map<string, MailMessage>
  let tickets: Map<number, Ticket>

  group.setup(async () => {
    imap = await startImapServer()
    return () => imap.stop()
  })

  group.each.setup(async () => {
    const desk = await helpdesk()
    const mailbox = await connectedMailbox(imap, desk.organization.id, desk.it.id)
    const paths = await mailFixturePaths()
    for (const path of paths) await deliver(imap, await readMailFixture(path))
    const { summary, messages } = await fetchNow(mailbox)
    if (summary.fetched !== paths.length || messages.length !== paths.length) {
      throw new Error(`fetched ${summary.fetched} of ${paths.length}: ${summary.error ?? ''}`)
    }
    // Delivered in path order, so fetched (and recorded) in the same order.
    outcomes = new Map(paths.map((path, n) => [path, messages[n]]))
    const opened = await Ticket.query().where('organization_id', desk.organization.id)
    tickets = new Map(opened.map((ticket) => [ticket.id, ticket]))
  })

  function ticketOf(path: string) {
    const message = outcomes.get(path)!
    return tickets.get(message.ticketId!)!
  }

  function attachmentsOf(path: string) {
    return Attachment.query()
      .where('ticket_id', ticketOf(path).id)
      .orderBy('id')
      .then((files) => files.map((file) => [file.fileName, file.contentType]))
  }

  test('all 80 ingest without a failure; bounces and auto-replies open nothing, the rest open tickets', async ({
    assert,
  }) => {
    assert.equal(outcomes.size, 80)
    const expected = (path: string) => {
      if (path.startsWith('bounce-dsn/')) return 'ignored bounce'
      if (path === 'auto-reply/flanker__disposition-notification.eml') return 'ignored read_receipt'
      if (path.startsWith('auto-reply/')) return 'ignored auto_reply'
      if (IGNORED_PEOPLE_MAIL[path]) return `ignored ${IGNORED_PEOPLE_MAIL[path]}`
      return 'ticket'
    }
    const actual = [...outcomes].map(
      ([path, message]) => `${path}: ${message.status}${message.reason ? ' ' + message.reason : ''}`
    )
    assert.deepEqual(
      actual,
      [...outcomes.keys()].map((path) => `${path}: ${expected(path)}`)
    )
    for (const message of outcomes.values()) {
      if (message.status === 'ignored') assert.isNotEmpty(message.detail, message.subject ?? '')
    }
    assert.equal(tickets.size, 80 - 17 - 9 - Object.keys(IGNORED_PEOPLE_MAIL).length)
    for (const ticket of tickets.values()) {
      assert.equal(ticket.source, 'email')
      assert.isAtLeast(ticket.title.length, 3)
      assert.isAtLeast(ticket.description.length, 1)
    }
  })

  test('charsets and encoded words decode into the ticket', async ({ assert }) => {
    const japanese = ticketOf('charset/ruby-mail__multi_charset_japanese_iso_2022.eml')
    assert.equal(japanese.title, 'まみむめも')
    assert.include(japanese.description, 'すみません。')
    assert.include(
      ticketOf('charset/ruby-mail__multi_charset_japanese_shift_jis.eml').description,
      'このメールはテスト用のメールです。'
    )
    assert.include(
      ticketOf('charset/ruby-mail__multi_charset_ks_c_5601-1987.eml').description,
      '스티해'
    )
    assert.include(ticketOf('charset/flanker__8bitmime.eml').description, 'Превел')
    assert.equal(
      ticketOf('encoded-words/flanker__bilingual-simple.eml').title,
      'Simple text. How are you? Как ты поживаешь?'
    )
    assert.include(
      ticketOf('encoded-words/php-mime-mail-parser__m0022.eml').title,
      'árvíztűrő tükörfúrógép'
    )
    assert.equal(ticketOf('charset/ruby-mail__rfc6532_utf8_headers.eml').title, 'Säying Hello')
    assert.include(
      ticketOf('html-only/nodemailer-mailparser__spam.eml').description,
      'als „asozialer Penner“ beschimpft'
    )
    assert.notMatch(ticketOf('html-only/nodemailer-mailparser__spam.eml').description, /<\w+[^>]*>/)
  })

  test('attachments and inline images keep their names and types; refused ones are listed with the reason', async ({
    assert,
  }) => {
    assert.deepEqual(
      await attachmentsOf(
        'attachments/ruby-mail__attachment_emails_attachment_nonascii_filename.eml'
      ),
      [['ciële.txt', 'text/plain']]
    )
    assert.deepEqual(await attachmentsOf('inline-images/nodemailer-mailparser__nodemailer.eml'), [
      ['image.png', 'image/png'],
      ['nyan cat ✔.gif', 'image/gif'],
      ['notes.txt', 'text/plain'],
    ])
    assert.includeDeepMembers(
      await attachmentsOf('attachments/php-mime-mail-parser__issue274.eml'),
      [
        [
          'Hello from SwiftMailer.docx',
          'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        ],
        ['Hello from SwiftMailer.pdf', 'application/pdf'],
        ['Hello from SwiftMailer.odt', 'application/vnd.oasis.opendocument.text'],
        ['Cours-Tutoriels-Serge-Tahé-1568x268.png', 'image/png'],
      ]
    )
    assert.deepEqual(await attachmentsOf('inline-images/flanker__iphone.eml'), [
      ['photo.JPG', 'image/jpeg'],
    ])
    const calendar = outcomes.get('attachments/php-mime-mail-parser__m0020.eml')!
    assert.equal(calendar.status, 'ticket', 'a refused attachment never stops the ticket')
    assert.deepEqual(calendar.refusedAttachments, [
      {
        name: 'attachment-1.ics',
        reason: 'its content is ICS (text/calendar), which is not an allowed file type',
      },
    ])
  })
})
