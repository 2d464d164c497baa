import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import AuditLog from '#models/audit_log'
import PluginList from '#commands/plugin_list'
import PluginEnable from '#commands/plugin_enable'
import PluginDisable from '#commands/plugin_disable'
import Installations from '#platform/installations'
import { OrganizationFactory } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { enablePlugin } from '#tests/support/plugins'

test.group('node ace plugin:list|enable|disable', (group) => {
  isolate(group)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('plugin:list shows each plugin, its status and where it is enabled', async () => {
    const acme = await OrganizationFactory.merge({ slug: 'acme' }).create()
    await OrganizationFactory.merge({ slug: 'beta' }).create()
    await enablePlugin(acme, 'fixture-panels')
    const command = await ace.create(PluginList, [])
    await command.exec()
    command.assertSucceeded()
    command.assertTableRows([
      ['fixture-panels', '1.0.0', 'ready', 'enabled', 'disabled'],
      ['fixture-events', '1.0.0', 'ready', 'disabled', 'disabled'],
      ['fixture-broken', '-', 'error', 'disabled', 'disabled'],
    ])
    command.assertLogMatches(/fixture-broken failed to load: version "banana" is not a semantic/)
  })

  test('plugin:enable and plugin:disable switch the only organization, audited', async ({
    assert,
  }) => {
    const only = await OrganizationFactory.create()
    const enable = await ace.create(PluginEnable, ['fixture-panels'])
    await enable.exec()
    enable.assertSucceeded()
    enable.assertLogMatches(/fixture-panels is enabled for/)
    assert.isNotNull(await Installations.isActive(only.id, 'fixture-panels'))

    const disable = await ace.create(PluginDisable, ['fixture-panels'])
    await disable.exec()
    disable.assertSucceeded()
    Installations.forget()
    assert.isNull(await Installations.isActive(only.id, 'fixture-panels'))
    const audit = await AuditLog.query().where('entity_id', 'fixture-panels').orderBy('id')
    assert.deepEqual(
      audit.map((entry) => [entry.action, entry.actorId, entry.userAgent]),
      [
        ['plugin.enabled', null, 'cli'],
        ['plugin.disabled', null, 'cli'],
      ]
    )
  })

  test('with several organizations --organization is required and must exist', async ({
    assert,
  }) => {
    await OrganizationFactory.merge({ slug: 'acme' }).create()
    const beta = await OrganizationFactory.merge({ slug: 'beta' }).create()

    const ambiguous = await ace.create(PluginEnable, ['fixture-panels'])
    await ambiguous.exec()
    ambiguous.assertExitCode(1)
    ambiguous.assertLogMatches(/several organizations: choose one with --organization SLUG/)

    const unknown = await ace.create(PluginEnable, ['fixture-panels', '--organization', 'ghost'])
    await unknown.exec()
    unknown.assertExitCode(1)
    unknown.assertLogMatches(/No organization "ghost". Known organizations: acme, beta./)

    const chosen = await ace.create(PluginEnable, ['fixture-panels', '--organization', 'beta'])
    await chosen.exec()
    chosen.assertSucceeded()
    assert.isNotNull(await Installations.isActive(beta.id, 'fixture-panels'))
  })

  test('an unknown plugin, a broken one or incomplete settings exit with code 1', async ({
    assert,
  }) => {
    const only = await OrganizationFactory.create()
    const cases: [string, RegExp][] = [
      ['no-such-plugin', /No plugin "no-such-plugin". Discovered plugins: .*fixture-events/],
      ['fixture-broken', /fixture-broken failed to load: version "banana"/],
      ['fixture-events', /Complete the settings of Fixture: events before enabling it/],
    ]
    for (const [id, message] of cases) {
      const command = await ace.create(PluginEnable, [id])
      await command.exec()
      command.assertExitCode(1)
      command.assertLogMatches(message)
    }
    assert.isNull(await Installations.find(only.id, 'fixture-events'))
  })
})
