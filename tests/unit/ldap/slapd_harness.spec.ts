import { test } from '@japa/runner'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { Client, InvalidCredentialsError } from 'ldapts'
import {
  addEntry,
  asAdmin,
  bindAs,
  deleteEntry,
  entryValues,
  LDAP_FIXTURES,
  modifyEntry,
  startSlapd,
  type SlapdHandle,
} from '#tests/support/slapd'

/**
 * The harness against the fixtures' own statement of who can sign in and
 * which groups they hold (expected_users.csv), through ldapts as the
 * ldap-sso plugin will use it.
 */
function expectedUsers(directory: string): Record<string, string>[] {
  return parse(readFileSync(join(LDAP_FIXTURES, directory, 'expected_users.csv')), {
    columns: true,
  })
}

const list = (cell: string | undefined) => (cell ? cell.split(';') : [])

async function findByUid(slapd: SlapdHandle, uid: string, attributes: string[] = []) {
  const { searchEntries } = await asAdmin(slapd, (client) =>
    client.search(slapd.baseDn, { filter: `(uid=${uid})`, attributes: ['dn', ...attributes] })
  )
  return searchEntries
}

const expectedUids = (directory: string) => expectedUsers(directory).map((user) => user.uid)

async function allUids(slapd: SlapdHandle) {
  const { searchEntries } = await asAdmin(slapd, (client) =>
    client.search(slapd.baseDn, { filter: '(objectClass=inetOrgPerson)', attributes: ['uid'] })
  )
  return searchEntries.flatMap((entry) => entryValues(entry, 'uid'))
}

test.group('slapd harness | planetexpress', (group) => {
  let slapd: SlapdHandle
  group.setup(async () => {
    slapd = await startSlapd({ directory: 'planetexpress' })
    return () => slapd.stop()
  })

  test('every expected user is found by uid and binds with their password', async ({ assert }) => {
    for (const user of expectedUsers('planetexpress')) {
      const [entry] = await findByUid(slapd, user.uid, ['mail'])
      assert.equal(entry?.dn, user.dn, user.uid)
      assert.sameMembers(entryValues(entry, 'mail'), list(user.mail), user.uid)
      await bindAs(slapd.url, user.dn, user.password, async (client) => {
        assert.equal(
          await client.exop('1.3.6.1.4.1.4203.1.11.3').then((r) => r.value),
          `dn:${user.dn}`
        )
      })
    }
  })

  test('the people are exactly the users of expected_users.csv', async ({ assert }) => {
    assert.sameMembers(await allUids(slapd), expectedUids('planetexpress'))
  })

  test('memberOf on each user names exactly the groups of expected_users.csv', async ({
    assert,
  }) => {
    for (const user of expectedUsers('planetexpress')) {
      const [entry] = await findByUid(slapd, user.uid, ['memberOf'])
      const expected = list(user.groups_memberOf).map(
        (name) => `cn=${name},ou=people,${slapd.baseDn}`
      )
      assert.sameMembers(entryValues(entry, 'memberOf'), expected, user.uid)
    }
  })

  test('a wrong password is refused with InvalidCredentialsError', async ({ assert }) => {
    const client = new Client({ url: slapd.url })
    await assert.rejects(
      () => client.bind(`cn=Philip J. Fry,ou=people,${slapd.baseDn}`, 'bender'),
      InvalidCredentialsError
    )
    await assert.rejects(() => client.bind(slapd.adminDn, 'wrong'), InvalidCredentialsError)
    await client.unbind()
  })

  test('binary attributes arrive intact (jpegPhoto is a JPEG)', async ({ assert }) => {
    const photo = await asAdmin(slapd, async (client) => {
      const { searchEntries } = await client.search(slapd.baseDn, {
        filter: '(uid=fry)',
        attributes: ['jpegPhoto'],
        explicitBufferAttributes: ['jpegPhoto'],
      })
      return searchEntries[0].jpegPhoto as Buffer
    })
    assert.deepEqual([...photo.subarray(0, 3)], [0xff, 0xd8, 0xff])
  })

  test('the entry helpers change the directory, and memberOf follows live', async ({
    assert,
    cleanup,
  }) => {
    // Its own slapd: the other tests read the fixture as it was loaded.
    const own = await startSlapd({ directory: 'planetexpress' })
    cleanup(() => own.stop())
    const crew = `cn=ship_crew,ou=people,${own.baseDn}`
    const staff = `cn=admin_staff,ou=people,${own.baseDn}`
    const hermes = `cn=Hermes Conrad,ou=people,${own.baseDn}`
    await modifyEntry(own, staff, { delete: { member: hermes } })
    await modifyEntry(own, crew, { add: { member: hermes } })
    const [moved] = await findByUid(own, 'hermes', ['memberOf'])
    assert.deepEqual(entryValues(moved, 'memberOf'), [crew])

    const kif = `cn=Kif Kroker,ou=people,${own.baseDn}`
    await addEntry(own, kif, {
      objectClass: ['inetOrgPerson'],
      cn: 'Kif Kroker',
      sn: 'Kroker',
      uid: 'kif',
      userPassword: 'kif',
    })
    await modifyEntry(own, crew, { add: { member: kif } })
    const [added] = await findByUid(own, 'kif', ['memberOf'])
    assert.deepEqual(entryValues(added, 'memberOf'), [crew])
    await bindAs(own.url, kif, 'kif')

    await deleteEntry(own, kif)
    assert.lengthOf(await findByUid(own, 'kif'), 0)
    const members = await asAdmin(own, (client) =>
      client.search(crew, { scope: 'base', attributes: ['member'] })
    )
    // refint removed the deleted user from the group.
    assert.notInclude(entryValues(members.searchEntries[0], 'member'), kif)
  })
})

