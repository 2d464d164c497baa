import { test } from '@japa/runner'
import { parseMail, type MailAttachment } from '#services/mail_channel/parsed_mail'
import {
  MAIL_ATTACHMENTS_MAX,
  inspectMailAttachments,
  repairedName,
} from '#services/mail_channel/mail_attachments'
import { readMailFixture } from '#tests/support/mail_fixtures'

async function inspect(path: string) {
  const mail = await parseMail(await readMailFixture(path))
  return inspectMailAttachments(mail.attachments)
}
const text = (filename: string | null, contentType = 'text/plain'): MailAttachment => ({
  filename,
  contentType,
  content: Buffer.from('some notes\n'),
  cid: null,
  inline: false,
})

test.group('inspectMailAttachments', () => {
  test('files pass the upload rules with their names; types come from the bytes', async ({
    assert,
  }) => {
    const { accepted, refused } = await inspect('inline-images/php-mime-mail-parser__issue115.eml')
    assert.deepEqual(
      accepted.map((file) => [file.fileName, file.contentType]),
      [
        ['logo.jpg', 'image/jpeg'],
        ['background.jpg', 'image/jpeg'],
        ['attachment.txt', 'text/plain'],
      ]
    )
    assert.deepEqual(refused, [])
    const nonAscii = await inspect(
      'attachments/ruby-mail__attachment_emails_attachment_nonascii_filename.eml'
    )
    assert.deepEqual(
      nonAscii.accepted.map((file) => [file.fileName, file.contentType, file.size]),
      [['ciële.txt', 'text/plain', 11]]
    )
  })

  test('refused files are listed with an English reason, the rest kept', async ({ assert }) => {
    const { accepted, refused } = await inspect(
      'attachments/ruby-mail__attachment_emails_attachment_with_encoded_name.eml'
    )
    assert.deepEqual(accepted, [])
    assert.deepEqual(
      refused.map(({ name, reason }) => ({ name, reason })),
      [
        {
          name: '01 Quien Te Dijat. Pitbull.mp3',
          reason: 'its content is not a recognised document, image, archive or text file',
        },
      ]
    )
    assert.equal(
      refused[0].message.text,
      'its content is not a recognised document, image, archive or text file'
    )
  })

  test('an unnamed inline image gets a name from its type', async ({ assert }) => {
    const { accepted } = await inspect('html-only/php-mime-mail-parser__m0129.eml')
    assert.deepEqual(
      accepted.map((file) => [file.fileName, file.contentType]),
      [['image-1.png', 'image/png']]
    )
    const named = await inspectMailAttachments([text(null), text(null, 'application/pdf')])
    assert.deepEqual(
      [...named.accepted.map((file) => file.fileName)],
      ['attachment-1.txt', 'attachment-2.pdf']
    )
  })

  test('report parts and signatures are not attachments', async ({ assert }) => {
    const signed = await inspect(
      'structure/ruby-mail__mime_emails_raw_email_with_nested_attachment.eml'
    )
    assert.deepEqual(
      signed.accepted.map((file) => file.fileName),
      ['truncated.png']
    )
    assert.deepEqual(signed.refused, [])
    const bounce = await inspect('bounce-dsn/flanker__bounce_mailbox-full.eml')
    assert.deepEqual(bounce, { accepted: [], refused: [] })
  })

  test(`at most ${MAIL_ATTACHMENTS_MAX} files are kept, the rest refused with the reason`, async ({
    assert,
  }) => {
    const parts = Array.from({ length: 23 }, (_, index) => text(`note-${index + 1}.txt`))
    const { accepted, refused } = await inspectMailAttachments(parts)
    assert.lengthOf(accepted, 20)
    assert.deepEqual(
      refused.map(({ name, reason }) => [name, reason]),
      [21, 22, 23].map((n) => [`note-${n}.txt`, 'only the first 20 files of an e-mail are kept'])
    )
  })

  test('garbled or path-like names are cleaned, never empty', async ({ assert }) => {
    const { accepted } = await inspectMailAttachments([text('../../etc/passwd'), text('  ')])
    assert.deepEqual(
      accepted.map((file) => file.fileName),
      ['passwd', 'file']
    )
    const outlook = await inspect('malformed/flanker__outlook-express.eml')
    assert.lengthOf(outlook.accepted, 1)
    assert.isNotEmpty(outlook.accepted[0].fileName)
  })
})

test.group('inspectMailAttachments: names sent as raw UTF-8', () => {
  test('a name in raw UTF-8 bytes is read as UTF-8 (a character cut at the end dropped); a Latin-1 name stays', async ({
    assert,
  }) => {
    const russian = await inspect('attachments/flanker__russian-attachment-yahoo.eml')
    assert.match(russian.accepted[0].fileName, /^Картинка с очень/)
    assert.equal(repairedName('ciële.txt'), 'ciële.txt')
    assert.equal(repairedName(Buffer.from('Отчёт.pdf').toString('latin1')), 'Отчёт.pdf')
    assert.equal(repairedName('plain.txt'), 'plain.txt')
    const cut = Buffer.from('Отчёт.pdf').subarray(0, 5).toString('latin1')
    assert.equal(repairedName(cut), 'От')
  })
})
