import { test } from '@japa/runner'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { Client, SizeLimitExceededError } from 'ldapts'
import {
  addEntry,
  asAdmin,
  bindAs,
  startSlapd,
  stopAllSlapd,
  type SlapdHandle,
} from '#tests/support/slapd'
import { SlapdProcess } from '#tests/support/ldap/slapd_process'

/**
 * What the ldap-sso plugin's tests and benchmarks will lean on besides the
 * fixtures: TLS with a throwaway CA, a crash and a restart, a server-side
 * size limit, and a clean end (or a clear error) whatever happens.
 */

/** Node's words for a certificate chain it cannot verify. */
const UNTRUSTED = /self[- ]signed|unable to (verify|get)/i

test.group('slapd harness | TLS', (group) => {
  let slapd: SlapdHandle
  group.setup(async () => {
    slapd = await startSlapd({ directory: 'authelia', tls: true })
    return () => slapd.stop()
  })

  test('StartTLS on the ldap:// port works when the client trusts the test CA', async ({
    assert,
  }) => {
    assert.match(slapd.caCertificate!, /^-----BEGIN CERTIFICATE-----/)
    const client = new Client({ url: slapd.url })
    await client.startTLS({ ca: [slapd.caCertificate!] })
    await client.bind(slapd.adminDn, slapd.adminPassword)
    assert.isTrue(client.isBound)
    await client.unbind()
  })

  test('StartTLS fails when the client does not trust the test CA', async ({ assert }) => {
    const client = new Client({ url: slapd.url })
    await assert.rejects(() => client.startTLS(), UNTRUSTED)
    await client.unbind().catch(() => {})
  })

  test('LDAPS works with the test CA and fails without it', async ({ assert }) => {
    assert.equal(slapd.ldapsUrl, `ldaps://127.0.0.1:${slapd.ldapsPort}`)
    const trusting = new Client({
      url: slapd.ldapsUrl!,
      tlsOptions: { ca: [slapd.caCertificate!] },
    })
    await trusting.bind(slapd.adminDn, slapd.adminPassword)
    await trusting.unbind()

    const untrusting = new Client({ url: slapd.ldapsUrl!, connectTimeout: 2000 })
    await assert.rejects(() => untrusting.bind(slapd.adminDn, slapd.adminPassword), UNTRUSTED)
    await untrusting.unbind().catch(() => {})
  })
})

test.group('slapd harness | outages and limits', () => {
  test('kill() makes the next operation fail, restart() brings slapd back with its data', async ({
    assert,
  }) => {
    const slapd = await startSlapd({ directory: 'planetexpress' })
    try {
      const client = new Client({ url: slapd.url, connectTimeout: 1000, timeout: 2000 })
      await client.bind(slapd.adminDn, slapd.adminPassword)
      const people = `ou=people,${slapd.baseDn}`
      await addEntry(slapd, `cn=Kif Kroker,${people}`, {
        objectClass: 'inetOrgPerson',
        cn: 'Kif Kroker',
        sn: 'Kroker',
        uid: 'kif',
      })

      const pid = slapd.pid
      await slapd.kill()
      assert.isNull(slapd.pid)
      await assert.rejects(() => client.search(people, { filter: '(uid=fry)' }))
      await assert.rejects(() => asAdmin(slapd, async () => {}))

      await slapd.restart()
      assert.notEqual(slapd.pid, pid)
      const kif = await asAdmin(slapd, (c) => c.search(people, { filter: '(uid=kif)' }))
      assert.lengthOf(kif.searchEntries, 1)
      await client.unbind().catch(() => {})
    } finally {
      await slapd.stop()
    }
  })

  test('sizeLimit stops a plain search of all users, a paged search still reads them all', async ({
    assert,
  }) => {
    const slapd = await startSlapd({ directory: 'planetexpress', sizeLimit: 3 })
    try {
      const fry = `cn=Philip J. Fry,ou=people,${slapd.baseDn}`
      const people = { filter: '(objectClass=inetOrgPerson)', attributes: ['uid'] }
      await bindAs(slapd.url, fry, 'fry', async (client) => {
        await assert.rejects(() => client.search(slapd.baseDn, people), SizeLimitExceededError)
        const paged = await client.search(slapd.baseDn, { ...people, paged: { pageSize: 2 } })
        assert.lengthOf(paged.searchEntries, 7)
      })
      // The root DN is exempt from limits, as in any OpenLDAP.
      await asAdmin(slapd, async (client) => {
        const { searchEntries } = await client.search(slapd.baseDn, people)
        assert.lengthOf(searchEntries, 7)
      })
    } finally {
      await slapd.stop()
    }
  })
})

/** Whether a process id is still in use (signal 0 only checks). */
function processExists(pid: number) {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

test.group('slapd harness | clean ends and clear errors', () => {
  test('stop() ends slapd and removes its folder; stopAllSlapd() ends the rest', async ({
    assert,
  }) => {
    const stopped = await startSlapd({ directory: 'authelia' })
    const forgotten = await startSlapd({ directory: 'authelia' })
    const pids = [stopped.pid!, forgotten.pid!]
    await stopped.stop()
    await stopped.stop()
    assert.isFalse(processExists(pids[0]))
    assert.isFalse(existsSync(dirname(stopped.logFile)))
    await assert.rejects(() => stopped.restart(), /after stop\(\)/)

    // Japa runs one test at a time and this group starts none in setup: only `forgotten` is left.
    await stopAllSlapd()
    assert.isFalse(processExists(pids[1]))
    assert.isFalse(existsSync(dirname(forgotten.logFile)))
    await assert.rejects(() => forgotten.restart(), /after stop\(\)/)
  })

  test("LDIF that slapadd refuses fails the start with slapadd's own message", async ({
    assert,
  }) => {
    const orphan = 'dn: uid=x,ou=nowhere,dc=broken,dc=test\nobjectClass: account\nuid: x\n'
    await assert.rejects(
      () => startSlapd({ ldif: orphan, baseDn: 'dc=broken,dc=test' }),
      /slapadd .* failed \(exit code 1\)[\s\S]*ou=nowhere,dc=broken,dc=test/
    )
  })

  test('a slapd that cannot start fails with its stderr in the error', async ({ assert }) => {
    const dir = mkdtempSync(join(tmpdir(), 'switchboard-slapd-test-'))
    try {
      const slapd = new SlapdProcess({
        dir,
        listeners: 'ldap://127.0.0.1:1/',
        url: 'ldap://127.0.0.1:1',
        adminDn: 'cn=admin',
        adminPassword: 'secret',
        startTimeoutMs: 5000,
      })
      await assert.rejects(
        () => slapd.start(),
        /slapd exited \(exit code 1\) while starting[\s\S]*slapd log[\s\S]*invalid config directory/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