test.group('slapd harness | authelia', (group) => {
  let slapd: SlapdHandle
  group.setup(async () => {
    slapd = await startSlapd({ directory: 'authelia' })
    return () => slapd.stop()
  })

  test('the admin is cn=admin,dc=example,dc=com with password "password"', async ({ assert }) => {
    assert.equal(slapd.adminDn, 'cn=admin,dc=example,dc=com')
    await bindAs(slapd.url, slapd.adminDn, 'password')
  })

  test('every expected user is found by uid and binds with their password', async ({ assert }) => {
    for (const user of expectedUsers('authelia')) {
      const [entry] = await findByUid(slapd, user.uid, ['mail'])
      assert.equal(entry?.dn, user.dn, user.uid)
      assert.deepEqual(entryValues(entry, 'mail'), [user.mail])
      await bindAs(slapd.url, user.dn, user.password)
    }
    const client = new Client({ url: slapd.url })
    await assert.rejects(
      () => client.bind('cn=John Doe (external),ou=users,dc=example,dc=com', 'wrong'),
      InvalidCredentialsError
    )
    await client.unbind()
  })

  test('the people are exactly the users of expected_users.csv', async ({ assert }) => {
    assert.sameMembers(await allUids(slapd), expectedUids('authelia'))
  })

  test('groupOfNames members are the users expected_users.csv puts in each group', async ({
    assert,
  }) => {
    const users = expectedUsers('authelia')
    const groups = await asAdmin(slapd, (client) =>
      client.search(`ou=groups,${slapd.baseDn}`, {
        filter: '(objectClass=groupOfNames)',
        attributes: ['cn', 'member'],
      })
    )
    assert.sameMembers(
      groups.searchEntries.map((entry) => String(entry.cn)),
      ['dev', 'admins']
    )
    for (const entry of groups.searchEntries) {
      const expected = users
        .filter((user) => list(user.groups_by_member_attribute).includes(String(entry.cn)))
        .map((user) => user.dn)
      assert.sameMembers(entryValues(entry, 'member'), expected, String(entry.cn))
    }
  })
})
