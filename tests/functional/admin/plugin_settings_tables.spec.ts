import { test } from '@japa/runner'
import User from '#models/user'
import Installations from '#platform/installations'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { storedInstallation } from '#tests/support/plugin_admin'

type Field = {
  name: string
  kind: string
  options: { value: string; label: string }[]
  columns: {
    name: string
    label: string
    kind: string
    options: { value: string; label: string }[]
  }[]
  value: unknown
}

const save = (client: any, admin: User, body: Record<string, unknown>) =>
  client
    .put('/admin/plugins/fixture-settings/settings')
    .loginAs(admin)
    .header('X-Inertia-Error-Bag', 'settings')
    .json(body)
    .withCsrfToken()
    .redirects(0)

test.group('Plugin settings: tables of rows with the organization’s options', (group) => {
  isolate(group)

  test('the form describes the table, its columns and the organization’s own choices', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await helpdesk()
    const response = await client
      .get('/admin/plugins/fixture-settings')
      .loginAs(desk.admin)
      .withInertia()
    const fields = Object.fromEntries(
      (response.inertiaProps.plugin.fields as Field[]).map((field) => [field.name, field])
    )
    assert.equal(fields.mappings.kind, 'rows')
    assert.deepEqual(fields.mappings.value, null)
    const columns = Object.fromEntries(
      fields.mappings.columns.map((column) => [column.name, column])
    )
    assert.deepInclude(columns.directoryGroup, { kind: 'text', label: 'Directory group' })
    assert.deepInclude(columns.notify, { kind: 'boolean' })
    assert.deepEqual(
      columns.role.options.map((option) => option.value),
      ['admin', 'agent', 'customer']
    )
    assert.equal(columns.groupId.kind, 'select')
    assert.sameDeepMembers(columns.groupId.options, [
      { value: String(desk.it.id), label: 'IT' },
      { value: String(desk.facilities.id), label: 'Facilities' },
    ])
    assert.notInclude(JSON.stringify(columns.groupId.options), String(other.it.id))
    assert.equal(fields.fallbackAgent.kind, 'select')
    assert.sameMembers(
      fields.fallbackAgent.options.map((option) => option.value),
      [String(desk.admin.id), String(desk.agent.id)]
    )
  })

  test('valid rows are saved typed, in order; an unchecked box is false and no rows is an empty list', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await save(client, desk.admin, {
      mappings: [
        {
          directoryGroup: 'cn=support',
          groupId: String(desk.it.id),
          role: 'agent',
          notify: 'true',
        },
        { directoryGroup: 'cn=facility', groupId: String(desk.facilities.id), role: 'admin' },
      ],
      fallbackAgent: String(desk.agent.id),
    })
    response.assertStatus(302)
    response.assertToast('success')
    const stored = await storedInstallation(desk.organization.id, 'fixture-settings')
    assert.deepEqual(stored.settings, {
      mappings: [
        { directoryGroup: 'cn=support', groupId: desk.it.id, role: 'agent', notify: true },
        {
          directoryGroup: 'cn=facility',
          groupId: desk.facilities.id,
          role: 'admin',
          notify: false,
        },
      ],
      fallbackAgent: desk.agent.id,
    })

    await save(client, desk.admin, {})
    const emptied = await storedInstallation(desk.organization.id, 'fixture-settings')
    assert.deepEqual(emptied.settings, { mappings: [] })
  })

  test('an invalid cell is refused beside that cell, and nothing is saved', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await save(client, desk.admin, {
      mappings: [
        { directoryGroup: 'cn=support', groupId: String(desk.it.id), role: 'agent' },
        { directoryGroup: '', groupId: String(desk.it.id), role: 'emperor' },
      ],
    })
    response.assertStatus(302)
    const errors = response.fieldErrors()
    assert.deepEqual(Object.keys(errors).sort(), ['mappings.1.directoryGroup', 'mappings.1.role'])
    assert.include(errors['mappings.1.directoryGroup'].join(), 'Directory group is required.')
    assert.isNull(await Installations.find(desk.organization.id, 'fixture-settings'))
  })

  test("another organization's group or agent is refused like a made-up one, at its own cell", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await helpdesk()
    const response = await save(client, desk.admin, {
      mappings: [
        { directoryGroup: 'cn=support', groupId: String(desk.it.id), role: 'agent' },
        { directoryGroup: 'cn=spies', groupId: String(other.it.id), role: 'agent' },
        { directoryGroup: 'cn=ghosts', groupId: '999999', role: 'agent' },
      ],
      fallbackAgent: String(other.agent.id),
    })
    response.assertStatus(302)
    const errors = response.fieldErrors()
    assert.deepEqual(errors, {
      'fallbackAgent': ['Choose one of the listed options.'],
      'mappings.1.groupId': ['Choose one of the listed options.'],
      'mappings.2.groupId': ['Choose one of the listed options.'],
    })
    assert.isNull(await Installations.find(desk.organization.id, 'fixture-settings'))

    const token = await User.accessTokens.create(desk.admin)
    const api = await client
      .put('/api/v1/admin/plugins/fixture-settings/settings')
      .bearerToken(token.value!.release())
      .json({
        mappings: [
          { directory_group: 'cn=spies', group_id: other.it.id, role: 'agent', notify: false },
        ],
      })
    api.assertStatus(422)
    assert.include(JSON.stringify(api.body()), 'mappings.0.group_id')
    const ok = await client
      .put('/api/v1/admin/plugins/fixture-settings/settings')
      .bearerToken(token.value!.release())
      .json({
        mappings: [{ directory_group: 'cn=it', group_id: desk.it.id, role: 'agent', notify: true }],
      })
    ok.assertStatus(200)
    assert.deepEqual(ok.body().data.settings.mappings, [
      { directory_group: 'cn=it', group_id: desk.it.id, role: 'agent', notify: true },
    ])
  })
})
