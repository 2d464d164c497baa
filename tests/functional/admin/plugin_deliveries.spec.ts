import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { deliveriesOf, drainEvents } from '#tests/support/plugins'
import { deadDelivery } from '#tests/support/plugin_admin'

const PAGE = '/admin/plugins/fixture-events'

test.group('Admin: plugin deliveries', (group) => {
  isolate(group)

  test('a dead delivery is listed with its error, and the plugin shows its last error and counts', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const dead = await deadDelivery(desk)
    const page = await client.get(PAGE).loginAs(desk.admin).withInertia()
    const { plugin, deadDeliveries } = page.inertiaProps as Record<string, any>
    assert.lengthOf(deadDeliveries, 1)
    assert.deepInclude(deadDeliveries[0], {
      id: Number(dead.id),
      event: 'ticket.created',
      status: 'dead',
      attempts: 3,
      lastError: 'planned failure on attempt 3',
    })
    assert.deepEqual(plugin.deliveries, { ok: 0, retried: 0, dead: 1 })
    assert.deepInclude(plugin.lastError, {
      message: 'planned failure on attempt 3',
      hook: 'ticket.created',
    })
    assert.isString(plugin.lastError.at)

    const list = await client.get('/admin/plugins').loginAs(desk.admin).withInertia()
    const row = list.inertiaProps.plugins.find((p: { id: string }) => p.id === 'fixture-events')
    assert.deepEqual(row.deliveries, { ok: 0, retried: 0, dead: 1 })
    assert.equal(row.lastError.hook, 'ticket.created')
  }).timeout(60_000)

  test('fixing the settings and retrying from the page delivers the event', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const dead = await deadDelivery(desk)
    const fixed = await client
      .put(`${PAGE}/settings`)
      .loginAs(desk.admin)
      .form({ failAttempts: '0', label: 'home' })
      .withCsrfToken()
      .redirects(0)
    fixed.assertToast('success')

    const retried = await client
      .post(`${PAGE}/deliveries/${dead.id}/retry`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
    retried.assertHeader('location', PAGE)
    retried.assertToast('success', 'Delivery queued for another try.')
    await drainEvents()
    await dead.refresh()
    assert.equal(dead.status, 'ok')

    const page = await client.get(PAGE).loginAs(desk.admin).withInertia()
    assert.deepEqual(page.inertiaProps.deadDeliveries, [])
    assert.deepEqual(page.inertiaProps.plugin.deliveries, { ok: 1, retried: 1, dead: 0 })
    const audit = await AuditLog.findByOrFail('action', 'plugin.delivery_retried')
    assert.equal(audit.actorId, desk.admin.id)
    assert.equal(audit.entityId, String(dead.id))

    const again = await client
      .post(`${PAGE}/deliveries/${dead.id}/retry`)
      .loginAs(desk.admin)
      .header('X-Inertia-Error-Bag', `retry-${dead.id}`)
      .withCsrfToken()
      .redirects(0)
    again.assertFieldError('delivery', 'Only a failed delivery can be retried.')
  }).timeout(60_000)

  test("another organization's admin never sees nor retries this organization's deliveries", async ({
    client,
    assert,
  }) => {
    const home = await helpdesk()
    const other = await helpdesk()
    const dead = await deadDelivery(home)

    const list = await client.get('/admin/plugins').loginAs(other.admin).withInertia()
    const row = list.inertiaProps.plugins.find((p: { id: string }) => p.id === 'fixture-events')
    assert.deepInclude(row, {
      status: 'disabled',
      enabled: false,
      lastError: null,
      deliveries: { ok: 0, retried: 0, dead: 0 },
    })
    const page = await client.get(PAGE).loginAs(other.admin).withInertia()
    assert.deepEqual(page.inertiaProps.deadDeliveries, [])
    const fields = page.inertiaProps.plugin.fields as Record<string, unknown>[]
    assert.isNull(fields.find((field) => field.name === 'label')!.value)
    assert.isFalse(fields.find((field) => field.name === 'apiToken')!.isSet)
    assert.notInclude(JSON.stringify(page.inertiaProps), 'home-label')

    const retry = await client
      .post(`${PAGE}/deliveries/${dead.id}/retry`)
      .loginAs(other.admin)
      .withCsrfToken()
      .redirects(0)
    retry.assertStatus(404)
    await dead.refresh()
    assert.equal(dead.status, 'dead')
  }).timeout(60_000)

  test("a delivery of another subscriber cannot be retried through a plugin's page", async ({
    client,
  }) => {
    const desk = await helpdesk()
    const dead = await deadDelivery(desk)
    const [notification] = await deliveriesOf('core:notifications').where(
      'organization_id',
      desk.organization.id
    )
    for (const path of [
      `/admin/plugins/fixture-events/deliveries/${notification.id}/retry`,
      `/admin/plugins/fixture-filters/deliveries/${dead.id}/retry`,
      `/admin/plugins/no-such-plugin/deliveries/${dead.id}/retry`,
    ]) {
      const response = await client.post(path).loginAs(desk.admin).withCsrfToken().redirects(0)
      response.assertStatus(404)
    }
  }).timeout(60_000)
})
