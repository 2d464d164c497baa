import { test } from '@japa/runner'
import { collect } from '#platform/plugin_registrations'
import { parsePluginSortValue, pluginSortValue, type SortOptions } from '#platform/plugin_sorts'
import type { HookRegistrar } from '#platform/define_plugin'

const GOOD: SortOptions = {
  name: 'sla-due',
  label: 'SLA due soonest',
  table: 'sla_escalation_clocks',
  column: 'escalation_at',
  direction: 'asc',
}

/** Collects a plugin that registers what `register` does, as discovery would. */
function load(register: (hooks: HookRegistrar<never>) => void) {
  return collect({
    id: 'sla-escalation',
    name: 'SLA escalation',
    version: '1.0.0',
    description: 'Test',
    requires: { core: '^0.1.0' },
    register: register as never,
  })
}

/** A registration as a plain-JavaScript plugin could write it: no type checks. */
const sortWith = (changes: Record<string, unknown>) => (hooks: HookRegistrar<never>) =>
  hooks.sort('desk.queue', { ...GOOD, ...changes } as SortOptions)

test.group('Plugin sorts: registration', () => {
  test('a sort on a column of one of its own tables is kept as declared', ({ assert }) => {
    const hooks = load((registrar) => {
      registrar.sort('desk.queue', GOOD)
      registrar.sort('desk.queue', { ...GOOD, name: 'sla-due-last', direction: 'desc' })
    })
    assert.deepEqual(hooks.sorts, [
      { slot: 'desk.queue', ...GOOD },
      { slot: 'desk.queue', ...GOOD, name: 'sla-due-last', direction: 'desc' },
    ])
  })

  test('refuses a foreign table, a bad column, name or direction, and a sort twice', ({
    assert,
  }) => {
    const cases: [string, (hooks: HookRegistrar<never>) => void, RegExp][] = [
      [
        'core table',
        sortWith({ table: 'tickets' }),
        /table "tickets" is not one of sla-escalation's own/,
      ],
      [
        "another plugin's table",
        sortWith({ table: 'fixture_slots_flags' }),
        /not one of sla-escalation's own \(sla_escalation_…\)/,
      ],
      [
        'the bare prefix',
        sortWith({ table: 'sla_escalation_' }),
        /not one of sla-escalation's own/,
      ],
      ['quoted table', sortWith({ table: 'sla_escalation_x"; drop' }), /table .* must match/],
      ['schema', sortWith({ table: 'public.sla_escalation_clocks' }), /table .* must match/],
      ['column with SQL', sortWith({ column: 'escalation_at desc, id' }), /column .* must match/],
      ['upper-case column', sortWith({ column: 'EscalationAt' }), /column .* must match/],
      ['no column', sortWith({ column: undefined }), /column "undefined" must match/],
      ['long column', sortWith({ column: 'x'.repeat(64) }), /at most 63/],
      ['name', sortWith({ name: 'SLA due' }), /sort name "SLA due" must be lower-case words/],
      ['name with a colon', sortWith({ name: 'sla:due' }), /must be lower-case words/],
      ['label', sortWith({ label: '  ' }), /needs a label/],
      ['direction', sortWith({ direction: 'up' }), /direction must be 'asc' or 'desc'/],
      ['slot', (hooks) => hooks.sort('ticket.sidebar' as never, GOOD), /unknown sort slot/],
      [
        'twice',
        (hooks) => {
          hooks.sort('desk.queue', GOOD)
          hooks.sort('desk.queue', { ...GOOD, label: 'Again' })
        },
        /registers sort "sla-due" twice/,
      ],
    ]
    for (const [what, register, message] of cases) {
      assert.throws(() => load(register), message, what)
    }
  })

  test('a sort is named plugin:<plugin id>:<sort name> in a list filter', ({ assert }) => {
    assert.equal(pluginSortValue('sla-escalation', 'sla-due'), 'plugin:sla-escalation:sla-due')
    assert.deepEqual(parsePluginSortValue('plugin:sla-escalation:sla-due'), {
      pluginId: 'sla-escalation',
      name: 'sla-due',
    })
    for (const value of [
      undefined,
      'newest',
      'plugin:x',
      'plugin:x:y:z',
      'plugin:X:y',
      'plugin:x:y z',
    ]) {
      assert.isNull(parsePluginSortValue(value), String(value))
    }
  })
})
