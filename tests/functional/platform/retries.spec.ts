import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import PluginInstallation from '#models/plugin_installation'
import { queue } from '#services/queue/queue_registry'
import { QUEUES } from '#config/queue'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, drainEvents, enablePlugin } from '#tests/support/plugins'
import { deadDelivery } from '#tests/support/plugin_admin'

const runs = () => db.from('fixture_retries_runs').orderBy('id')

test.group('Retry control: what a handler may ask for', (group) => {
  isolate(group)

  test('retryLater(ms) runs the delivery again after the delay, without using an attempt', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-retries', { plan: 'retry-later', delayMs: 700 })
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()

    const [delivery] = await deliveriesOf('plugin:fixture-retries')
    assert.equal(delivery.status, 'ok')
    assert.equal(delivery.attempts, 1, 'the postponed run is not counted')
    assert.isNull(delivery.lastError)
    const seen = await runs()
    assert.deepEqual(
      seen.map((run) => run.attempt),
      [1, 1],
      'the handler saw attempt 1 both times'
    )
    const waited = new Date(seen[1].ran_at).getTime() - new Date(seen[0].ran_at).getTime()
    assert.isAtLeast(waited, 700)
  }).timeout(30_000)

  test('while it waits, the delivery is pending with the reason, and the job is delayed', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-retries', {
      plan: 'retry-later',
      delayMs: 60_000,
    })
    await openTicket(desk.customer, desk.it.id)
    await assert.rejects(() => drainEvents(3000), /events still pending/)

    const [delivery] = await deliveriesOf('plugin:fixture-retries')
    assert.equal(delivery.status, 'pending')
    assert.equal(delivery.attempts, 0)
    assert.equal(delivery.lastError, 'rate limited: retry in 60000 ms')
    const counts = await queue(QUEUES.events).getJobCounts('delayed', 'failed')
    assert.deepEqual(counts, { delayed: 1, failed: 0 })
  }).timeout(30_000)

  test('failPermanently(reason) dead-letters the delivery after one attempt, with the reason shown in Admin → Plugins', async ({
    assert,
    client,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-retries', {
      plan: 'fail-permanently',
      delayMs: 0,
    })
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()

    const [delivery] = await deliveriesOf('plugin:fixture-retries')
    assert.equal(delivery.status, 'dead')
    assert.equal(delivery.attempts, 1, 'registered with 3 attempts, stopped after 1')
    assert.equal(delivery.lastError, 'the token was revoked')
    assert.lengthOf(await runs(), 1)
    const installation = await PluginInstallation.findByOrFail('plugin_id', 'fixture-retries')
    assert.equal(installation.lastError, 'the token was revoked')
    const page = await client
      .get('/admin/plugins/fixture-retries')
      .loginAs(desk.admin)
      .withInertia()
    assert.deepInclude(page.inertiaProps.deadDeliveries[0], {
      id: Number(delivery.id),
      attempts: 1,
      lastError: 'the token was revoked',
    })
  }).timeout(30_000)
})

test.group('Retry control: the dead letters', (group) => {
  isolate(group)

  test("after an admin's Retry the handler is told it is not the first try", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-retries', {
      plan: 'fail-permanently',
      delayMs: 0,
    })
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()
    const [dead] = await deliveriesOf('plugin:fixture-retries')
    assert.equal(dead.status, 'dead')

    await client
      .post(`/admin/plugins/fixture-retries/deliveries/${dead.id}/retry`)
      .loginAs(desk.admin)
      .withCsrfToken()
      .redirects(0)
    await drainEvents()

    // A handler that looks for its own earlier post before posting again
    // (the Slack plugin does) must know an earlier run may have reached it.
    const seen = await runs()
    assert.deepEqual(
      seen.map((run) => run.attempt),
      [1, 2]
    )
    await dead.refresh()
    assert.equal(dead.attempts, 2)
  }).timeout(30_000)

  test('two admins clicking Retry at once queue the delivery once', async ({ client, assert }) => {
    const desk = await helpdesk()
    const dead = await deadDelivery(desk)
    const before = await queue(QUEUES.events).getJobCounts('waiting', 'delayed')
    const path = `/admin/plugins/fixture-events/deliveries/${dead.id}/retry`
    const click = () =>
      client
        .post(path)
        .loginAs(desk.admin)
        .header('X-Inertia-Error-Bag', `retry-${dead.id}`)
        .withCsrfToken()
        .redirects(0)
    const answers = await Promise.all([click(), click()])

    const queued = answers.filter((answer) => answer.flashMessage('success') !== undefined)
    assert.lengthOf(queued, 1, 'one click queued it')
    const refused = answers.find((answer) => answer !== queued[0])!
    refused.assertFieldError('delivery', 'Only a failed delivery can be retried.')
    const after = await queue(QUEUES.events).getJobCounts('waiting', 'delayed')
    assert.equal(after.waiting + after.delayed - (before.waiting + before.delayed), 1, 'one job')
    const audits = await AuditLog.query().where('action', 'plugin.delivery_retried')
    assert.lengthOf(audits, 1)
    await dead.refresh()
    assert.equal(dead.status, 'pending')
  }).timeout(60_000)
})
