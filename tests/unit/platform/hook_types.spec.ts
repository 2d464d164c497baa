import { test } from '@japa/runner'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import ts from 'typescript'

const ROOT = process.cwd()
const DIR = join(ROOT, 'tmp', 'hook-types')

/**
 * Compiles plugin sources with the project's own compiler settings and
 * returns the errors found in them. The hook contract is enforced by the
 * type checker, so it is tested through the type checker.
 */
async function compile(sources: Record<string, string>) {
  await mkdir(DIR, { recursive: true })
  const files = await Promise.all(
    Object.entries(sources).map(async ([name, source]) => {
      const file = join(DIR, `${name}.ts`)
      await writeFile(file, source)
      return file
    })
  )
  const configFile = ts.readConfigFile(join(ROOT, 'tsconfig.json'), ts.sys.readFile)
  const parsed = ts.parseJsonConfigFileContent(configFile.config, ts.sys, ROOT)
  const program = ts.createProgram(files, { ...parsed.options, noEmit: true })
  const errors = Object.fromEntries(Object.keys(sources).map((name) => [name, [] as string[]]))
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const name = Object.keys(sources).find((key) =>
      diagnostic.file?.fileName.endsWith(`/${key}.ts`)
    )
    if (name) {
      errors[name].push(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'))
    }
  }
  return errors
}

const plugin = (register: string) => `
import vine from '@vinejs/vine'
import { definePlugin } from '#platform/define_plugin'

export default definePlugin({
  id: 'typed',
  name: 'Typed',
  version: '1.0.0',
  description: 'Type test',
  requires: { core: '^0.1.0' },
  settings: vine.object({ channel: vine.string() }),
  secrets: ['channel'],
  register(hooks) {
    ${register}
  },
})
`

