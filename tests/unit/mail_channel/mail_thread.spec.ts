import { test } from '@japa/runner'
import { parseMail } from '#services/mail_channel/parsed_mail'
import {
  NO_SUBJECT_TITLE,
  referenceFromSubject,
  ticketIdsFromHeaders,
  ticketTitle,
} from '#services/mail_channel/mail_thread'
import { readMailFixture } from '#tests/support/mail_fixtures'

const DOMAIN = 'help.example.com'

test.group('ticketIdsFromHeaders', () => {
  test('our ids only, In-Reply-To first, then References newest first', ({ assert }) => {
    const ids = ticketIdsFromHeaders(
      {
        inReplyTo: '<ticket-42.event-7.ticket_replied.u3@help.example.com>',
        references: [
          '<ticket-40@help.example.com>',
          '<ticket-9@other.example.com>',
          '<CAfoo@mail.gmail.com>',
          '<ticket-41.event-2.plugin_mail.e0123456789abcdef0123@HELP.example.com>',
          '<ticket-42@help.example.com>',
        ],
      },
      DOMAIN
    )
    assert.deepEqual(ids, [42, 41, 40])
  })

  test("another helpdesk's ids and look-alikes are not ours", ({ assert }) => {
    assert.deepEqual(
      ticketIdsFromHeaders(
        {
          inReplyTo: '<ticket-5@help.example.com.evil.test>',
          references: [
            '<ticket-6@sub.help.example.com>',
            '<xticket-7@help.example.com>',
            '<ticket-x@help.example.com>',
          ],
        },
        DOMAIN
      ),
      []
    )
  })

  test('a real reply fixture threads on nothing of ours', async ({ assert }) => {
    const mail = await parseMail(
      await readMailFixture('reply-forward/ruby-mail__plain_emails_raw_email_reply.eml')
    )
    assert.deepEqual(ticketIdsFromHeaders(mail, DOMAIN), [])
    assert.deepEqual(ticketIdsFromHeaders(mail, 'xxx.org'), [])
  })
})

test.group('referenceFromSubject', () => {
  test('the bracketed reference, any case, in the organization spelling', ({ assert }) => {
    assert.equal(referenceFromSubject('Re: AW: [SB-12] Printer', 'SB'), 'SB-12')
    assert.equal(referenceFromSubject('re: [sb-1042] Printer jams', 'SB'), 'SB-1042')
    assert.equal(referenceFromSubject('[HD7-3] x', 'HD7'), 'HD7-3')
  })

  test('bare or foreign references are not taken', ({ assert }) => {
    assert.isNull(referenceFromSubject('Re: SB-12 Printer', 'SB'))
    assert.isNull(referenceFromSubject('Re: [XSB-12] Printer', 'SB'))
    assert.isNull(referenceFromSubject('Re: [OPS-12] Printer', 'SB'))
    assert.isNull(referenceFromSubject('', 'SB'))
  })
})

test.group('ticketTitle', () => {
  test('reply and forward prefixes, repeated and in several languages, go', ({ assert }) => {
    assert.equal(ticketTitle('Re: AW: [SB-12] Printer'), 'Printer')
    assert.equal(ticketTitle('RE: Fwd: FW: WG: Antw: SV: VS: Réf: Printer jams'), 'Printer jams')
    assert.equal(ticketTitle('Re[2]: Re:  Printer   jams '), 'Printer jams')
    assert.equal(ticketTitle('[SB-12] Re: Printer', 'SB'), 'Printer')
    assert.equal(ticketTitle('[JIRA-7] Printer', 'SB'), '[JIRA-7] Printer')
    assert.equal(ticketTitle('Reboot needed'), 'Reboot needed')
    assert.equal(ticketTitle('Ref: PO 4711 missing'), 'Ref: PO 4711 missing')
  })

  test('the result always fits the title rules', ({ assert }) => {
    assert.equal(ticketTitle(''), NO_SUBJECT_TITLE)
    assert.equal(ticketTitle('Re: Fwd:'), NO_SUBJECT_TITLE)
    assert.equal(ticketTitle('1'), '(subject: 1)')
    const long = ticketTitle('x'.repeat(500))
    assert.lengthOf(long, 200)
    assert.isTrue(long.endsWith('…'))
  })
})
