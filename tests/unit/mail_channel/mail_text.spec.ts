import { test } from '@japa/runner'
import { parseMail } from '#services/mail_channel/parsed_mail'
import { MAIL_TEXT_MAX, mailText, visibleText } from '#services/mail_channel/mail_text'
import { renderMarkdown } from '#services/tickets/markdown'
import { TICKET_DESCRIPTION_MAX } from '#validators/ticket'
import { mailFixturePaths, readMailFixture } from '#tests/support/mail_fixtures'

const textOf = async (path: string) => mailText(await parseMail(await readMailFixture(path)))

test.group('mailText', () => {
  test('HTML-only fixtures give plain text without tags', async ({ assert }) => {
    const all = await mailFixturePaths()
    const paths = all.filter((path) => path.startsWith('html-only/'))
    assert.lengthOf(paths, 3)
    for (const path of paths) {
      const mail = await parseMail(await readMailFixture(path))
      assert.isNull(mail.text, path)
      const { full, visible } = mailText(mail)
      assert.isNotEmpty(full, path)
      assert.isNotEmpty(visible, path)
      assert.notMatch(full, /<\/?[a-z][^>]*>/i, path)
    }
    const spam = await textOf('html-only/nodemailer-mailparser__spam.eml')
    assert.include(spam.full, 'Im Jahre 2007 wurde er als „asozialer Penner“ beschimpft!')
  })

  test('every fixture gives normalized text within the cap', async ({ assert }) => {
    for (const path of await mailFixturePaths()) {
      const { full, visible } = await textOf(path)
      for (const text of [full, visible]) {
        assert.notInclude(text, '\r', path)
        assert.notMatch(text, /[ \t]+$/m, path)
        assert.isAtMost(text.length, MAIL_TEXT_MAX, path)
      }
    }
  })

  test('links are kept as "text (url)", images dropped, HTML comments and scripts gone', ({
    assert,
  }) => {
    const { full } = mailText({
      text: null,
      html: '<p>See <a href="https://help.example/a">the guide</a> <img src="cid:x" alt="logo"></p><script>alert(1)</script>',
    })
    assert.equal(full, 'See the guide (https://help.example/a)')
  })

  test('a <script> in a mail ends as inert text when the ticket is rendered', ({ assert }) => {
    for (const mail of [
      { text: 'Hi <script>alert(1)</script> <img src=x onerror=alert(2)>', html: null },
      { text: null, html: '<p>Hi &lt;script&gt;alert(1)&lt;/script&gt;</p>' },
    ]) {
      const { full } = mailText(mail)
      assert.include(full, '<script>alert(1)</script>')
      const html = renderMarkdown(full)
      assert.notInclude(html, '<script')
      assert.notInclude(html, '<img')
      assert.include(html, '&lt;script&gt;alert(1)&lt;/script&gt;')
    }
  })

  test('text longer than a ticket description is cut to fit', ({ assert }) => {
    const { full, visible } = mailText({ text: 'word '.repeat(10_000), html: null })
    assert.equal(MAIL_TEXT_MAX, TICKET_DESCRIPTION_MAX)
    assert.isAtMost(full.length, MAIL_TEXT_MAX)
    assert.isAbove(full.length, MAIL_TEXT_MAX - 10)
    assert.isTrue(full.endsWith('word\n\n[…]'))
    assert.equal(visible, full)
  })

  test('a message with no text at all gives empty strings', async ({ assert }) => {
    assert.deepEqual(await textOf('malformed/ruby-mail__error_emails_missing_body.eml'), {
      full: '',
      visible: '',
    })
  })
})

test.group('visibleText trims quoted history and signatures', () => {
  test('English "On … wrote:" wrapped on two lines', ({ assert }) => {
    const text =
      'Thanks, that fixed it.\n\nOn Tue, 1 Dec 2026 at 10:00, Help Desk <help@example.com>\nwrote:\n> Please restart the printer.\n> Bye'
    assert.equal(visibleText(text), 'Thanks, that fixed it.')
  })

  test('German "Am … schrieb …:" keeps the greeting above it', ({ assert }) => {
    const text =
      'Danke, das hat geholfen.\n\nViele Grüße\nAnna\n\nAm 01.12.2026 um 10:00 schrieb Help Desk <help@example.com>:\n> Bitte Drucker neu starten.'
    assert.equal(visibleText(text), 'Danke, das hat geholfen.\n\nViele Grüße\nAnna')
  })

  test("Outlook's Original Message and From/Sent blocks", ({ assert }) => {
    assert.equal(
      visibleText('Still broken.\n\n-----Original Message-----\nFrom: Help\nSent: Tuesday\n\nold'),
      'Still broken.'
    )
    assert.equal(
      visibleText(
        'Still broken.\n\n________________________________\nFrom: Help <help@example.com>\nSent: Tuesday, December 1, 2026 10:00\nTo: me\n\nold text'
      ),
      'Still broken.'
    )
    assert.equal(
      visibleText(
        'Geht wieder.\n\nVon: Help <help@example.com>\nGesendet: Dienstag\nAn: mich\n\nalt'
      ),
      'Geht wieder.'
    )
  })

  test('"-- " signatures are trimmed', ({ assert }) => {
    assert.equal(visibleText('Works now.\n\n-- \nAnna Example\nACME'), 'Works now.')
  })

  test('nothing left after trimming means visible is the full text', ({ assert }) => {
    const text = '> only quoted\n> text'
    assert.deepEqual(mailText({ text, html: null }), { full: text, visible: text })
  })

  test('the reply fixture (no quote in it) loses nothing', async ({ assert }) => {
    assert.deepEqual(await textOf('reply-forward/ruby-mail__plain_emails_raw_email_reply.eml'), {
      full: 'Message body',
      visible: 'Message body',
    })
  })
})
