import { test } from '@japa/runner'
import { asAdmin, bindAs, entryValues, startSlapd } from '#tests/support/slapd'
import {
  BENCH_BASE_DN,
  BENCH_PASSWORD,
  benchUserDn,
  generateDirectory,
} from '../../../bench/ldap_users.js'

/** The benchmark directory generator (bench/ldap_users.ts), loaded into a real slapd. */
test.group('LDAP benchmark directory', () => {
  test('the generator is deterministic per seed', ({ assert }) => {
    const one = generateDirectory({ users: 50, groups: 5, seed: 7 })
    assert.equal(generateDirectory({ users: 50, groups: 5, seed: 7 }), one)
    assert.notEqual(generateDirectory({ users: 50, groups: 5, seed: 8 }), one)
  })

  test('10,000 generated users load, bind and come back from a paged search', async ({
    assert,
  }) => {
    const ldif = generateDirectory({ users: 10_000, groups: 50, seed: 42 })
    const slapd = await startSlapd({ ldif, baseDn: BENCH_BASE_DN })
    try {
      await bindAs(slapd.url, benchUserDn(1234), BENCH_PASSWORD)
      await asAdmin(slapd, async (client) => {
        const users = await client.search(`ou=people,${slapd.baseDn}`, {
          filter: '(objectClass=inetOrgPerson)',
          attributes: ['uid', 'entryUUID', 'givenName'],
          paged: { pageSize: 1000 },
        })
        assert.lengthOf(users.searchEntries, 10_000)
        assert.lengthOf(
          new Set(users.searchEntries.map((entry) => String(entry.entryUUID))),
          10_000
        )
        // Non-ASCII names went in as base64 LDIF and come back as UTF-8.
        assert.isTrue(users.searchEntries.some((entry) => entry.givenName === 'Jürgen'))
        const groups = await client.search(`ou=groups,${slapd.baseDn}`, {
          filter: '(objectClass=groupOfNames)',
          attributes: ['member'],
        })
        assert.lengthOf(groups.searchEntries, 50)
        const memberships = groups.searchEntries.flatMap((entry) => entryValues(entry, 'member'))
        assert.isAtLeast(memberships.length, 10_000)
        assert.includeMembers(memberships, [benchUserDn(1), benchUserDn(10_000)])
      })
    } finally {
      await slapd.stop()
    }
  }).timeout(60_000)
})
