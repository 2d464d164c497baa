import { test } from '@japa/runner'
import net from 'node:net'
import { enablePlugin } from '#tests/support/plugins'
import { readFileSync } from 'node:fs'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import { mailbox } from '#tests/support/mailbox'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { directoryDesk } from '#tests/support/ldap_sso'
import { addEntry, LDAP_FIXTURES, modifyEntry } from '#tests/support/slapd'
import type { ApiClient } from '@japa/api-client'
import { authenticate } from '#plugins/ldap-sso/signin/authenticate'

const UNREACHABLE =
  'The directory could not be reached. Try again in a moment, or sign in with a local account.'
const INVALID = 'These credentials do not match an active account.'

function signIn(client: ApiClient, email: string, password: string) {
  return client.post('/login').form({ email, password }).withCsrfToken().redirects(0)
}

/** expected_users.csv of a fixture directory, as rows of its columns. */
function expectedUsers(directory: string) {
  const [header, ...lines] = readFileSync(
    `${LDAP_FIXTURES}/${directory}/expected_users.csv`,
    'utf8'
  )
    .trim()
    .split('\n')
  const columns = header.split(',')
  return lines.map((line) => {
    const cells = line
      .match(/("([^"]*)"|[^,]*)(,|$)/g)!
      .map((cell) => cell.replace(/,$/, '').replace(/^"|"$/g, ''))
    return Object.fromEntries(columns.map((name, index) => [name, cells[index] ?? '']))
  })
}