test.group('Hook catalogue types', (group) => {
  group.teardown(() => rm(DIR, { recursive: true, force: true }))

  test('the compiler accepts catalogue hooks with their payloads and rejects everything else', async ({
    assert,
  }) => {
    const errors = await compile({
      good: plugin(`
        hooks.on('ticket.created', (payload, context) => {
          const reference: string = payload.ticket.reference
          const channel: string = context.settings.channel
          context.logger.info({ reference, channel }, 'seen')
        })
        hooks.filter('ticket.creating', (draft) => ({ ...draft, priority: 'high' }))
        hooks.provide('ticket.assignment_strategy', ({ candidates }) => ({ assigneeId: candidates[0].id }))
        hooks.panel('ticket.sidebar', 'Timers')
        hooks.schedule('sweep', { every: '1m' }, (context) => context.logger.info('tick'))
      `),
      unknownEvent: plugin(`hooks.on('ticket.exploded', () => {})`),
      wrongPayload: plugin(`hooks.on('ticket.assigned', (payload) => payload.comment.body)`),
      wrongFilterResult: plugin(`hooks.filter('ticket.creating', () => 42)`),
      unknownSetting: plugin(
        `hooks.on('ticket.updated', (_payload, context) => context.settings.webhook)`
      ),
      wrongProviderAnswer: plugin(
        `hooks.provide('ticket.assignment_strategy', () => ({ agent: 1 }))`
      ),
      unknownSlot: plugin(`hooks.panel('ticket.footer', 'Footer')`),
      unknownSecret: plugin(`hooks.on('ticket.created', () => {})`).replace(
        "secrets: ['channel']",
        "secrets: ['token']"
      ),
    })
    assert.deepEqual(errors.good, [])
    assert.match(errors.unknownEvent.join(), /"ticket\.exploded"/)
    assert.match(errors.wrongPayload.join(), /comment/)
    assert.isNotEmpty(errors.wrongFilterResult)
    assert.match(errors.unknownSetting.join(), /webhook/)
    assert.isNotEmpty(errors.wrongProviderAnswer)
    assert.match(errors.unknownSlot.join(), /"ticket\.footer"/)
    assert.match(errors.unknownSecret.join(), /"token"/)
  }).timeout(120_000)

  test('plugin events, data slots and settings tables are checked by the compiler too', async ({
    assert,
  }) => {
    const emitter = (events: string, register: string) => `
import { definePlugin } from '#platform/sdk'

declare module '#platform/sdk' {
  interface PluginEvents {
    'typed.fired': { count: number }
  }
}

export default definePlugin({
  id: 'typed-emitter',
  name: 'Typed emitter',
  version: '1.0.0',
  description: 'Type test',
  requires: { core: '^0.1.0' },
  events: ${events},
  register(hooks) {
    ${register}
  },
})
`
    const table = (fields: string) => `
import vine from '@vinejs/vine'
import { definePlugin } from '#platform/sdk'

export default definePlugin({
  id: 'typed-table',
  name: 'Typed table',
  version: '1.0.0',
  description: 'Type test',
  requires: { core: '^0.1.0' },
  settings: vine.object({
    mappings: vine.array(vine.object({ groupId: vine.number(), role: vine.string() })),
  }),
  fields: ${fields},
  register() {},
})
`
    /** The ldap-sso plugin's mappings: a multiselect column of the organization's groups. */
    const teams = (register: string) => `
import vine from '@vinejs/vine'
import { definePlugin } from '#platform/sdk'

export default definePlugin({
  id: 'typed-teams',
  name: 'Typed teams',
  version: '1.0.0',
  description: 'Type test',
  requires: { core: '^0.1.0' },
  settings: vine.object({
    mappings: vine
      .array(
        vine.object({
          directoryGroup: vine.string(),
          role: vine.enum(['admin', 'agent', 'customer']),
          groupIds: vine.array(vine.number().withoutDecimals()),
        })
      )
      .maxLength(200)
      .optional(),
  }),
  fields: {
    mappings: { columns: { role: { label: 'Role' }, groupIds: { label: 'Teams', options: 'groups' } } },
  },
  register(hooks) {
    hooks.provide('auth.provider', (_input, context) => {
      ${register}
      return null
    })
  },
})
`
    const errors = await compile({
      teamsGood: teams(
        'const ids: number[] = context.settings.mappings?.[0]?.groupIds ?? []; context.logger.info({ ids })'
      ),
      teamsAsText: teams(
        'const ids: string[] = context.settings.mappings?.[0]?.groupIds ?? []; void ids'
      ),
      emitterGood: emitter(
        "{ 'typed.fired': { description: 'Fired' } }",
        `hooks.on('ticket.created', async (_payload, context) => {
          await context.events.emit('typed.fired', { count: 1 })
        })`
      ),
      listenerGood: plugin(`
        hooks.on('typed.fired', (payload, context) => {
          const count: number = payload.count
          context.logger.info({ count, name: context.event.name }, 'fired')
        })
        hooks.badges('desk.queue', ({ tickets }) => ({
          [tickets[0].id]: [{ text: 'Late', tone: 'danger', title: 'SLA breached' }],
        }))
        hooks.suggest('ticket.composer', ({ ticket }) => [{ label: 'Hi', text: ticket.title }])
        hooks.panel('portal.ticket', 'Status')
        hooks.sort('desk.queue', {
          name: 'due',
          label: 'Due soonest',
          table: 'typed_due',
          column: 'due_at',
          direction: 'asc',
        })
      `),
      tableGood: table(
        "{ mappings: { label: 'Map', columns: { groupId: { label: 'Team', options: 'groups' } } } }"
      ),
      wrongPluginPayload: plugin(`hooks.on('typed.fired', (payload) => payload.missing)`),
      wrongEmitPayload: emitter(
        "{ 'typed.fired': { description: 'Fired' } }",
        `hooks.on('ticket.created', async (_payload, context) => {
          await context.events.emit('typed.fired', { count: 'one' })
        })`
      ),
      emitUndeclared: emitter(
        "{ 'typed.fired': { description: 'Fired' } }",
        `hooks.on('ticket.created', async (_payload, context) => {
          await context.events.emit('typed.unheard', { count: 1 })
        })`
      ),
      declareUntyped: emitter("{ 'typed.untyped': { description: 'x' } }", ''),
      wrongBadgeTone: plugin(
        `hooks.badges('desk.queue', ({ tickets }) => ({ [tickets[0].id]: [{ text: 'x', tone: 'purple' }] }))`
      ),
      wrongSuggestion: plugin(`hooks.suggest('ticket.composer', () => [{ label: 'no text' }])`),
      wrongSortSlot: plugin(
        `hooks.sort('ticket.sidebar', { name: 'x', label: 'X', table: 't_x', column: 'x', direction: 'asc' })`
      ),
      wrongSortDirection: plugin(
        `hooks.sort('desk.queue', { name: 'x', label: 'X', table: 't_x', column: 'x', direction: 'up' })`
      ),
      unknownColumn: table("{ mappings: { columns: { teamName: { label: 'Team' } } } }"),
      wrongOptionsSource: table("{ mappings: { columns: { groupId: { options: 'planets' } } } }"),
    })
    assert.deepEqual(errors.emitterGood, [])
    assert.deepEqual(errors.listenerGood, [])
    assert.deepEqual(errors.tableGood, [])
    assert.deepEqual(errors.teamsGood, [])
    assert.match(errors.teamsAsText.join(), /number\[\]|'number'/)
    assert.match(errors.wrongPluginPayload.join(), /missing/)
    assert.isNotEmpty(errors.wrongEmitPayload)
    assert.match(errors.emitUndeclared.join(), /typed\.unheard/)
    assert.match(errors.declareUntyped.join(), /typed\.untyped/)
    assert.isNotEmpty(errors.wrongBadgeTone)
    assert.match(errors.wrongSuggestion.join(), /text/)
    assert.match(errors.wrongSortSlot.join(), /"ticket\.sidebar"/)
    assert.match(errors.wrongSortDirection.join(), /"up"/)
    assert.match(errors.unknownColumn.join(), /teamName/)
    assert.isNotEmpty(errors.wrongOptionsSource)
  }).timeout(120_000)
})
