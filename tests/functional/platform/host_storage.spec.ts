import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { HostError } from '#platform/errors'
import TaxonomyService from '#services/taxonomy_service'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { hostOf, thrown } from '#tests/support/host'

const notes = () => db.from('fixture_host_notes').orderBy('id')
const bodies = async () => {
  const rows = await notes()
  return rows.map((row) => row.body)
}

test.group('Host API: store', (group) => {
  isolate(group)

  test('get, set, delete and list by prefix; JSON values as they were', async ({ assert }) => {
    const desk = await helpdesk()
    const { store } = hostOf(desk.organization)
    assert.isNull(await store.get('thread:42'))
    await store.set('thread:42', 'C024BE91L.1712345678')
    await store.set('thread:43', { ts: '1.2', replies: [1, 2] })
    await store.set('model', 3)
    await store.set('model', 4)
    assert.equal(await store.get('thread:42'), 'C024BE91L.1712345678')
    assert.deepEqual(await store.get('thread:43'), { ts: '1.2', replies: [1, 2] })
    assert.equal(await store.get('model'), 4)
    assert.deepEqual(await store.list('thread:'), [
      { key: 'thread:42', value: 'C024BE91L.1712345678' },
      { key: 'thread:43', value: { ts: '1.2', replies: [1, 2] } },
    ])
    await store.delete('thread:42')
    const left = await store.list()
    assert.deepEqual(
      left.map((entry) => entry.key),
      ['model', 'thread:43']
    )
    assert.deepEqual(await store.list('100%_'), [], 'LIKE wildcards in a prefix are literal')
  })

  test('one namespace per plugin and organization', async ({ assert }) => {
    const mine = await helpdesk()
    const theirs = await helpdesk()
    await hostOf(mine.organization).store.set('token', 'mine')
    await hostOf(mine.organization, 'fixture-events').store.set('token', 'other plugin')
    await hostOf(theirs.organization).store.set('token', 'theirs')

    assert.equal(await hostOf(mine.organization).store.get('token'), 'mine')
    assert.equal(
      await hostOf(mine.organization, 'fixture-events').store.get('token'),
      'other plugin'
    )
    assert.equal(await hostOf(theirs.organization).store.get('token'), 'theirs')
    await hostOf(theirs.organization).store.delete('token')
    assert.equal(await hostOf(mine.organization).store.get('token'), 'mine')
    assert.lengthOf(await hostOf(mine.organization).store.list(), 1)
  })
})

test.group('Host API: db (the plugin own tables)', (group) => {
  isolate(group)

  test('inserts get the organization; reads, updates and deletes see only its rows', async ({
    assert,
  }) => {
    const mine = await helpdesk()
    const theirs = await helpdesk()
    const a = hostOf(mine.organization).db
    const b = hostOf(theirs.organization).db
    await a.insert('fixture_host_notes', { body: 'mine', created_at: new Date() })
    await b.insert('fixture_host_notes', [
      { body: 'theirs', created_at: new Date(), organization_id: mine.organization.id },
    ])

    const rows = await notes()
    assert.deepEqual(
      rows.map((row) => [row.body, row.organization_id]),
      [
        ['mine', mine.organization.id],
        ['theirs', theirs.organization.id],
      ],
      'an insert cannot choose another organization'
    )
    const visible = await a.from('fixture_host_notes').select('body')
    assert.deepEqual(
      visible.map((row) => row.body),
      ['mine']
    )
    await a.from('fixture_host_notes').update({ body: 'changed' })
    await a.from('fixture_host_notes').where('body', 'theirs').delete()
    assert.deepEqual(await bodies(), ['changed', 'theirs'])
    const move = await thrown(async () =>
      a.from('fixture_host_notes').update({ organization_id: theirs.organization.id })
    )
    assert.instanceOf(move, HostError)
  })

  test('only tables named after the plugin: a core table is refused, joins too', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const { db: scoped } = hostOf(desk.organization)
    for (const table of [
      'users',
      'tickets',
      'plugin_state',
      'fixture_events_effects',
      'fixture_host',
    ]) {
      const refused = await thrown(async () => scoped.from(table))
      assert.instanceOf(refused, HostError, table)
      assert.equal(refused.code, 'forbidden_table')
    }
    const insert = await thrown(async () => scoped.insert('users', { email: 'x@y.z' }))
    assert.equal(insert.code, 'forbidden_table')
    const join = await thrown(async () =>
      scoped.from('fixture_host_notes').join('users', 'users.id', 'fixture_host_notes.id')
    )
    assert.equal(join.code, 'forbidden_table')
  })

  test('transaction: a scoped db on one transaction that commits or rolls back whole', async ({
    assert,
  }) => {
    const mine = await helpdesk()
    const theirs = await helpdesk()
    await hostOf(theirs.organization).db.insert('fixture_host_notes', {
      body: 'theirs',
      created_at: new Date(),
    })
    const { db: scoped } = hostOf(mine.organization)
    await scoped.transaction(async (trx) => {
      await trx.insert('fixture_host_notes', { body: 'one', created_at: new Date() })
      await trx.from('fixture_host_notes').update({ body: 'two' })
    })
    const failed = await thrown(() =>
      scoped.transaction(async (trx) => {
        await trx.insert('fixture_host_notes', { body: 'lost', created_at: new Date() })
        throw new Error('rolled back')
      })
    )
    assert.equal(failed.message, 'rolled back')
    const rows = await notes()
    assert.deepEqual(
      rows.map((row) => [row.body, row.organization_id]),
      [
        ['theirs', theirs.organization.id],
        ['two', mine.organization.id],
      ]
    )
    const refused = await thrown(() => scoped.transaction(async (trx) => trx.from('users')))
    assert.equal(refused.code, 'forbidden_table')
  })
})

test.group('Host API: taxonomy', (group) => {
  isolate(group)

  test('the active tree with ids and names; inactive entries and other organizations left out', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const context = { ...systemContext, actor: desk.admin }
    const desktop = await TaxonomyService.createSubcategory(desk.hardware, 'Desktop', context)
    await TaxonomyService.updateEntry(
      desktop,
      'subcategory',
      { name: 'Desktop', isActive: false },
      context
    )
    await helpdesk()

    const tree = await hostOf(desk.organization).taxonomy.tree()
    assert.deepEqual(tree, [
      { id: desk.facilities.id, name: 'Facilities', categories: [] },
      {
        id: desk.it.id,
        name: 'IT',
        categories: [
          {
            id: desk.hardware.id,
            name: 'Hardware',
            subcategories: [{ id: desk.laptop.id, name: 'Laptop' }],
          },
        ],
      },
    ])
  })
})