test.group('LDAP sign-in against a real slapd', (group) => {
  isolate(group)

  test('every person of planetexpress signs in with their directory password and lands with the role and teams their groups map to', async ({
    client,
    assert,
  }) => {
    const desk = await directoryDesk('planetexpress', ({ crew, office }) => ({
      mappings: [
        { directoryGroup: 'ship_crew', role: 'agent', groupIds: [crew.id] },
        {
          directoryGroup: 'cn=admin_staff,ou=people,dc=planetexpress,dc=com',
          role: 'admin',
          groupIds: [office.id, crew.id],
        },
      ],
    }))
    const people = expectedUsers('planetexpress')
    assert.lengthOf(people, 7)
    for (const person of people) {
      const response = await signIn(client, person.uid, person.password)
      response.assertStatus(302)
      assert.notInclude(response.header('location'), '/login', `${person.uid} signed in`)
      const email = person.mail.split(';')[0]
      const user = await User.query().where('email', email).preload('groups').firstOrFail()
      const groups = person.groups_memberOf
      const role =
        groups === 'admin_staff' ? 'admin' : groups === 'ship_crew' ? 'agent' : 'customer'
      assert.equal(user.role, role, person.uid)
      assert.equal(user.authSource, 'ldap-sso')
      assert.isNull(user.password)
      assert.equal(user.department, person.ou)
      const teams = user.groups.map((team) => team.name).sort()
      assert.deepEqual(
        teams,
        role === 'admin' ? ['Crew', 'Office'] : role === 'agent' ? ['Crew'] : [],
        person.uid
      )
      assert.deepEqual(user.directoryGroups, groups ? [groups] : [])
    }
    // By e-mail too; and the account is the same one.
    const again = await signIn(client, 'leela@planetexpress.com', 'leela')
    assert.equal(again.header('location'), '/desk')
    assert.lengthOf(await User.query().where('email', 'leela@planetexpress.com'), 1)
    assert.equal(desk.ldap.url.startsWith('ldap://127.0.0.1:'), true)
  }).timeout(60_000)

  test('a directory account gets no password reset link: its password lives in the directory', async ({
    client,
    assert,
  }) => {
    await directoryDesk('planetexpress')
    await signIn(client, 'fry', 'fry')
    const response = await client
      .post('/forgot-password')
      .form({ email: 'fry@planetexpress.com' })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/login')
    const fry = await User.findByOrFail('email', 'fry@planetexpress.com')
    const tokens = await db.from('password_reset_tokens').where('user_id', fry.id)
    assert.lengthOf(tokens, 0)
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.lengthOf(await mailbox.all(), 0)
  }).timeout(60_000)

  test('a wrong password, an empty one, and injection attempts match nobody', async ({
    client,
    assert,
  }) => {
    const desk = await directoryDesk('planetexpress')
    const attempts: [string, string][] = [
      ['fry', 'leela'],
      ['fry', ''],
      ['*', 'fry'],
      ['fr*', 'fry'],
      ['fry)(uid=*', 'fry'],
      ['*)(|(uid=*', 'fry'],
      ['*)(objectClass=*', 'fry'],
      ['nobody', 'nobody'],
    ]
    for (const [login, password] of attempts) {
      const response = await signIn(client, login, password)
      response.assertStatus(302)
      if (password === '') continue // refused by the form before any directory is asked
      response.assertFieldError('email', INVALID)
    }
    // A NUL never gets past the form; asked directly, the directory matches nobody with it either.
    const nul = await signIn(client, 'fry\u0000', 'fry')
    nul.assertFieldError(
      'email',
      'This contains a character that cannot be stored (a NUL byte or a broken Unicode sequence).'
    )
    assert.isNull(await authenticate(desk.context, { email: 'fry\u0000', password: 'fry' }))
    assert.isNull(await authenticate(desk.context, { email: '*', password: 'fry' }))
    const fry = await authenticate(desk.context, { email: 'fry', password: 'fry' })
    assert.equal(fry?.email, 'fry@planetexpress.com')
    assert.lengthOf(await User.query().where('auth_source', 'ldap-sso'), 0)
  }).timeout(60_000)

  test('every sign-in refreshes the person from the directory: department, role and teams follow it', async ({
    client,
    assert,
  }) => {
    const desk = await directoryDesk('planetexpress', ({ crew }) => ({
      mappings: [{ directoryGroup: 'ship_crew', role: 'agent', groupIds: [crew.id] }],
    }))
    await signIn(client, 'fry', 'fry')
    const fry = await User.findByOrFail('email', 'fry@planetexpress.com')
    assert.equal(fry.role, 'agent')

    const dn = 'cn=Philip J. Fry,ou=people,dc=planetexpress,dc=com'
    await modifyEntry(desk.ldap, dn, { replace: { ou: 'Management' } })
    await modifyEntry(desk.ldap, 'cn=ship_crew,ou=people,dc=planetexpress,dc=com', {
      delete: { member: dn },
    })
    await signIn(client, 'fry', 'fry')
    await fry.refresh()
    assert.equal(fry.department, 'Management')
    assert.equal(fry.role, 'customer', 'no mapped group any more: the default role')
    await fry.load('groups')
    assert.lengthOf(fry.groups, 0)

    // A new e-mail in the directory: the same account follows it (matched by entryUUID).
    await modifyEntry(desk.ldap, dn, { replace: { mail: 'philip.fry@planetexpress.com' } })
    const renamed = await signIn(client, 'fry', 'fry')
    assert.notInclude(renamed.header('location'), '/login')
    await fry.refresh()
    assert.equal(fry.email, 'philip.fry@planetexpress.com')
    assert.lengthOf(await User.query().where('auth_source', 'ldap-sso'), 1)
  }).timeout(60_000)

  test('groupOfNames with member (authelia): a DN with parentheses, nested groups, and "refuse" for people in no mapped group', async ({
    client,
    assert,
  }) => {
    const desk = await directoryDesk('authelia', ({ crew }) => ({
      mappings: [
        { directoryGroup: 'admins', role: 'admin', groupIds: [] },
        { directoryGroup: 'staff', role: 'agent', groupIds: [crew.id] },
      ],
      defaultRole: 'refuse',
      nestedGroups: true,
    }))
    // staff holds the dev group: bob is in dev only, so in staff through it.
    await addEntry(desk.ldap, 'cn=staff,ou=groups,dc=example,dc=com', {
      objectClass: 'groupOfNames',
      cn: 'staff',
      member: 'cn=dev,ou=groups,dc=example,dc=com',
    })
    const john = await signIn(client, 'john', 'password')
    assert.equal(john.header('location'), '/admin')
    const johnUser = await User.findByOrFail('email', 'john.doe@authelia.com')
    assert.equal(johnUser.role, 'admin')
    assert.sameMembers(johnUser.directoryGroups, ['admins', 'dev', 'staff'])

    const bob = await signIn(client, 'bob', 'password')
    assert.equal(bob.header('location'), '/desk')
    const bobUser = await User.query()
      .where('email', 'bob.dylan@authelia.com')
      .preload('groups')
      .firstOrFail()
    assert.equal(bobUser.role, 'agent')
    assert.deepEqual(
      bobUser.groups.map((team) => team.name),
      ['Crew']
    )

    const harry = await signIn(client, 'harry', 'password')
    harry.assertFieldError('email', INVALID)
    assert.isNull(await User.findBy('email', 'harry.potter@authelia.com'))
  }).timeout(60_000)

  test('a directory that accepts connections but never answers fails the sign-in within the provider budget with the same message', async ({
    client,
  }) => {
    const silent = net.createServer(() => {})
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve))
    const { port } = silent.address() as net.AddressInfo
    const desk = await directoryDesk('planetexpress')
    await enablePlugin(desk.organization, 'ldap-sso', {
      ...desk.settings,
      url: `ldap://127.0.0.1:${port}`,
    })
    try {
      const response = await signIn(client, 'fry', 'fry')
      response.assertFieldError('email', UNREACHABLE)
    } finally {
      silent.close()
    }
  }).timeout(60_000)

  test('a directory that is down fails directory sign-in with a message saying so, the same whoever typed what; local sign-in keeps working', async ({
    client,
  }) => {
    const desk = await directoryDesk('planetexpress')
    await desk.ldap.kill()
    for (const login of ['fry', 'nobody-at-all']) {
      const response = await signIn(client, login, 'fry')
      response.assertFieldError('email', UNREACHABLE)
    }
    const api = await client.post('/api/v1/auth/login').json({ email: 'fry', password: 'fry' })
    api.assertStatus(503)
    api.assertBodyContains({ code: 'E_DIRECTORY_UNREACHABLE', error: UNREACHABLE })

    const local = await signIn(client, desk.admin.email, FACTORY_PASSWORD)
    local.assertHeader('location', '/admin')
  }).timeout(60_000)
})
