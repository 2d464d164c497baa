import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import User from '#models/user'
import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'

const SOONEST = 'plugin:fixture-sort:due-soonest'
const LATEST = 'plugin:fixture-sort:due-latest'

type Props = { inertiaProps: Record<string, any> }
const titles = (response: Props): string[] =>
  response.inertiaProps.tickets.data.map((ticket: { title: string }) => ticket.title)

/**
 * Five tickets A…E opened in that order (the default order is newest
 * first: E D C B A). fixture-sort's table gives C, A and E a due time in
 * that order; B and D have none, and B's row of another organization
 * must not count.
 */
async function scene() {
  const desk = await helpdesk()
  const tickets: Record<string, { id: number }> = {}
  for (const title of ['A', 'B', 'C', 'D', 'E']) {
    tickets[title] = await openTicket(desk.customer, desk.it.id, { title })
  }
  const at = (hours: number) => DateTime.now().plus({ hours }).toJSDate()
  const row = (title: string, hours: number, organizationId = desk.organization.id) => ({
    organization_id: organizationId,
    ticket_id: tickets[title].id,
    due_at: at(hours),
  })
  await db
    .table('fixture_sort_due')
    .insert([row('C', 1), row('A', 2), row('E', 3), row('B', -1, desk.organization.id + 1000)])
  return { desk, tickets }
}

test.group('Plugin sorts: desk.queue', (group) => {
  isolate(group)

  test("the desk list follows the plugin's sort over the whole list, tickets without a row last", async ({
    client,
    assert,
  }) => {
    const { desk } = await scene()
    await enablePlugin(desk.organization, 'fixture-sort')
    const list = (qs: string) =>
      client.get(`/desk?queue=all&${qs}`).loginAs(desk.admin).withInertia()

    const soonest = await list(`sort=${SOONEST}`)
    soonest.assertStatus(200)
    assert.deepEqual(titles(soonest), ['C', 'A', 'E', 'D', 'B'])
    assert.deepEqual(titles(await list(`sort=${LATEST}`)), ['E', 'A', 'C', 'D', 'B'])
    assert.deepEqual(
      titles(await list(`sort=${SOONEST}&perPage=2&page=2`)),
      ['E', 'D'],
      'sorted in SQL before paging, not page by page'
    )
    assert.deepEqual(titles(await list('')), ['E', 'D', 'C', 'B', 'A'])

    assert.equal(soonest.inertiaProps.filters.sort, SOONEST)
    assert.deepInclude(soonest.inertiaProps.sorts, 'newest', 'the built-in sorts stay')
    assert.deepEqual(soonest.inertiaProps.pluginSorts, [
      { value: SOONEST, label: 'Due soonest' },
      { value: LATEST, label: 'Due latest' },
    ])
  })

  test('the API lists and the CSV export take the same sort', async ({ client, assert }) => {
    const { desk } = await scene()
    await enablePlugin(desk.organization, 'fixture-sort')
    const token = async (user: User) => {
      const created = await User.accessTokens.create(user)
      return created.value!.release()
    }

    const staff = await client
      .get(`/api/v1/admin/tickets?queue=all&sort=${SOONEST}`)
      .bearerToken(await token(desk.admin))
    staff.assertStatus(200)
    assert.deepEqual(
      staff.body().data.map((ticket: { title: string }) => ticket.title),
      ['C', 'A', 'E', 'D', 'B']
    )
    const own = await client
      .get(`/api/v1/tickets?sort=${LATEST}`)
      .bearerToken(await token(desk.customer))
    own.assertStatus(200)
    assert.deepEqual(
      own.body().data.map((ticket: { title: string }) => ticket.title),
      ['E', 'A', 'C', 'D', 'B']
    )

    const csv = await client
      .get(`/desk/tickets/export?queue=all&sort=${SOONEST}`)
      .loginAs(desk.admin)
    csv.assertStatus(200)
    const rows = csv.text().replace('\uFEFF', '').trim().split('\r\n').slice(1)
    assert.deepEqual(
      rows.map((line) => line.split(',')[1]),
      ['C', 'A', 'E', 'D', 'B']
    )
  })

  test("a disabled plugin's sort gives the default order, and the picker does not offer it", async ({
    client,
    assert,
  }) => {
    const { desk } = await scene()
    const list = () =>
      client.get(`/desk?queue=all&sort=${SOONEST}`).loginAs(desk.admin).withInertia()

    const never = await list()
    never.assertStatus(200)
    assert.deepEqual(titles(never), ['E', 'D', 'C', 'B', 'A'])
    assert.deepEqual(never.inertiaProps.pluginSorts, [])

    await enablePlugin(desk.organization, 'fixture-sort')
    assert.deepEqual(titles(await list()), ['C', 'A', 'E', 'D', 'B'])
    await Installations.disable(desk.organization.id, 'fixture-sort', systemContext)
    const disabled = await list()
    assert.deepEqual(titles(disabled), ['E', 'D', 'C', 'B', 'A'])
    assert.deepEqual(disabled.inertiaProps.pluginSorts, [])
  })

  test('an unknown plugin sort gives the default order; a sort of no known shape is refused', async ({
    client,
    assert,
  }) => {
    const { desk } = await scene()
    await enablePlugin(desk.organization, 'fixture-sort')
    for (const sort of [
      'plugin:x:y',
      'plugin:fixture-sort:nope',
      'plugin:fixture-slots:due-soonest',
    ]) {
      const response = await client
        .get(`/desk?queue=all&sort=${sort}`)
        .loginAs(desk.admin)
        .withInertia()
      response.assertStatus(200)
      assert.deepEqual(titles(response), ['E', 'D', 'C', 'B', 'A'], sort)
    }

    const created = await User.accessTokens.create(desk.admin)
    const token = created.value!.release()
    const api = (sort: string) =>
      client
        .get(`/api/v1/admin/tickets?queue=all&sort=${encodeURIComponent(sort)}`)
        .bearerToken(token)
    const unknown = await api('plugin:x:y')
    unknown.assertStatus(200)
    assert.lengthOf(unknown.body().data, 5)
    for (const sort of ['plugin:fixture-sort:due_at; drop table tickets', 'tickets.id', 'Newest']) {
      const refused = await api(sort)
      refused.assertStatus(422)
      assert.property(refused.body().details, 'sort', sort)
    }
  })

  test('a sort whose table or column is not in the database gives the default order, not a 500', async ({
    client,
    assert,
  }) => {
    const { desk } = await scene()
    await enablePlugin(desk.organization, 'fixture-sort')
    const sorts = PluginCatalog.find('fixture-sort')!.hooks.sorts
    const missing = { ...sorts[0], name: 'missing', table: 'fixture_sort_nothing' }
    const typo = { ...sorts[0], name: 'typo', column: 'due_on' }
    sorts.push(missing, typo)
    try {
      for (const name of ['missing', 'typo']) {
        const response = await client
          .get(`/desk?queue=all&sort=plugin:fixture-sort:${name}`)
          .loginAs(desk.admin)
          .withInertia()
        response.assertStatus(200)
        assert.deepEqual(titles(response), ['E', 'D', 'C', 'B', 'A'], name)
      }
    } finally {
      sorts.splice(sorts.indexOf(missing), 2)
    }
  })
})
