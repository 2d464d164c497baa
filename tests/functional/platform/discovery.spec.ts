import { test } from '@japa/runner'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import PluginCatalog from '#platform/plugin_catalog'

/**
 * Writes plugins into a throwaway app root and discovers them there. The
 * manifests are plain objects (definePlugin only adds types), as a plugin
 * written in JavaScript would be.
 */
async function discoverIn(plugins: Record<string, string>, coreVersion = '0.1.0') {
  const root = await mkdtemp(join(tmpdir(), 'switchboard-plugins-'))
  await writeFile(
    join(root, 'package.json'),
    JSON.stringify({ type: 'module', version: coreVersion })
  )
  for (const [id, source] of Object.entries(plugins)) {
    await mkdir(join(root, 'plugins', id), { recursive: true })
    const named = id === 'wrong-folder' ? source : source.replace("id: 'demo'", `id: '${id}'`)
    await writeFile(join(root, 'plugins', id, 'plugin.js'), named)
  }
  try {
    const found = await PluginCatalog.discover(['plugins'], root)
    return Object.fromEntries(found.map((plugin) => [plugin.id, plugin]))
  } finally {
    // Put the application's own catalogue back for the other tests.
    await PluginCatalog.discover(['plugins', 'tests/fixtures/plugins'], process.cwd())
    await rm(root, { recursive: true, force: true })
  }
}

const manifest = (fields: Record<string, string>, register = 'register() {}') =>
  `export default { id: 'demo', name: 'Demo', version: '1.0.0', description: 'A demo', requires: { core: '^0.1.0' }, ${Object.entries(
    fields
  )
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ')}${Object.keys(fields).length ? ', ' : ''}${register} }`

test.group('Plugin discovery', () => {
  test('the fixture plugins load; the broken one is kept with its reason', ({ assert }) => {
    const byId = Object.fromEntries(PluginCatalog.all().map((plugin) => [plugin.id, plugin]))
    for (const id of [
      'fixture-events',
      'fixture-filters',
      'fixture-provider',
      'fixture-schedule',
      'fixture-panels',
    ]) {
      assert.equal(byId[id]?.status, 'ready', `${id}: ${byId[id]?.error}`)
    }
    assert.equal(byId['fixture-broken'].status, 'error')
    assert.equal(byId['fixture-broken'].error, 'version "banana" is not a semantic version')
    assert.notInclude(
      PluginCatalog.ready().map((plugin) => plugin.id),
      'fixture-broken'
    )
  })

  test("a plugin's own migrations ran with the core's", async ({ assert }) => {
    const tables = await db
      .from('information_schema.tables')
      .whereIn('table_name', ['fixture_events_effects', 'fixture_schedule_ticks'])
      .select('table_name')
    assert.lengthOf(tables, 2)
  })

  test('every way a manifest can be wrong is reported, and nothing stops discovery', async ({
    assert,
  }) => {
    const found = await discoverIn({
      'demo': manifest({}),
      'wrong-folder': manifest({}),
      'needs-future-core': manifest({ requires: "{ core: '>=2.0.0' }" }).replace(
        "requires: { core: '^0.1.0' }, ",
        ''
      ),
      'unknown-hook': manifest({}, "register(hooks) { hooks.on('ticket.exploded', () => {}) }"),
      'twice': manifest(
        {},
        "register(hooks) { hooks.on('ticket.created', () => {}); hooks.on('ticket.created', () => {}) }"
      ),
      'throws': manifest({}, "register() { throw new Error('cannot register today') }"),
      'no-export': 'export const nothing = 1',
      'syntax-error': 'export default {',
      'bad-schedule': manifest(
        {},
        "register(hooks) { hooks.schedule('tick', { every: 10 }, () => {}) }"
      ),
    })
    assert.equal(found['demo'].status, 'ready')
    const reasons = Object.fromEntries(
      Object.entries(found)
        .filter(([id]) => id !== 'demo')
        .map(([id, plugin]) => [id, plugin.error?.replace(/\n[\s\S]*/, '')])
    )
    assert.deepInclude(reasons, {
      'wrong-folder': 'id "demo" must match its folder name "wrong-folder"',
      'needs-future-core': 'requires Switchboard >=2.0.0, this is 0.1.0',
      'unknown-hook': 'unknown event "ticket.exploded"',
      'twice': 'registers event "ticket.created" twice',
      'throws': 'cannot register today',
      'no-export': 'plugin.ts must default-export definePlugin({ … })',
      'bad-schedule': 'interval 10 ms is shorter than one second',
    })
    assert.isString(reasons['syntax-error'])
    assert.isTrue(
      Object.values(found).every((plugin) => plugin.status === 'error' || plugin.id === 'demo')
    )
  })

  test('ordering: "pre" first, "post" last, and "before" moves a handler ahead', async ({
    assert,
  }) => {
    const filter = (order: string) =>
      `register(hooks) { hooks.filter('ticket.creating', (draft) => draft${order ? `, ${order}` : ''}) }`
    const demo = (id: string, order: string) =>
      manifest({}, filter(order)).replace("id: 'demo'", `id: '${id}'`)
    const root = await mkdtemp(join(tmpdir(), 'switchboard-order-'))
    await writeFile(
      join(root, 'package.json'),
      JSON.stringify({ type: 'module', version: '0.1.0' })
    )
    const plugins = {
      'a-late': demo('a-late', "{ order: 'post' }"),
      'b-plain': demo('b-plain', ''),
      'c-early': demo('c-early', "{ order: 'pre' }"),
      'd-jumper': demo('d-jumper', "{ before: 'b-plain' }"),
    }
    for (const [id, source] of Object.entries(plugins)) {
      await mkdir(join(root, 'plugins', id), { recursive: true })
      await writeFile(join(root, 'plugins', id, 'plugin.js'), source)
    }
    try {
      await PluginCatalog.discover(['plugins'], root)
      assert.deepEqual(
        PluginCatalog.filters('ticket.creating').map((entry) => entry.plugin.id),
        ['c-early', 'd-jumper', 'b-plain', 'a-late']
      )
    } finally {
      await PluginCatalog.discover(['plugins', 'tests/fixtures/plugins'], process.cwd())
      await rm(root, { recursive: true, force: true })
    }
  })
})
