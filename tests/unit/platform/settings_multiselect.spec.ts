import { test } from '@japa/runner'
import vine from '@vinejs/vine'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import PluginSettings from '#platform/plugin_settings'
import type { ResolvedOptions } from '#platform/settings_options'

/**
 * A table with list columns, without a database: the organization's groups
 * are handed in as resolved options, as Installations does after reading them.
 */
const plugin = {
  id: 'multi',
  secrets: [],
  settings: vine.object({
    mappings: vine
      .array(
        vine.object({
          directoryGroup: vine.string().trim().minLength(1),
          groupIds: vine.array(vine.number().withoutDecimals()),
          channels: vine.array(vine.enum(['mail', 'chat', 'sms'])).minLength(1),
          levels: vine.array(vine.string()),
        })
      )
      .optional(),
  }),
  fields: {
    mappings: {
      label: 'Mappings',
      columns: {
        groupIds: { label: 'Teams', options: 'groups' },
        levels: { label: 'Levels', options: ['low', 'high'] },
      },
    },
  },
} as unknown as LoadedPlugin

const resolved: ResolvedOptions = {
  groups: [
    { value: '11', label: 'IT' },
    { value: '12', label: 'Facilities' },
  ],
}

const columnsOf = (stored: Record<string, unknown> = {}) => {
  const [field] = PluginSettings.describe(plugin, stored, resolved)
  return { field, columns: Object.fromEntries(field.columns.map((c) => [c.name, c])) }
}

/** The messages of a refused submission, by field. */
async function refusal(input: Record<string, unknown>) {
  try {
    await PluginSettings.validate(plugin, input, {}, 'en', resolved)
  } catch (error) {
    const messages = (error as { messages: { field: string; message: string }[] }).messages
    return Object.fromEntries(messages.map((entry) => [entry.field, entry.message]))
  }
  throw new Error('the submission was accepted')
}

test.group('Plugin settings: multiselect columns', () => {
  test('a list column with options is a multiselect of the organization’s, the enum’s or the fixed choices', ({
    assert,
  }) => {
    const { field, columns } = columnsOf()
    assert.equal(field.kind, 'rows')
    assert.deepInclude(columns.groupIds, {
      kind: 'multiselect',
      label: 'Teams',
      required: false,
      options: resolved.groups,
    })
    assert.deepInclude(columns.channels, { kind: 'multiselect', required: true })
    assert.deepEqual(
      columns.channels.options.map((option) => option.value),
      ['mail', 'chat', 'sms']
    )
    assert.deepInclude(columns.levels, { kind: 'multiselect' })
    assert.deepEqual(
      columns.levels.options.map((option) => option.value),
      ['low', 'high']
    )
    assert.equal(columns.directoryGroup.kind, 'text')
  })

  test('the stored lists are the value the form starts from', ({ assert }) => {
    const stored = {
      mappings: [{ directoryGroup: 'cn=a', groupIds: [11, 12], channels: ['mail'], levels: [] }],
    }
    assert.deepEqual(columnsOf(stored).field.value, stored.mappings)
  })

  test('ticked values arrive as numbers; nothing ticked is an empty list', async ({ assert }) => {
    const valid = await PluginSettings.validate(
      plugin,
      {
        mappings: [
          { directoryGroup: 'cn=a', groupIds: ['11', '12'], channels: ['mail', 'sms'] },
          // An urlencoded form's indexed object, and a lone ticked box.
          { directoryGroup: 'cn=b', groupIds: { 0: '12' }, channels: 'chat', levels: ['high'] },
          { directoryGroup: 'cn=c', groupIds: '', channels: ['chat'], levels: null },
        ],
      },
      {},
      'en',
      resolved
    )
    assert.deepEqual(valid.mappings, [
      { directoryGroup: 'cn=a', groupIds: [11, 12], channels: ['mail', 'sms'], levels: [] },
      { directoryGroup: 'cn=b', groupIds: [12], channels: ['chat'], levels: ['high'] },
      { directoryGroup: 'cn=c', groupIds: [], channels: ['chat'], levels: [] },
    ])
  })

  test('a value outside the choices is refused once, at its cell; an empty list the schema refuses too', async ({
    assert,
  }) => {
    const errors = await refusal({
      mappings: [
        { directoryGroup: 'cn=a', groupIds: ['11'], channels: ['mail'] },
        { directoryGroup: 'cn=b', groupIds: ['11', '99', '98'], channels: ['mail'] },
        { directoryGroup: 'cn=c', groupIds: [], channels: ['mail'], levels: ['medium'] },
      ],
    })
    assert.deepEqual(errors, {
      'mappings.1.groupIds': 'Choose one of the listed options.',
      'mappings.2.levels': 'Choose one of the listed options.',
    })

    const empty = await refusal({ mappings: [{ directoryGroup: 'cn=a', groupIds: ['11'] }] })
    assert.deepEqual(Object.keys(empty), ['mappings.0.channels'])
    assert.match(empty['mappings.0.channels'], /^Channels /)
  })
})
