import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import Organization from '#models/organization'
import PluginInstallation from '#models/plugin_installation'
import { OrganizationFactory } from '#database/factories/main'
import Installations from '#platform/installations'
import { isolate } from '#tests/support/world'
import { enablePlugin } from '#tests/support/plugins'
import { getCommand, getMetaData } from '#commands/_plugin_commands'
import { runAce } from '#tests/support/ace_process'

async function metaDataOf(name: string) {
  const listed = await getMetaData()
  return listed.find((entry) => entry.commandName === name)
}

const greetMetaData = () => metaDataOf('fixture-pages:greet')

/** The command as Ace finds it (through the plugin commands' loader), run; its output only. */
async function greet(args: string[], name = 'fixture-pages:greet') {
  const meta = await metaDataOf(name)
  const Command = meta ? await getCommand(meta) : null
  if (!Command) throw new Error(`${name} is not listed`)
  ace.ui.logger.flushLogs()
  const command = await ace.create(Command, args)
  await command.exec()
  const stdout = ace.ui.logger
    .getLogs()
    .filter((log) => log.stream === 'stdout')
    .map((log) => log.message)
  return Object.assign(command, { stdout })
}

test.group('Plugin ace commands', (group) => {
  isolate(group)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('are listed as <plugin-id>:<name> with --organization and the declared flags', async ({
    assert,
  }) => {
    const meta = await greetMetaData()
    assert.exists(meta)
    assert.equal(meta!.description, "Prints the organization's greeting")
    assert.sameMembers(
      meta!.flags.map((flag) => `${flag.flagName}:${flag.type}`),
      ['organization:string', 'shout:boolean', 'times:number', 'fail-for:string']
    )
  })

  test('an installation-wide command runs once, for no organization, enabled anywhere or not', async ({
    assert,
  }) => {
    await OrganizationFactory.create()
    const meta = await metaDataOf('fixture-pages:add')
    assert.exists(meta, 'listed')
    assert.notInclude(
      meta!.flags.map((flag) => flag.name),
      'organization',
      'it takes no --organization'
    )

    const sum = await greet(['--left', '2', '--right', '40'], 'fixture-pages:add')
    sum.assertSucceeded()
    assert.deepEqual(sum.stdout, ['fixture-pages: 42'])

    const failed = await greet(['--left', '2'], 'fixture-pages:add')
    failed.assertFailed()
    failed.assertLogMatches(/--left and --right are both needed/)
  })

  test('run once for every organization that enabled the plugin, printing to stdout', async ({
    assert,
  }) => {
    const acme = await OrganizationFactory.merge({ slug: 'acme' }).create()
    const beta = await OrganizationFactory.merge({ slug: 'beta' }).create()
    await OrganizationFactory.merge({ slug: 'gamma' }).create()
    await enablePlugin(acme, 'fixture-pages')
    await enablePlugin(beta, 'fixture-pages')

    const command = await greet(['--shout', '--times', '2'])
    command.assertSucceeded()
    assert.deepEqual(
      command.stdout,
      [acme, acme, beta, beta].map((o) => `HELLO FROM ORGANIZATION ${o.id}`)
    )
  })

  test('--organization (id or slug) runs for that one only; a run that throws exits with 1, the others still run', async ({
    assert,
  }) => {
    const acme = await OrganizationFactory.merge({ slug: 'acme' }).create()
    const beta = await OrganizationFactory.merge({ slug: 'beta' }).create()
    const gamma = await OrganizationFactory.merge({ slug: 'gamma' }).create()
    await enablePlugin(acme, 'fixture-pages')
    await enablePlugin(beta, 'fixture-pages')

    const one = await greet(['--organization', 'beta'])
    one.assertSucceeded()
    assert.deepEqual(one.stdout, [`Hello from organization ${beta.id}`])
    const byId = await greet(['--organization', String(acme.id)])
    assert.deepEqual(byId.stdout, [`Hello from organization ${acme.id}`])

    const failing = await greet(['--fail-for', String(acme.id)])
    failing.assertExitCode(1)
    assert.deepEqual(failing.stdout, [`Hello from organization ${beta.id}`])
    failing.assertLogMatches(/fixture-pages:greet failed for organization \d+: asked to fail/)
    const recorded = await PluginInstallation.query()
      .where({ organization_id: acme.id, plugin_id: 'fixture-pages' })
      .firstOrFail()
    assert.equal(recorded.lastErrorHook, 'command:greet')

    const disabled = await greet(['--organization', 'gamma'])
    disabled.assertExitCode(1)
    disabled.assertLogMatches(
      new RegExp(`fixture-pages is not enabled for organization ${gamma.id}`)
    )
    const unknown = await greet(['--organization', 'ghost'])
    unknown.assertExitCode(1)
    unknown.assertLogMatches(/No organization "ghost"/)
  })
})

/**
 * `node ace fixture-pages:greet` in its own process, as an operator runs
 * it. That process cannot see a test transaction: the data is committed
 * and the organizations deleted afterwards.
 */
test.group('Plugin ace commands from the command line', (group) => {
  const organizations: number[] = []
  group.each.teardown(async () => {
    await Organization.query().whereIn('id', organizations.splice(0)).delete()
    Installations.forget()
  })

  const run = (args: string[]) => runAce(['fixture-pages:greet', ...args])

  test('prints to stdout and exits with 0, or with 1 when a run threw', async ({ assert }) => {
    const organization = await OrganizationFactory.create()
    organizations.push(organization.id)
    await enablePlugin(organization, 'fixture-pages')

    const ok = await run(['--organization', String(organization.id)])
    assert.equal(ok.code, 0, ok.stderr)
    assert.include(ok.stdout, `Hello from organization ${organization.id}`)

    const failed = await run([
      '--organization',
      String(organization.id),
      '--fail-for',
      String(organization.id),
    ])
    assert.equal(failed.code, 1, failed.stdout)
    assert.include(failed.stderr + failed.stdout, 'asked to fail')
  }).timeout(60_000)
})
