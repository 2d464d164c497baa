import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Installations from '#platform/installations'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { countQueries } from '#tests/support/queries'

type Badges = Record<string, { plugin: string; text: string; tone: string; title?: string }[]>

test.group('Slots: desk.queue badges', (group) => {
  isolate(group)

  test('the badge loader answers for the whole page in one query, whatever the page size', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const tickets = []
    for (let index = 0; index < 50; index++) {
      tickets.push(await openTicket(desk.customer, desk.it.id, { title: `Ticket ${index}` }))
    }
    await db.table('fixture_slots_flags').insert([
      { organization_id: desk.organization.id, ticket_id: tickets[49].id, text: 'VIP' },
      { organization_id: desk.organization.id + 1000, ticket_id: tickets[48].id, text: 'Foreign' },
    ])
    const page = (perPage: number) => {
      // Read the installations again every time, so each request costs the same.
      Installations.forget()
      return countQueries(() =>
        client
          .get(`/desk?queue=all&sort=newest&perPage=${perPage}`)
          .loginAs(desk.admin)
          .withInertia()
      )
    }

    await page(50) // warms the per-process caches (setup state) the first request fills
    const withoutPlugin = await page(50)
    withoutPlugin.result.assertStatus(200)
    assert.deepEqual(withoutPlugin.result.inertiaProps.badges, {})

    await enablePlugin(desk.organization, 'fixture-slots')
    const five = await page(5)
    const fifty = await page(50)
    five.result.assertStatus(200)
    fifty.result.assertStatus(200)
    assert.equal(five.count, fifty.count, 'the page size does not change the number of queries')
    assert.equal(
      fifty.count,
      withoutPlugin.count + 1,
      `the loader adds exactly its one query:\n${fifty.sql.join('\n')}\n---\n${withoutPlugin.sql.join('\n')}`
    )
    assert.lengthOf(
      fifty.sql.filter((sql) => sql.includes('fixture_slots_flags')),
      1
    )

    const badges = fifty.result.inertiaProps.badges as Badges
    assert.lengthOf(Object.keys(badges), 50)
    assert.deepEqual(badges[tickets[49].id], [
      { plugin: 'fixture-slots', text: 'P:medium', tone: 'info' },
      { plugin: 'fixture-slots', text: 'VIP', tone: 'danger', title: 'Flagged' },
    ])
    assert.deepEqual(
      badges[tickets[48].id].map((badge) => badge.text),
      ['P:medium'],
      "another organization's rows never reach the loader"
    )
    assert.lengthOf(Object.keys(five.result.inertiaProps.badges), 5)
  }).timeout(60_000)
})

test.group('Slots: ticket.composer and portal.ticket', (group) => {
  isolate(group)

  test('the desk ticket page offers the plugin’s suggested reply; without the plugin, none', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const suggestions = async () => {
      const response = await client
        .get(`/desk/tickets/${ticket.id}`)
        .loginAs(desk.agent)
        .withInertia()
      return response.inertiaProps.suggestions
    }
    assert.deepEqual(await suggestions(), [])

    await enablePlugin(desk.organization, 'fixture-slots')
    Installations.forget()
    assert.deepEqual(await suggestions(), [
      {
        plugin: 'fixture-slots',
        label: 'Greeting',
        text: `Hello, ${desk.agent.name} here about ${ticket.reference}.`,
      },
    ])
  })

  test('the portal ticket page shows the plugin’s panel to the requester, with its data', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await enablePlugin(desk.organization, 'fixture-slots')
    const response = await client
      .get(`/portal/tickets/${ticket.id}`)
      .loginAs(desk.customer)
      .withInertia()
    response.assertStatus(200)
    assert.deepEqual(response.inertiaProps.panels, [
      {
        plugin: 'fixture-slots',
        component: 'FixturePortal',
        label: 'Fixture status',
        data: { note: `${ticket.reference} is open` },
      },
    ])
  })
})
