import { test } from '@japa/runner'
import { parseMail } from '#services/mail_channel/parsed_mail'
import { readBounce } from '#services/mail_channel/bounce_report'
import { mailFixturePaths, readMailFixture } from '#tests/support/mail_fixtures'

async function read(path: string) {
  const raw = await readMailFixture(path)
  return readBounce(await parseMail(raw))
}

test.group('readBounce', () => {
  test('13 of the 17 bounce fixtures name the returned message', async ({ assert }) => {
    const all = await mailFixturePaths()
    const paths = all.filter((path) => path.startsWith('bounce-dsn/'))
    const withoutId: string[] = []
    for (const path of paths) {
      const report = await read(path)
      if (report.originalMessageIds.length === 0) {
        withoutId.push(path)
      }
    }
    // Domino and Exchange 2007 quote no headers; postfix-01 attaches an empty original; failure.eml has no original.
    assert.deepEqual(withoutId, [
      'bounce-dsn/php-mime-mail-parser__failure.eml',
      'bounce-dsn/sisimai__bsd_lhost-domino-01.eml',
      'bounce-dsn/sisimai__bsd_lhost-exchange2007-01.eml',
      'bounce-dsn/sisimai__bsd_lhost-postfix-01.eml',
    ])
    assert.equal(paths.length - withoutId.length, 13)
  })

  test('from a message/rfc822 part, text/rfc822-headers, or the quoted text', async ({
    assert,
  }) => {
    assert.deepEqual(await read('bounce-dsn/flanker__bounce_office365.eml'), {
      originalMessageIds: ['<20171013111011.20866.254C2F3A4D7AA526@ninomail.com>'],
      failedRecipients: ['noname@example.com'],
    })
    assert.deepEqual(await read('bounce-dsn/flanker__bounce_mailbox-full.eml'), {
      originalMessageIds: ['<4E326A95.3010907@example.com>'],
      failedRecipients: ['user@aol.com'],
    })
    assert.deepEqual(await read('bounce-dsn/sisimai__bsd_lhost-qmail-01.eml'), {
      originalMessageIds: ['<000000000.9999999999999.JavaMail.postmaster@mailhub>'],
      failedRecipients: [],
    })
    assert.deepEqual(await read('bounce-dsn/flanker__bounce_gmail-invalid-address.eml'), {
      originalMessageIds: ['<CAKsfaBUUGqVZiaMrmH3TRPfq1odQPtM7Ey5YW1SgyJJRHtAjgw@mail.gmail.com>'],
      failedRecipients: ['awfawfawfawfawfaw@someserverhere.com'],
    })
  })

  test('failed recipients come from Final-/Original-Recipient, lower-cased', async ({ assert }) => {
    const postfix = await read('bounce-dsn/sisimai__bsd_lhost-postfix-01.eml')
    assert.deepEqual(postfix.failedRecipients, [
      'r@p351355.pool.example.ne.jp',
      'kijitora@example.org',
    ])
    const exchange = await read('bounce-dsn/sisimai__bsd_lhost-exchange2007-01.eml')
    assert.deepEqual(exchange.failedRecipients, ['mikeneko@example.co.jp'])
  })
})
