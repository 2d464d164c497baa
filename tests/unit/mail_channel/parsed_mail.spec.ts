import { test } from '@japa/runner'
import { messageIdOf } from '#services/mail_channel/mail_recorder'
import { MailParseError, parseMail, type ParsedMail } from '#services/mail_channel/parsed_mail'
import { mailFixturePaths, readMailFixture } from '#tests/support/mail_fixtures'

const parse = async (path: string) => parseMail(await readMailFixture(path))
const attachmentsOf = (mail: ParsedMail) =>
  mail.attachments.map((part) => [part.filename, part.contentType])

test.group('parseMail over the real fixtures', () => {
  test('all 80 fixtures parse, malformed ones included, into the normalized shape', async ({
    assert,
  }) => {
    const paths = await mailFixturePaths()
    assert.lengthOf(paths, 80)
    for (const path of paths) {
      const mail = await parse(path)
      assert.isString(mail.subject, path)
      assert.isArray(mail.references, path)
      assert.isTrue(mail.partTypes.length >= 1, path)
      assert.match(mail.contentType.value, /^[a-z0-9.+-]+\/[a-z0-9.+-]+$/, path)
      if (mail.from) {
        assert.equal(mail.from.address, mail.from.address.toLowerCase(), path)
      }
      for (const part of mail.attachments) {
        assert.instanceOf(part.content, Buffer, path)
      }
    }
  })

  test('charsets decode: ISO-2022-JP, Shift_JIS, ks_c_5601-1987, windows-1251', async ({
    assert,
  }) => {
    const iso2022 = await parse('charset/ruby-mail__multi_charset_japanese_iso_2022.eml')
    assert.equal(iso2022.subject, 'まみむめも')
    assert.include(iso2022.text, 'すみません。')
    const shiftJis = await parse('charset/ruby-mail__multi_charset_japanese_shift_jis.eml')
    assert.include(shiftJis.text, 'このメールはテスト用のメールです。')
    const korean = await parse('charset/ruby-mail__multi_charset_ks_c_5601-1987.eml')
    assert.include(korean.text, '스티해')
    const russian = await parse('charset/ruby-mail__plain_emails_raw_email_bad_time.eml')
    assert.deepEqual(russian.from, { address: 'yusuf75thu@auracom.net', name: 'Атиковa' })
    const cyrillicInJis = await parse('charset/php-mime-mail-parser__issue116.eml')
    assert.equal(cyrillicInJis.subject, 'ЖД№41 от 28.09.2016')
    const utf8Headers = await parse('charset/ruby-mail__rfc6532_utf8_headers.eml')
    assert.equal(utf8Headers.subject, 'Säying Hello')
    assert.deepEqual(utf8Headers.from, { address: 'jdöe@mächine.example', name: 'Jöhn Doe' })
  })

  test('RFC 2047 encoded-word subjects decode exactly', async ({ assert }) => {
    const expected: Record<string, string> = {
      'encoded-words/flanker__bilingual-simple.eml': 'Simple text. How are you? Как ты поживаешь?',
      'encoded-words/php-mime-mail-parser__m0022.eml': '[PRJ-OTH] asdf  árvíztűrő tükörfúrógép',
      'encoded-words/ruby-mail__plain_emails_raw_email_with_partially_quoted_subject.eml':
        'Re: Test: "漢字" mid "漢字" tail',
      'encoded-words/ruby-mail__rfc2822_example14.eml': 'Re: TEST  テストテスト',
      'encoded-words/php-mime-mail-parser__issue133.eml': 'Mail avec fichier attaché de 1ko',
      'auto-reply/php-mime-mail-parser__issue212.eml':
        'Automatyczna odpowiedź: Piotrze, test z 6 miesięcy nauki ciągle na Ciebie czeka',
    }
    for (const [path, subject] of Object.entries(expected)) {
      const mail = await parse(path)
      assert.equal(mail.subject, subject, path)
    }
  })

  test('attachments keep their names and declared types', async ({ assert }) => {
    assert.deepEqual(
      attachmentsOf(
        await parse('attachments/ruby-mail__attachment_emails_attachment_nonascii_filename.eml')
      ),
      [['ciële.txt', 'text/plain']]
    )
    assert.deepEqual(attachmentsOf(await parse('attachments/php-mime-mail-parser__issue274.eml')), [
      [
        'Hello from SwiftMailer.docx',
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['Hello from SwiftMailer.pdf', 'application/pdf'],
      ['Hello from SwiftMailer.odt', 'application/vnd.oasis.opendocument.text'],
      ['Cours-Tutoriels-Serge-Tahé-1568x268.png', 'image/png'],
      ['test-localhost.eml', 'message/rfc822'],
    ])
    assert.deepEqual(attachmentsOf(await parse('attachments/php-mime-mail-parser__m0013.eml')), [
      ['50032266 CAR 11_MNPA00A01_9PTX_H00 ATT N° 1467829.pdf', 'application/pdf'],
    ])
    assert.deepEqual(
      attachmentsOf(
        await parse('attachments/ruby-mail__attachment_emails_attachment_with_encoded_name.eml')
      ),
      [['01 Quien Te Dijat. Pitbull.mp3', 'audio/mpeg']]
    )
    assert.deepEqual(attachmentsOf(await parse('charset/php-mime-mail-parser__m0018.eml')), [
      ['사진.JPG', 'image/jpeg'],
      ['ATT00001.txt', 'text/plain'],
    ])
    const rootIsAttachment = await parse('attachments/nodemailer-mailparser__base64encodedroot.eml')
    assert.deepEqual(attachmentsOf(rootIsAttachment), [['screenshot.png', 'image/png']])
    assert.isNull(rootIsAttachment.text)
  })

  test('inline images are flagged inline and keep their cid', async ({ assert }) => {
    const mail = await parse('inline-images/nodemailer-mailparser__nodemailer.eml')
    const gif = mail.attachments.find((part) => part.filename === 'nyan cat ✔.gif')
    assert.deepInclude(gif, { contentType: 'image/gif', cid: 'nyan@example.com', inline: true })
    const notes = mail.attachments.find((part) => part.filename === 'notes.txt')
    assert.isFalse(notes?.inline)
  })

  test('threading headers: In-Reply-To and References, broken ids dropped', async ({ assert }) => {
    const reply = await parse('reply-forward/ruby-mail__plain_emails_raw_email_reply.eml')
    assert.equal(reply.messageId, '<473FFE27.20003@xxx.org>')
    assert.equal(reply.inReplyTo, '<348F04F142D69C21-291E56D292BC@xxxx.net>')
    assert.deepEqual(reply.references, [
      '<473FF3B8.9020707@xxx.org>',
      '<348F04F142D69C21-291E56D292BC@xxxx.net>',
    ])
    const example07 = await parse('reply-forward/ruby-mail__rfc2822_example07.eml')
    assert.deepEqual(example07.references, ['<1234@local.machine.example>', '<3456@example.net>'])
    const broken = await parse(
      'reply-forward/ruby-mail__error_emails_multiple_references_with_one_invalid.eml'
    )
    assert.deepEqual(broken.references, ['<foo@bar.net>', '<baz@bar.net>'])
    const emptyInReplyTo = await parse('malformed/ruby-mail__error_emails_empty_in_reply_to.eml')
    assert.isNull(emptyInReplyTo.inReplyTo)
  })

  test('headers are looked up by lower-case name, raw and unfolded', async ({ assert }) => {
    const mail = await parse('bounce-dsn/sisimai__bsd_lhost-qmail-01.eml')
    assert.deepEqual(mail.headers.get('return-path'), ['<>'])
    const report = await parse('bounce-dsn/flanker__bounce_mailbox-full.eml')
    assert.equal(report.contentType.value, 'multipart/report')
    assert.equal(report.contentType.params['report-type'], 'delivery-status')
    assert.includeMembers(report.partTypes, ['message/delivery-status', 'text/rfc822-headers'])
  })

  test('empty input is not a message', async ({ assert }) => {
    await assert.rejects(() => parseMail(Buffer.alloc(0)), MailParseError)
  })

  test('a bare header block with no body parses', async ({ assert }) => {
    const mail = await parseMail(Buffer.from('From: A <A@Example.COM>\r\nSubject: hi\r\n\r\n'))
    assert.deepEqual(mail.from, { address: 'a@example.com', name: 'A' })
    assert.equal(mail.subject, 'hi')
    assert.isNull(mail.messageId)
  })
})

test.group('messageIdOf: the Message-ID a message is recorded under', () => {
  test('read from the header block, folded or not, CRLF or LF; never from the body', ({
    assert,
  }) => {
    assert.equal(
      messageIdOf(Buffer.from('Subject: a\r\nMessage-ID:\r\n <folded@example.com>\r\n\r\nbody')),
      '<folded@example.com>'
    )
    assert.equal(
      messageIdOf(Buffer.from('message-id: <lf@example.com>\nSubject: b\n\nbody')),
      '<lf@example.com>'
    )
    assert.isNull(
      messageIdOf(Buffer.from('Subject: c\r\n\r\nMessage-ID: <in-the-body@example.com>\r\n'))
    )
  })
})
