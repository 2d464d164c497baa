import { existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { test } from '@japa/runner'
import { simpleParser } from 'mailparser'
import { imapClient, testConnection } from '#services/mail_channel/imap_connection'
import {
  startImapServer,
  stopAllImapServers,
  type ImapServerHandle,
} from '#tests/support/imap_server'
import { readMailFixture } from '#tests/support/mail_fixtures'
import { freePort } from '#tests/support/ldap/commands'

/** CRLF-only: dovecot serves stored messages with CRLF whatever the appended file used. */
const JAPANESE = 'charset/ruby-mail__multi_charset_japanese_iso_2022.eml'
const REPLY = 'reply-forward/ruby-mail__rfc2822_example06.eml'

test.group('IMAP connection: Test connection against a real dovecot', (group) => {
  let plain: ImapServerHandle
  let secured: ImapServerHandle

  group.setup(async () => {
    ;[plain, secured] = await Promise.all([startImapServer(), startImapServer({ tls: true })])
    return async () => {
      await Promise.all([plain?.stop(), secured?.stop()])
    }
  })

  test('plain login opens the folder and counts its messages', async ({ assert }) => {
    const first = await plain.append('agent', 'INBOX', await readMailFixture(JAPANESE))
    await plain.append('agent', 'INBOX', await readMailFixture(REPLY), ['\\Seen'])

    const result = await testConnection(plain.settings(), 'INBOX')

    assert.deepEqual(result, {
      ok: true,
      folder: 'INBOX',
      messages: 2,
      uidValidity: first.uidValidity,
      encrypted: false,
    })
  })

  test('a wrong password fails at login, and the message does not repeat it', async ({
    assert,
  }) => {
    const result = await testConnection(
      plain.settings('agent', { password: 'hunter2-wrong' }),
      'INBOX'
    )

    assert.isFalse(result.ok)
    assert.containsSubset(result, { stage: 'login' })
    const message = (result as { message: string }).message
    assert.equal(
      message,
      '127.0.0.1 refused the user name or password for agent (authentication failed).'
    )
    assert.notInclude(message, 'hunter2-wrong')
  })

  test('an unknown folder fails at the folder stage', async ({ assert }) => {
    const result = await testConnection(plain.settings(), 'Nowhere')

    assert.deepEqual(result, {
      ok: false,
      stage: 'folder',
      message: 'The folder "Nowhere" does not exist for agent on 127.0.0.1.',
    })
  })

  test('a port nobody listens on fails at connect', async ({ assert }) => {
    const port = await freePort()

    const result = await testConnection(plain.settings('agent', { port }), 'INBOX')

    assert.deepEqual(result, {
      ok: false,
      stage: 'connect',
      message: `127.0.0.1 refused the connection on port ${port}: no IMAP server listens there (or a firewall refuses it).`,
    })
  })

  test('STARTTLS: a self-signed certificate fails at tls while verification is on, works with it off', async ({
    assert,
  }) => {
    const starttls = secured.settings('agent', { tls: 'starttls' })

    const refused = await testConnection(starttls, 'INBOX')
    assert.containsSubset(refused, { ok: false, stage: 'tls' })
    assert.match(
      (refused as { message: string }).message,
      /certificate of 127\.0\.0\.1 is not trusted \(self-signed\)/
    )

    const accepted = await testConnection({ ...starttls, verifyCertificates: false }, 'INBOX')
    assert.containsSubset(accepted, { ok: true, messages: 0, encrypted: true })
  })

  test('implicit TLS: the same, on the TLS port', async ({ assert }) => {
    const implicit = secured.settings('agent', { tls: 'implicit', port: secured.tlsPort! })

    const refused = await testConnection(implicit, 'INBOX')
    assert.containsSubset(refused, { ok: false, stage: 'tls' })
    assert.match((refused as { message: string }).message, /not trusted \(self-signed\)/)

    const accepted = await testConnection({ ...implicit, verifyCertificates: false }, 'INBOX')
    assert.containsSubset(accepted, { ok: true, messages: 0, encrypted: true })
  })

  test('STARTTLS required but not offered fails at tls instead of sending the password in clear', async ({
    assert,
  }) => {
    const result = await testConnection(plain.settings('agent', { tls: 'starttls' }), 'INBOX')

    assert.deepEqual(result, {
      ok: false,
      stage: 'tls',
      message: `127.0.0.1:${plain.port} does not offer STARTTLS. Choose implicit TLS (usually port 993) if the server supports it.`,
    })
  })
})

test.group('IMAP test server: support module', (group) => {
  let imap: ImapServerHandle

  group.setup(async () => {
    imap = await startImapServer({
      users: [
        { user: 'agent', password: 'secret' },
        { user: 'sales@example.com', password: 'other' },
      ],
    })
    return () => imap?.stop()
  })

  test('append then a fetch by UID round-trips a fixture byte for byte', async ({ assert }) => {
    const raw = await readMailFixture(JAPANESE)
    const { uid } = await imap.append('sales@example.com', 'Support', raw)
    assert.deepEqual(await imap.folderUids('sales@example.com', 'Support'), [uid])

    const client = imapClient(imap.settings('sales@example.com'))
    await client.connect()
    try {
      await client.mailboxOpen('Support', { readOnly: true })
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true })
      assert.isTrue(message && message.source?.equals(raw))
      const parsed = await simpleParser(message ? message.source! : '')
      assert.equal(parsed.subject, 'まみむめも')
    } finally {
      await client.logout()
    }
  })

  test('dropMaildir seeds a folder without APPEND; users are separate', async ({ assert }) => {
    const raw = await readMailFixture(REPLY)
    await imap.dropMaildir('agent', [raw, raw, raw], { seen: true })

    assert.lengthOf(await imap.folderUids('agent', 'INBOX'), 3)
    assert.deepEqual(await imap.folderUids('sales@example.com', 'INBOX'), [])
    const result = await testConnection(imap.settings('agent'), 'INBOX')
    assert.containsSubset(result, { ok: true, messages: 3 })
  })
})

test.group('IMAP test server: teardown', () => {
  test('stopAllImapServers stops a server a test forgot, frees its port and removes its folder', async ({
    assert,
  }) => {
    const imap = await startImapServer()
    const folder = dirname(imap.logFile)

    await stopAllImapServers()

    assert.isNull(imap.pid)
    assert.isFalse(existsSync(folder))
    assert.containsSubset(await testConnection(imap.settings(), 'INBOX'), {
      ok: false,
      stage: 'connect',
    })
    await imap.stop()
  })
})
