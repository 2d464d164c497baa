import { test } from '@japa/runner'
import PluginCatalog from '#platform/plugin_catalog'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, drainEvents } from '#tests/support/plugins'

test.group('Built-in subscribers', (group) => {
  isolate(group)

  test('e-mail notifications are registered at boot as a built-in, on the same event path as plugins', async ({
    assert,
  }) => {
    const [notifications] = PluginCatalog.builtins()
    assert.deepInclude(notifications, { id: 'notifications', builtin: true })
    assert.equal(notifications.subscriber, 'core:notifications')
    assert.sameMembers(
      [...notifications.hooks.events.keys()],
      ['ticket.created', 'ticket.assigned', 'ticket.status_changed', 'ticket.comment_added']
    )

    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()
    const delivered = await deliveriesOf('core:notifications')
    assert.deepEqual(
      delivered.map((delivery) => [delivery.event, delivery.status]),
      [['ticket.created', 'ok']],
      'always enabled: no installation row needed'
    )
  }).timeout(30_000)

  test('a built-in is neither listed nor switchable in Admin → Plugins', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const list = await client.get('/admin/plugins').loginAs(desk.admin).withInertia()
    const ids = (list.inertiaProps.plugins as { id: string }[]).map((plugin) => plugin.id)
    assert.include(ids, 'fixture-events')
    assert.notInclude(ids, 'notifications')
    assert.isNull(PluginCatalog.find('notifications'))

    const page = await client.get('/admin/plugins/notifications').loginAs(desk.admin)
    page.assertStatus(404)
    const off = await client
      .put('/admin/plugins/notifications/state')
      .loginAs(desk.admin)
      .form({ enabled: false })
      .withCsrfToken()
      .redirects(0)
    off.assertStatus(404)
  })
})
