import { test } from '@japa/runner'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import ace from '@adonisjs/core/services/ace'
import app from '@adonisjs/core/services/app'
import getPort from 'get-port'
import { ESLint } from 'eslint'
import ts from 'typescript'
import MakePlugin from '#commands/make_plugin'
import PluginCatalog from '#platform/plugin_catalog'
import { pluginRoots } from '#config/plugins'
import env from '#start/env'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, drainEvents } from '#tests/support/plugins'

const ID = 'scaffold-check'
const folder = app.makePath('plugins', ID)

/** Type-checks files with the project's compiler settings; returns the errors. */
function typeErrors(files: string[]) {
  const configFile = ts.readConfigFile(app.makePath('tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, app.makePath())
  // tests/bootstrap.ts brings the Japa plugins' type augmentations (assert, client…).
  const roots = [...files, app.makePath('tests/bootstrap.ts')]
  const program = ts.createProgram(roots, { ...parsed.options, noEmit: true })
  return ts
    .getPreEmitDiagnostics(program)
    .filter((diagnostic) => diagnostic.file?.fileName.includes(`/plugins/${ID}/`))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
}

/** Lints files with the repository's ESLint config (prettier and the plugin import rule included). */
async function lintProblems(files: string[]) {
  const results = await new ESLint({ cwd: app.makePath() }).lintFiles(files)
  return results.flatMap((result) =>
    result.messages.map(
      (message) => `${result.filePath}:${message.line} ${message.ruleId}: ${message.message}`
    )
  )
}

/**
 * Runs the generated plugin's own test the way its author would (npm test
 * -- plugins), in a child process with a database, Redis index and ports
 * of its own so it cannot disturb this run.
 */
function runPluginTests() {
  return new Promise<{ code: number | null; output: string }>(async (resolve) => {
    const child = spawn(
      process.execPath,
      ['ace.js', 'test', 'plugins', `--files=plugins/${ID}/tests/plugin.spec.ts`],
      {
        cwd: app.makePath(),
        env: {
          ...process.env,
          NODE_ENV: 'test',
          DB_DATABASE: `${env.get('DB_DATABASE')}_scaffold`,
          REDIS_DB: String((env.get('REDIS_DB') ?? 1) + 8),
          SMTP_PORT: String(await getPort()),
          PORT: String(await getPort()),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }
    )
    let output = ''
    child.stdout.on('data', (chunk) => (output += chunk))
    child.stderr.on('data', (chunk) => (output += chunk))
    child.once('exit', (code) => resolve({ code, output }))
  })
}

test.group('node ace make:plugin', (group) => {
  isolate(group)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return async () => {
      ace.ui.switchMode('normal')
      await rm(folder, { recursive: true, force: true })
      await PluginCatalog.discover(pluginRoots, app.makePath())
    }
  })

  test('refuses ids that are not slugs and folders that exist', async () => {
    const bad = await ace.create(MakePlugin, ['Not A Slug'])
    await bad.exec()
    bad.assertFailed()
    bad.assertLogMatches(/is not a plugin id/)
    const taken = await ace.create(MakePlugin, ['README.md'.toLowerCase().replace('.', '-')])
    await taken.exec()
    taken.assertSucceeded()
    const again = await ace.create(MakePlugin, ['readme-md'])
    await again.exec()
    again.assertFailed()
    again.assertLogMatches(/already exists/)
    await rm(app.makePath('plugins', 'readme-md'), { recursive: true, force: true })
  })

  test('scaffolds a plugin (handler, admin page, command) that passes lint, type-checks, is discovered, is enabled and configured from Admin → Plugins, receives ticket.created and passes its own test', async ({
    client,
    assert,
  }) => {
    const command = await ace.create(MakePlugin, [ID])
    await command.exec()
    command.assertSucceeded()
    const sources = [
      'plugin.ts',
      'handlers/greet_new_ticket.ts',
      'pages/overview.ts',
      'commands/greet.ts',
      'tests/plugin.spec.ts',
    ].map((file) => join(folder, file))
    const component = join(folder, 'ui/pages/ScaffoldCheckPage.vue')
    for (const file of [...sources, component, join(folder, 'README.md')]) {
      assert.isTrue(existsSync(file), file)
    }

    // What CI runs on every plugin: npm run lint (prettier included) and the type check.
    assert.deepEqual(await lintProblems([...sources, component]), [])
    assert.deepEqual(typeErrors(sources), [])

    await PluginCatalog.discover(pluginRoots, app.makePath())
    const plugin = PluginCatalog.find(ID)
    assert.equal(plugin?.status, 'ready', plugin?.error ?? '')
    assert.equal(plugin?.manifest?.name, 'Scaffold Check')

    // What an admin does next: find it in Admin → Plugins, fill its
    // generated form, switch it on.
    const desk = await helpdesk()
    const list = await client.get('/admin/plugins').loginAs(desk.admin).withInertia()
    const listed = (list.inertiaProps.plugins as { id: string; status: string }[]).find(
      (entry) => entry.id === ID
    )
    assert.equal(listed?.status, 'disabled')
    const page = await client.get(`/admin/plugins/${ID}`).loginAs(desk.admin).withInertia()
    const fields = (page.inertiaProps.plugin as { fields: { name: string }[] }).fields
    assert.deepEqual(
      fields.map((field) => field.name),
      ['greeting']
    )
    const saved = await client
      .put(`/admin/plugins/${ID}/settings`)
      .loginAs(desk.admin)
      .form({ greeting: 'Hello' })
      .withCsrfToken()
      .redirects(0)
    saved.assertToast('success', 'Plugin settings saved.')
    const enabled = await client
      .put(`/admin/plugins/${ID}/state`)
      .loginAs(desk.admin)
      .form({ enabled: 'true' })
      .withCsrfToken()
      .redirects(0)
    enabled.assertToast('success', 'Plugin enabled.')

    await openTicket(desk.customer, desk.it.id)
    await drainEvents()
    const deliveries = await deliveriesOf(`plugin:${ID}`)
    assert.deepEqual(
      deliveries.map((delivery) => delivery.status),
      ['ok']
    )

    const run = await runPluginTests()
    assert.equal(run.code, 0, run.output)
    assert.include(run.output, 'logs the configured greeting with the ticket number')
    assert.include(run.output, 'the greet command reports the open tickets it greeted')
  }).timeout(120_000)
})
