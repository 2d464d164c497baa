import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import AuditLog from '#models/audit_log'
import Installations from '#platform/installations'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import { deadDelivery } from '#tests/support/plugin_admin'

const BASE = '/api/v1/admin/plugins'
const SECRET = 'api-secret-token-1'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

test.group('API: admin plugins', (group) => {
  isolate(group)

  test('only admins may use the plugin routes', async ({ client }) => {
    const { agent, customer } = await organizationWithStaff()
    for (const user of [agent, customer]) {
      const token = await bearer(user)
      const list = await client.get(BASE).bearerToken(token)
      list.assertStatus(403)
      const one = await client.get(`${BASE}/fixture-events`).bearerToken(token)
      one.assertStatus(403)
      const state = await client
        .put(`${BASE}/fixture-panels/state`)
        .bearerToken(token)
        .json({ enabled: true })
      state.assertStatus(403)
      state.assertBodyContains({ code: 'E_FORBIDDEN' })
    }
    const anonymous = await client.get(BASE)
    anonymous.assertStatus(401)
  })

  test('GET lists every plugin with its status; GET one answers settings without secrets', async ({
    client,
    assert,
  }) => {
    const { admin } = await organizationWithStaff()
    const token = await bearer(admin)
    const list = await client.get(BASE).bearerToken(token)
    list.assertStatus(200)
    const rows = list.body().data as Record<string, any>[]
    const broken = rows.find((row) => row.id === 'fixture-broken')!
    assert.deepInclude(broken, { status: 'error', enabled: false, version: null })
    assert.include(broken.error, 'not a semantic version')
    assert.deepEqual(rows.find((row) => row.id === 'fixture-events')!.deliveries, {
      ok: 0,
      retried: 0,
      dead: 0,
    })

    const saved = await client
      .put(`${BASE}/fixture-events/settings`)
      .bearerToken(token)
      .json({ fail_attempts: 2, hang_on_first_attempt: false, label: 'api', api_token: SECRET })
    saved.assertStatus(200)
    const one = await client.get(`${BASE}/fixture-events`).bearerToken(token)
    one.assertStatus(200)
    const plugin = one.body().data
    assert.deepEqual(plugin.settings, {
      fail_attempts: 2,
      hang_on_first_attempt: false,
      label: 'api',
      api_token_set: true,
      pause_ms: null,
    })
    assert.deepEqual(
      plugin.fields.map((field: { name: string; kind: string }) => [field.name, field.kind]),
      [
        ['fail_attempts', 'number'],
        ['hang_on_first_attempt', 'boolean'],
        ['label', 'text'],
        ['api_token', 'secret'],
        ['pause_ms', 'number'],
      ]
    )
    assert.notProperty(plugin.fields[3], 'value')
    assert.notInclude(JSON.stringify(one.body()), SECRET)
    assert.notInclude(JSON.stringify(saved.body()), SECRET)

    const row = await db.from('plugin_installations').where('plugin_id', 'fixture-events').first()
    assert.notInclude(JSON.stringify(row.settings), SECRET, 'encrypted at rest')

    const unknown = await client.get(`${BASE}/no-such-plugin`).bearerToken(token)
    unknown.assertStatus(404)
  })

  test('PUT settings names invalid settings in details; an omitted secret is kept', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const token = await bearer(admin)
    const invalid = await client
      .put(`${BASE}/fixture-events/settings`)
      .bearerToken(token)
      .json({ fail_attempts: 'lots', label: 'x'.repeat(41), api_token: 'short' })
    invalid.assertStatus(422)
    assert.equal(invalid.body().code, 'E_VALIDATION_ERROR')
    assert.sameMembers(Object.keys(invalid.body().details), ['fail_attempts', 'label', 'api_token'])

    await client
      .put(`${BASE}/fixture-events/settings`)
      .bearerToken(token)
      .json({ fail_attempts: 1, api_token: SECRET })
    const again = await client
      .put(`${BASE}/fixture-events/settings`)
      .bearerToken(token)
      .json({ failAttempts: 0 })
    again.assertStatus(200)
    assert.deepInclude(again.body().data.settings, { fail_attempts: 0, api_token_set: true })
    const audit = await AuditLog.query()
      .where('organization_id', organization.id)
      .where('action', 'plugin.configured')
    assert.lengthOf(audit, 2)
    assert.notInclude(JSON.stringify(audit.map((entry) => entry.serialize())), SECRET)
  })

  test('PUT state enables only a loaded plugin with complete settings', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const token = await bearer(admin)
    const state = (id: string, enabled: unknown) =>
      client.put(`${BASE}/${id}/state`).bearerToken(token).json({ enabled })

    const incomplete = await state('fixture-events', true)
    incomplete.assertStatus(422)
    assert.match(incomplete.body().details.enabled[0], /Complete the settings/)
    const broken = await state('fixture-broken', true)
    broken.assertStatus(422)
    assert.match(broken.body().details.enabled[0], /fixture-broken failed to load/)
    const nonsense = await state('fixture-panels', 'maybe')
    nonsense.assertStatus(422)

    const enabled = await state('fixture-panels', true)
    enabled.assertStatus(200)
    assert.deepInclude(enabled.body().data, { id: 'fixture-panels', status: 'enabled' })
    assert.isNotNull(await Installations.isActive(organization.id, 'fixture-panels'))
    const disabled = await state('fixture-panels', false)
    assert.equal(disabled.body().data.status, 'disabled')
    assert.exists(await AuditLog.findBy('action', 'plugin.disabled'))
  })

  test('dead deliveries are listed and retried per organization', async ({ client, assert }) => {
    const home = await helpdesk()
    const other = await helpdesk()
    const dead = await deadDelivery(home)
    const token = await bearer(home.admin)
    const otherToken = await bearer(other.admin)

    const list = await client
      .get(`${BASE}/fixture-events/deliveries?status=dead`)
      .bearerToken(token)
    list.assertStatus(200)
    assert.deepEqual(
      list.body().data.map((row: Record<string, unknown>) => [row.id, row.status, row.attempts]),
      [[Number(dead.id), 'dead', 3]]
    )
    assert.equal(list.body().data[0].last_error, 'planned failure on attempt 3')
    const unsupported = await client
      .get(`${BASE}/fixture-events/deliveries?status=ok`)
      .bearerToken(token)
    unsupported.assertStatus(422)

    const elsewhere = await client.get(`${BASE}/fixture-events/deliveries`).bearerToken(otherToken)
    assert.deepEqual(elsewhere.body().data, [])
    const stolen = await client
      .post(`${BASE}/fixture-events/deliveries/${dead.id}/retry`)
      .bearerToken(otherToken)
    stolen.assertStatus(404)
    assert.equal(stolen.body().code, 'E_NOT_FOUND')
    const theirView = await client.get(`${BASE}/fixture-events`).bearerToken(otherToken)
    assert.deepInclude(theirView.body().data, { status: 'disabled', last_error: null })
    assert.equal(theirView.body().data.settings.label, null)

    await client
      .put(`${BASE}/fixture-events/settings`)
      .bearerToken(token)
      .json({ fail_attempts: 0 })
    const retried = await client
      .post(`${BASE}/fixture-events/deliveries/${dead.id}/retry`)
      .bearerToken(token)
    retried.assertStatus(202)
    assert.deepInclude(retried.body().data, { id: Number(dead.id), status: 'pending' })
    await drainEvents()
    await dead.refresh()
    assert.equal(dead.status, 'ok')

    const twice = await client
      .post(`${BASE}/fixture-events/deliveries/${dead.id}/retry`)
      .bearerToken(token)
    twice.assertStatus(422)
    assert.deepEqual(twice.body().details, { delivery: ['Only a failed delivery can be retried.'] })
  }).timeout(60_000)
})
