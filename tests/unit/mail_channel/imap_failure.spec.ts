import { test } from '@japa/runner'
import { explainImapFailure } from '#services/mail_channel/imap_failure'
import type { ImapSettings } from '#services/mail_channel/imap_connection'

const settings: ImapSettings = {
  host: 'imap.example.com',
  port: 993,
  tls: 'implicit',
  verifyCertificates: true,
  user: 'help@example.com',
  password: 'p4ss-word',
}
const explain = (error: object, loggedIn = false) =>
  explainImapFailure(Object.assign(new Error('x'), error), { settings, folder: 'INBOX', loggedIn })

/** The failures a real server cannot easily be made to produce in a test (DNS, timeouts, expiry). */
test.group('IMAP failure explanations', () => {
  test('DNS and timeouts stop at connect, with what to check', ({ assert }) => {
    assert.deepEqual(explain({ code: 'ENOTFOUND' }), {
      stage: 'connect',
      message: 'The host name imap.example.com could not be resolved (DNS).',
    })
    assert.deepEqual(explain({ code: 'CONNECT_TIMEOUT' }), {
      stage: 'connect',
      message:
        'No answer from imap.example.com:993 in time (CONNECT_TIMEOUT). Check the host, the port and any firewall in between.',
    })
  })

  test('certificate problems stop at tls, named for what they are', ({ assert }) => {
    assert.match(explain({ code: 'CERT_HAS_EXPIRED' }).message, /has expired or is not valid yet/)
    assert.equal(explain({ code: 'ERR_TLS_CERT_ALTNAME_INVALID' }).stage, 'tls')
    assert.match(
      explain({ code: 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY' }).message,
      /not trusted \(no trusted authority signed it\)/
    )
  })

  test('the password never appears, even when the server echoes it', ({ assert }) => {
    const result = explain({
      authenticationFailed: true,
      responseText: 'Invalid login help@example.com / p4ss-word',
    })
    assert.equal(result.stage, 'login')
    assert.notInclude(result.message, 'p4ss-word')
    assert.include(result.message, '***')
  })

  test('after the login, any failure is about the folder', ({ assert }) => {
    assert.deepEqual(explain({ responseText: 'Permission denied' }, true), {
      stage: 'folder',
      message: 'Could not open the folder "INBOX": Permission denied',
    })
  })
})
