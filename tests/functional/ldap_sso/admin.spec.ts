import { test } from '@japa/runner'
import User from '#models/user'
import { runSchedule } from '#platform/sdk/testing'
import { isolate } from '#tests/support/world'
import { directoryDesk } from '#tests/support/ldap_sso'
import { enablePlugin } from '#tests/support/plugins'
import { helpdesk } from '#tests/support/tickets'
import { runSync } from '#plugins/ldap-sso/sync/run_sync'
import { authenticate } from '#plugins/ldap-sso/signin/authenticate'
import plugin from '#plugins/ldap-sso/plugin'
import type { Context } from '#plugins/ldap-sso/types'

const PAGE = '/plugins/ldap-sso/admin'

test.group('LDAP sign-in: the admin page', (group) => {
  isolate(group)

  test('Test connection reports the bind and the people the filter lets in, or a wrong bind password as such; Test a user shows what a login would become', async ({
    client,
    assert,
  }) => {
    const desk = await directoryDesk('planetexpress', ({ crew }) => ({
      mappings: [{ directoryGroup: 'ship_crew', role: 'agent', groupIds: [crew.id] }],
    }))
    const post = (path: string, form: Record<string, string> = {}) =>
      client
        .post(`/plugins/ldap-sso/${path}`)
        .form(form)
        .loginAs(desk.admin)
        .withCsrfToken()
        .redirects(0)

    await post('check-connection').then((response) => response.assertStatus(302))
    await post('check-user', { login: 'fry' }).then((response) => response.assertStatus(302))
    const page = await client.get(PAGE).loginAs(desk.admin).withInertia()
    const data = page.inertiaProps.data
    assert.isTrue(data.connection.ok)
    assert.deepEqual(data.connection.lines, [
      `Connected to ${desk.ldap.url} (no encryption) and bound as cn=admin,dc=planetexpress,dc=com.`,
      'The user filter lets 7 people in under ou=people,dc=planetexpress,dc=com.',
    ])
    assert.deepEqual(data.user.lines.at(-1), 'Would sign in as agent in Crew.')
    assert.include(data.user.lines[2], 'Directory groups: ship_crew')

    const blank = await post('check-user', { login: '' })
    blank.assertFieldError('login', 'The login is required.')

    await post('check-user', { login: '*' })
    const star = await client.get(PAGE).loginAs(desk.admin).withInertia()
    assert.deepEqual(star.inertiaProps.data.user.lines, [
      'Nobody the user filter lets in answers to "*".',
    ])

    await enablePlugin(desk.organization, 'ldap-sso', { ...desk.settings, bindPassword: 'wrong' })
    await post('check-connection')
    const wrong = await client.get(PAGE).loginAs(desk.admin).withInertia()
    assert.isFalse(wrong.inertiaProps.data.connection.ok)
    assert.deepEqual(wrong.inertiaProps.data.connection.lines, [
      'The directory refused the service account cn=admin,dc=planetexpress,dc=com: wrong bind DN or password.',
    ])
  }).timeout(60_000)

  test('the preview is answered on the page and writes nothing; the schedule syncs only after a first sync, every N minutes', async ({
    client,
    assert,
  }) => {
    const desk = await directoryDesk('planetexpress', () => ({ syncEveryMinutes: 60 }))
    await client
      .post('/plugins/ldap-sso/preview')
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
      .then((response) => response.assertStatus(302))
    const page = await client.get(PAGE).loginAs(desk.admin).withInertia()
    const preview = page.inertiaProps.data.preview
    assert.equal(preview.counts.create, 7)
    assert.equal(preview.changes[0].reason, 'new in the directory')

    // Before a first sync by hand the schedule does nothing, even when due.
    await runSchedule(plugin, 'sync', desk.run)
    const users = await desk.context.users.listBySource()
    assert.lengthOf(users.users, 0)

    await runSync(desk.context, { trigger: 'manual' })
    const after = await client.get(PAGE).loginAs(desk.admin).withInertia()
    assert.deepEqual(
      after.inertiaProps.data.runs.map((run: { status: string }) => run.status),
      ['done', 'preview']
    )
    // Synced a moment ago: the next scheduled run waits for its hour.
    await runSchedule(plugin, 'sync', desk.run)
    const later = await client.get(PAGE).loginAs(desk.admin).withInertia()
    assert.lengthOf(later.inertiaProps.data.runs, 2)
  }).timeout(60_000)

  test('agents and customers cannot open the page or press its buttons; an organization without the plugin has no such page', async ({
    client,
  }) => {
    const desk = await directoryDesk('authelia')
    const other = await helpdesk()
    for (const user of [desk.agent, desk.customer]) {
      await client
        .get(PAGE)
        .loginAs(user)
        .then((response) => response.assertStatus(403))
      await client
        .post('/plugins/ldap-sso/check-connection')
        .loginAs(user)
        .withCsrfToken()
        .redirects(0)
        .then((response) => response.assertStatus(403))
    }
    await client
      .get(PAGE)
      .loginAs(other.admin)
      .then((response) => response.assertStatus(404))
    await client
      .post('/plugins/ldap-sso/preview')
      .loginAs(other.admin)
      .withCsrfToken()
      .redirects(0)
      .then((response) => response.assertStatus(404))
    await client
      .get(PAGE)
      .loginAs(desk.admin)
      .then((response) => response.assertStatus(200))
  }).timeout(60_000)
})

