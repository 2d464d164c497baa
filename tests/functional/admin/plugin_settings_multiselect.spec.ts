import { test } from '@japa/runner'
import User from '#models/user'
import Installations from '#platform/installations'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { storedInstallation } from '#tests/support/plugin_admin'

/** fixture-directory-roles declares its mappings exactly as the ldap-sso plugin does. */
const PLUGIN = 'fixture-directory-roles'
const REFUSED = ['Choose one of the listed options.']

type Column = { name: string; label: string; kind: string; required: boolean; options: unknown[] }

const save = (client: any, admin: User, body: Record<string, unknown>) =>
  client
    .put(`/admin/plugins/${PLUGIN}/settings`)
    .loginAs(admin)
    .header('X-Inertia-Error-Bag', 'settings')
    .json(body)
    .withCsrfToken()
    .redirects(0)

const api = async (client: any, admin: User, body: Record<string, unknown>) => {
  const token = await User.accessTokens.create(admin)
  return client
    .put(`/api/v1/admin/plugins/${PLUGIN}/settings`)
    .bearerToken(token.value!.release())
    .json(body)
}

test.group('Plugin settings: multiselect columns', (group) => {
  isolate(group)

  test('the form describes the teams column as a multiselect of the organization’s own groups', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await helpdesk()
    const response = await client.get(`/admin/plugins/${PLUGIN}`).loginAs(desk.admin).withInertia()
    const [mappings] = response.inertiaProps.plugin.fields as { kind: string; columns: Column[] }[]
    assert.equal(mappings.kind, 'rows')
    const columns = Object.fromEntries(mappings.columns.map((column) => [column.name, column]))
    assert.deepEqual(
      mappings.columns.map((column) => [column.name, column.kind]),
      [
        ['directoryGroup', 'text'],
        ['role', 'select'],
        ['groupIds', 'multiselect'],
      ]
    )
    // Nothing ticked is a valid answer here (the schema has no minLength), so no asterisk.
    assert.deepInclude(columns.groupIds, { label: 'Teams', required: false })
    assert.sameDeepMembers(columns.groupIds.options, [
      { value: String(desk.it.id), label: 'IT' },
      { value: String(desk.facilities.id), label: 'Facilities' },
    ])
    assert.notInclude(JSON.stringify(columns.groupIds.options), `"${other.it.id}"`)
  })

  test('ticked teams are saved as numbers through the form; none ticked is an empty list', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await save(client, desk.admin, {
      mappings: [
        {
          directoryGroup: 'cn=helpdesk',
          role: 'agent',
          groupIds: [String(desk.it.id), String(desk.facilities.id)],
        },
        // No box ticked: the form sends no groupIds at all.
        { directoryGroup: 'cn=staff', role: 'customer' },
      ],
    })
    response.assertStatus(302)
    response.assertToast('success')
    const stored = await storedInstallation(desk.organization.id, PLUGIN)
    assert.deepEqual(stored.settings, {
      mappings: [
        {
          directoryGroup: 'cn=helpdesk',
          role: 'agent',
          groupIds: [desk.it.id, desk.facilities.id],
        },
        { directoryGroup: 'cn=staff', role: 'customer', groupIds: [] },
      ],
    })

    const page = await client.get(`/admin/plugins/${PLUGIN}`).loginAs(desk.admin).withInertia()
    assert.deepEqual(page.inertiaProps.plugin.fields[0].value, stored.settings.mappings)
  })

  test('another organization’s team or a made-up one is refused at its cell, and nothing is saved', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await helpdesk()
    const response = await save(client, desk.admin, {
      mappings: [
        {
          directoryGroup: 'cn=helpdesk',
          role: 'agent',
          groupIds: [String(desk.it.id), String(desk.facilities.id)],
        },
        {
          directoryGroup: 'cn=spies',
          role: 'agent',
          groupIds: [String(desk.it.id), String(other.it.id)],
        },
        { directoryGroup: 'cn=ghosts', role: 'agent', groupIds: ['999999', '999998'] },
      ],
    })
    response.assertStatus(302)
    assert.deepEqual(response.fieldErrors(), {
      'mappings.1.groupIds': REFUSED,
      'mappings.2.groupIds': REFUSED,
    })
    assert.isNull(await Installations.find(desk.organization.id, PLUGIN))
  })

  test('the API takes group_ids, answers them in snake_case and refuses a stray id at mappings.N.group_ids', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await helpdesk()
    const foreign = await api(client, desk.admin, {
      mappings: [
        { directory_group: 'cn=helpdesk', role: 'agent', group_ids: [desk.it.id] },
        { directory_group: 'cn=spies', role: 'agent', group_ids: [other.it.id] },
      ],
    })
    foreign.assertStatus(422)
    assert.deepEqual(foreign.body().details, { 'mappings.1.group_ids': REFUSED })

    const madeUp = await api(client, desk.admin, {
      mappings: [{ directory_group: 'cn=ghosts', role: 'agent', group_ids: [desk.it.id, 999999] }],
    })
    madeUp.assertStatus(422)
    assert.deepEqual(madeUp.body().details, { 'mappings.0.group_ids': REFUSED })
    assert.isNull(await Installations.find(desk.organization.id, PLUGIN))

    const ok = await api(client, desk.admin, {
      mappings: [
        { directory_group: 'cn=helpdesk', role: 'admin', group_ids: [desk.facilities.id] },
        { directoryGroup: 'cn=staff', role: 'customer', groupIds: [] },
      ],
    })
    ok.assertStatus(200)
    assert.deepEqual(ok.body().data.settings.mappings, [
      { directory_group: 'cn=helpdesk', role: 'admin', group_ids: [desk.facilities.id] },
      { directory_group: 'cn=staff', role: 'customer', group_ids: [] },
    ])
    const stored = await storedInstallation(desk.organization.id, PLUGIN)
    assert.deepEqual(stored.settings.mappings, [
      { directoryGroup: 'cn=helpdesk', role: 'admin', groupIds: [desk.facilities.id] },
      { directoryGroup: 'cn=staff', role: 'customer', groupIds: [] },
    ])
  })

  test('saved teams let the plugin be enabled; a team deleted since must be saved away first', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await save(client, desk.admin, {
      mappings: [
        {
          directoryGroup: 'cn=helpdesk',
          role: 'agent',
          groupIds: [String(desk.it.id), String(desk.facilities.id)],
        },
      ],
    })
    const toggle = (enabled: string) =>
      client
        .put(`/admin/plugins/${PLUGIN}/state`)
        .loginAs(desk.admin)
        .header('X-Inertia-Error-Bag', 'state')
        .form({ enabled })
        .withCsrfToken()
        .redirects(0)
    const enabled = await toggle('true')
    assert.deepEqual(enabled.fieldErrors(), {})
    assert.isTrue((await Installations.find(desk.organization.id, PLUGIN))!.enabled)

    await toggle('false')
    await desk.facilities.delete()
    const refused = await toggle('true')
    refused.assertFieldError('enabled', 'Complete the settings of Fixture: directory roles')
  })
})
