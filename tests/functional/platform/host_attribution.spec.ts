import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Ticket from '#models/ticket'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, drainEvents, enablePlugin } from '#tests/support/plugins'
import { hostOf } from '#tests/support/host'

/**
 * The fixture-host plugin, on ticket.created, writes through the host API
 * only: an internal note, priority "high", a stored key and a row of its
 * own table. People see those writes under the plugin's name.
 */
test.group('Host API: a plugin write, as people see it', (group) => {
  isolate(group)

  async function ticketTouchedByThePlugin() {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-host')
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Server room is hot' })
    await drainEvents()
    const [delivery] = await deliveriesOf('plugin:fixture-host')
    if (delivery?.status !== 'ok') {
      throw new Error(`fixture-host delivery: ${delivery?.status} ${delivery?.lastError}`)
    }
    return { desk, ticket }
  }

  test('the handler used the host: note, priority, store and its own table', async ({ assert }) => {
    const { desk, ticket } = await ticketTouchedByThePlugin()
    const stored = await Ticket.findOrFail(ticket.id)
    assert.equal(stored.priority, 'high')
    const state = await hostOf(desk.organization).store.get(`ticket:${ticket.id}`)
    assert.deepEqual(state, { reference: ticket.reference })
    const rows = await db.from('fixture_host_notes').select('organization_id', 'ticket_id', 'body')
    assert.deepEqual(rows, [
      {
        organization_id: desk.organization.id,
        ticket_id: ticket.id,
        body: `seen ${ticket.reference}`,
      },
    ])
  })

  test("the desk's ticket page names the plugin on the timeline and on its note", async ({
    client,
    assert,
  }) => {
    const { desk, ticket } = await ticketTouchedByThePlugin()
    const response = await client
      .get(`/desk/tickets/${ticket.id}`)
      .loginAs(desk.agent)
      .withInertia()
    response.assertStatus(200)
    const { history, comments } = response.inertiaProps as any
    const byPlugin = history.filter((entry: any) => entry.actor?.plugin === 'fixture-host')
    assert.deepEqual(
      byPlugin.map((entry: any) => [entry.field, entry.newValue, entry.actor.name]),
      [
        ['note', byPlugin[0].newValue, 'Fixture: host'],
        ['priority', 'high', 'Fixture: host'],
      ]
    )
    assert.deepEqual(
      comments.map((comment: any) => [comment.author, comment.plugin, comment.isInternal]),
      [[null, { id: 'fixture-host', name: 'Fixture: host' }, true]]
    )
  })

  test('the portal shows the public change under the plugin name, never the internal note', async ({
    client,
    assert,
  }) => {
    const { desk, ticket } = await ticketTouchedByThePlugin()
    const response = await client
      .get(`/portal/tickets/${ticket.id}`)
      .loginAs(desk.customer)
      .withInertia()
    response.assertStatus(200)
    const props = response.inertiaProps as any
    const history = props.history ?? props.ticket?.history ?? []
    const priority = history.find((entry: any) => entry.field === 'priority')
    assert.equal(priority?.actor?.name, 'Fixture: host')
    assert.notInclude(JSON.stringify(props), 'Escalation check')
    assert.notInclude(
      history.map((entry: any) => entry.field),
      'note'
    )
  })

  test('Admin → Audit log names the plugin as the actor', async ({ client, assert }) => {
    const { desk, ticket } = await ticketTouchedByThePlugin()
    const response = await client.get('/admin/audit').loginAs(desk.admin).withInertia()
    response.assertStatus(200)
    const entries = (response.inertiaProps as any).entries.data
    const byPlugin = entries.filter(
      (entry: any) => entry.entityType === 'ticket' && entry.entityId === String(ticket.id)
    )
    assert.sameDeepMembers(
      byPlugin
        .filter((entry: any) => entry.action !== 'ticket.created')
        .map((entry: any) => [entry.action, entry.actorName, entry.actorLabel]),
      [
        ['ticket.note_added', 'Fixture: host', 'Fixture: host'],
        ['ticket.updated', 'Fixture: host', 'Fixture: host'],
      ]
    )
  })
})
