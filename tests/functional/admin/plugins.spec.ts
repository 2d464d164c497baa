import { test } from '@japa/runner'
import app from '@adonisjs/core/services/app'
import { fileURLToPath } from 'node:url'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import PluginCatalog from '#platform/plugin_catalog'
import PluginSettings from '#platform/plugin_settings'
import Installations from '#platform/installations'
import { pluginRoots } from '#config/plugins'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { enablePlugin } from '#tests/support/plugins'
import { storedInstallation } from '#tests/support/plugin_admin'

const SECRET = 'plain-secret-token-1'

type Field = { name: string; kind: string; value: unknown; isSet: boolean; required: boolean }

test.group('Admin: plugins', (group) => {
  isolate(group)

  test('the list shows every discovered plugin with its status for the organization', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    await enablePlugin(organization, 'fixture-panels')
    const response = await client.get('/admin/plugins').loginAs(admin).withInertia()
    response.assertStatus(200)
    response.assertInertiaComponent('admin/plugins/index')
    const plugins = response.inertiaProps.plugins as Record<string, any>[]
    assert.sameMembers(
      plugins.map((plugin) => plugin.id),
      PluginCatalog.all().map((plugin) => plugin.id)
    )
    const byId = Object.fromEntries(plugins.map((plugin) => [plugin.id, plugin]))
    assert.deepInclude(byId['fixture-panels'], {
      name: 'Fixture: panels',
      version: '1.0.0',
      status: 'enabled',
      enabled: true,
      error: null,
      lastError: null,
      deliveries: { ok: 0, retried: 0, dead: 0 },
    })
    assert.equal(byId['fixture-events'].status, 'disabled')
    assert.deepInclude(byId['fixture-broken'], {
      name: 'fixture-broken',
      version: null,
      status: 'error',
      error: 'version "banana" is not a semantic version',
    })
  })

  test('with no plugins installed the list is empty (the page shows how to add one)', async ({
    client,
  }) => {
    const { admin } = await organizationWithStaff()
    const appRoot = fileURLToPath(app.appRoot)
    await PluginCatalog.discover([], appRoot)
    try {
      const response = await client.get('/admin/plugins').loginAs(admin).withInertia()
      response.assertInertiaPropsContains({ plugins: [] })
    } finally {
      await PluginCatalog.discover(pluginRoots, appRoot)
    }
  })

  test('the plugin page generates the settings form from the schema; secrets never reach it', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    await enablePlugin(organization, 'fixture-events', {
      failAttempts: 2,
      label: 'home',
      apiToken: SECRET,
    })
    const response = await client.get('/admin/plugins/fixture-events').loginAs(admin).withInertia()
    response.assertInertiaComponent('admin/plugins/show')
    const { plugin, deadDeliveries } = response.inertiaProps as Record<string, any>
    assert.deepEqual(deadDeliveries, [])
    const fields = Object.fromEntries((plugin.fields as Field[]).map((f) => [f.name, f]))
    assert.deepInclude(fields.failAttempts, {
      kind: 'number',
      label: 'Fail this many attempts',
      help: 'Each delivery fails until this attempt.',
      required: true,
      value: 2,
      min: 0,
      max: 99,
    })
    assert.deepInclude(fields.hangOnFirstAttempt, { kind: 'boolean', value: false })
    assert.deepInclude(fields.label, { kind: 'text', required: false, value: 'home' })
    assert.deepInclude(fields.apiToken, {
      kind: 'secret',
      label: 'API token',
      value: null,
      isSet: true,
    })
    assert.notInclude(JSON.stringify(response.inertiaProps), SECRET)

    const unknown = await client.get('/admin/plugins/no-such-plugin').loginAs(admin)
    unknown.assertStatus(404)
  })

  test('settings are validated by the plugin schema, with each error beside its field', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const response = await client
      .put('/admin/plugins/fixture-events/settings')
      .loginAs(admin)
      .header('X-Inertia-Error-Bag', 'settings')
      .form({ failAttempts: 'many', label: 'x'.repeat(41), apiToken: 'short' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    // Messages name each field as the form labels it, not by its key.
    response.assertFieldError('failAttempts', 'Fail this many attempts must be a number.')
    response.assertFieldError('label', 'Label must be at most 40 characters long.')
    response.assertFieldError('apiToken', 'API token must be at least 8 characters long.')
    response.assertNoFieldError('hangOnFirstAttempt')
    assert.isNull(await Installations.find(organization.id, 'fixture-events'))

    const missing = await client
      .put('/admin/plugins/fixture-events/settings')
      .loginAs(admin)
      .form({ label: 'ok' })
      .withCsrfToken()
      .redirects(0)
    missing.assertFieldError('failAttempts', 'Fail this many attempts is required.')
    missing.assertNoFieldError('label')
  })

  test('saving settings stores secrets encrypted; an empty secret keeps the stored one', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const save = (form: Record<string, string>) =>
      client
        .put('/admin/plugins/fixture-events/settings')
        .loginAs(admin)
        .form(form)
        .withCsrfToken()
        .redirects(0)

    const saved = await save({
      failAttempts: '1',
      hangOnFirstAttempt: 'true',
      label: 'home',
      apiToken: SECRET,
    })
    saved.assertHeader('location', '/admin/plugins/fixture-events')
    saved.assertToast('success', 'Plugin settings saved.')

    const row = await db
      .from('plugin_installations')
      .where({ organization_id: organization.id, plugin_id: 'fixture-events' })
      .firstOrFail()
    const raw = JSON.stringify(row.settings)
    assert.notInclude(raw, SECRET, 'the secret is not stored in plain text')
    assert.include(raw, '"failAttempts":1')
    const plugin = PluginCatalog.find('fixture-events')!
    assert.equal(PluginSettings.open(plugin, row.settings).apiToken, SECRET)

    await save({ failAttempts: '0', label: '', apiToken: '' })
    const kept = await storedInstallation(organization.id, 'fixture-events')
    const opened = PluginSettings.open(plugin, kept.settings)
    assert.deepInclude(opened, { failAttempts: 0, hangOnFirstAttempt: false, apiToken: SECRET })
    assert.notExists(opened.label, 'an emptied optional field is cleared')

    const audit = await AuditLog.query()
      .where('organization_id', organization.id)
      .where('action', 'plugin.configured')
      .orderBy('id')
    assert.lengthOf(audit, 2)
    assert.equal(audit[0].actorId, admin.id)
    assert.equal((audit[0].newValues as Record<string, unknown>).apiToken, '[secret]')
    assert.notInclude(JSON.stringify(audit.map((entry) => entry.serialize())), SECRET)
  })

  test('enabling with incomplete settings is refused beside the switch; complete, it works', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const toggle = (enabled: string) =>
      client
        .put('/admin/plugins/fixture-events/state')
        .loginAs(admin)
        .header('X-Inertia-Error-Bag', 'state')
        .form({ enabled })
        .withCsrfToken()
        .redirects(0)

    const refused = await toggle('true')
    refused.assertFieldError('enabled', 'Complete the settings of Fixture: events')
    assert.isNull(await Installations.find(organization.id, 'fixture-events'))

    await client
      .put('/admin/plugins/fixture-events/settings')
      .loginAs(admin)
      .form({ failAttempts: '0' })
      .withCsrfToken()
    const enabled = await toggle('true')
    enabled.assertToast('success', 'Plugin enabled.')
    assert.isNotNull(await Installations.isActive(organization.id, 'fixture-events'))

    const disabled = await toggle('false')
    disabled.assertToast('success', 'Plugin disabled.')
    Installations.forget()
    assert.isNull(await Installations.isActive(organization.id, 'fixture-events'))
    const actions = await AuditLog.query()
      .where('organization_id', organization.id)
      .where('entity_type', 'plugin')
      .orderBy('id')
    assert.deepEqual(
      actions.map((entry) => entry.action),
      ['plugin.configured', 'plugin.enabled', 'plugin.disabled']
    )
  })

  test('a plugin that failed to load is shown with its error and cannot be enabled', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const page = await client.get('/admin/plugins/fixture-broken').loginAs(admin).withInertia()
    page.assertInertiaPropsContains({
      plugin: {
        id: 'fixture-broken',
        status: 'error',
        error: 'version "banana" is not a semantic version',
        fields: [],
      },
    })

    const refused = await client
      .put('/admin/plugins/fixture-broken/state')
      .loginAs(admin)
      .form({ enabled: 'true' })
      .withCsrfToken()
      .redirects(0)
    refused.assertFieldError('enabled', 'fixture-broken failed to load')
    const settings = await client
      .put('/admin/plugins/fixture-broken/settings')
      .loginAs(admin)
      .form({})
      .withCsrfToken()
      .redirects(0)
    settings.assertFieldError('settings', 'fixture-broken failed to load')
    assert.isNull(await Installations.find(organization.id, 'fixture-broken'))
  })
})