test.group('LDAP sign-in: the settings form', (group) => {
  isolate(group)

  test('"Verify certificates" starts ticked before anything is stored, so saving the form keeps verification on', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const page = await client.get('/admin/plugins/ldap-sso').loginAs(desk.admin).withInertia()
    const fields = page.inertiaProps.plugin.fields as {
      name: string
      kind: string
      value: unknown
    }[]
    const verify = fields.find((field) => field.name === 'verifyCertificates')!
    assert.deepInclude(verify, { kind: 'boolean', value: true })
    const startTls = fields.find((field) => field.name === 'startTls')!
    assert.isNull(startTls.value)
    const mappings = fields.find((field) => field.name === 'mappings') as unknown as {
      columns: { name: string; kind: string }[]
    }
    assert.equal(mappings.columns.find((column) => column.name === 'groupIds')?.kind, 'multiselect')
  })
})

test.group('LDAP sign-in: scripted set-up', (group) => {
  isolate(group)

  test('PUT /api/v1/admin/plugins/ldap-sso/settings keeps every documented key; the bind password is never answered', async ({
    client,
    assert,
  }) => {
    const desk = await directoryDesk('authelia')
    const token = await User.accessTokens.create(desk.admin)
    const settings = {
      url: desk.ldap.url,
      start_tls: false,
      ca_certificate: '',
      verify_certificates: true,
      bind_dn: desk.ldap.adminDn,
      bind_password: desk.ldap.adminPassword,
      user_base: 'ou=users,dc=example,dc=com',
      user_filter: '(objectClass=inetOrgPerson)',
      login_attribute: 'uid',
      email_attribute: 'mail',
      name_attribute: 'cn',
      department_attribute: 'ou',
      external_id_attribute: 'entryUUID',
      group_base: 'ou=groups,dc=example,dc=com',
      group_filter: '(objectClass=groupOfNames)',
      group_member_attribute: 'member',
      nested_groups: true,
      mappings: [{ directory_group: 'admins', role: 'admin', group_ids: [desk.crew.id] }],
      default_role: 'refuse',
      sync_every_minutes: 30,
      max_deactivate_share: 0.25,
    }
    const saved = await client
      .put('/api/v1/admin/plugins/ldap-sso/settings')
      .bearerToken(token.value!.release())
      .json(settings)
    saved.assertStatus(200)
    const answered = saved.body().data.settings
    assert.notProperty(answered, 'bind_password')
    assert.deepInclude(answered, {
      default_role: 'refuse',
      max_deactivate_share: 0.25,
      group_member_attribute: 'member',
      mappings: [{ directory_group: 'admins', role: 'admin', group_ids: [desk.crew.id] }],
    })
    const second = await User.accessTokens.create(desk.admin)
    const bad = await client
      .put('/api/v1/admin/plugins/ldap-sso/settings')
      .bearerToken(second.value!.release())
      .json({ ...settings, url: 'http://example.com', max_deactivate_share: 2 })
    bad.assertStatus(422)
    assert.sameMembers(Object.keys(bad.body().details), ['url', 'max_deactivate_share'])
  }).timeout(60_000)
})

test.group('LDAP sign-in over TLS', (group) => {
  isolate(group)

  test('StartTLS and LDAPS with the test CA sign in; without trusting it they fail with a certificate message; verification off connects', async ({
    assert,
  }) => {
    const desk = await directoryDesk('planetexpress', () => ({}), { tls: true })
    const ldap = desk.ldap
    const attempt = (settings: Partial<Context['settings']>) =>
      authenticate({ ...desk.context, settings: { ...desk.settings, ...settings } } as Context, {
        email: 'fry',
        password: 'fry',
      })
    const trusted = { caCertificate: ldap.caCertificate! }

    const startTls = await attempt({ startTls: true, ...trusted })
    assert.equal(startTls?.email, 'fry@planetexpress.com')
    const ldaps = await attempt({ url: ldap.ldapsUrl!, ...trusted })
    assert.equal(ldaps?.email, 'fry@planetexpress.com')

    await assert.rejects(() => attempt({ url: ldap.ldapsUrl! }), /self[- ]signed|certificate/i)
    await assert.rejects(() => attempt({ startTls: true }), /self[- ]signed|certificate/i)
    const unverified = await attempt({ url: ldap.ldapsUrl!, verifyCertificates: false })
    assert.equal(unverified?.email, 'fry@planetexpress.com')

    const failed = await runSync(
      { ...desk.context, settings: { ...desk.settings, url: ldap.ldapsUrl! } } as Context,
      { trigger: 'manual', dryRun: true }
    )
    assert.match(
      failed.error!,
      /The directory's certificate is not trusted .* Paste the CA certificate/
    )
  }).timeout(60_000)
})
