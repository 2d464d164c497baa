import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import EventDelivery from '#models/event_delivery'
import OutboxEvent from '#models/outbox_event'
import Ticket from '#models/ticket'
import Outbox from '#platform/outbox'
import OutboxRelay from '#platform/outbox_relay'
import { deliveryJobId } from '#platform/delivery_jobs'
import { userSnapshot } from '#platform/snapshots'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { queue } from '#services/queue/queue_registry'
import { outbox, QUEUES } from '#config/queue'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, drainEvents, enablePlugin } from '#tests/support/plugins'

const effects = () => db.from('fixture_events_effects').orderBy('id')

/** Jobs of the events queue that have not run yet. */
async function queuedJobs() {
  const counts = await queue(QUEUES.events).getJobCounts('waiting', 'delayed', 'prioritized')
  return Object.values(counts).reduce((sum, n) => sum + n, 0)
}

/** As if the deliveries had been written long enough ago for the sweep to look at them. */
function pastGrace() {
  return EventDelivery.query().update({ created_at: new Date(Date.now() - 60_000) })
}

test.group('Outbox: deliveries written with the change', (group) => {
  isolate(group)

  test('the deliveries exist inside the change transaction and roll back with it', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await Outbox.settle()
    const before = await queuedJobs()

    const trx = await db.transaction()
    await TicketWorkflow.update(
      ticket,
      { assigneeId: desk.agent.id },
      { ...systemContext, actor: desk.admin },
      trx
    )
    const inside = await trx
      .from('event_deliveries')
      .join('outbox_events', 'outbox_events.id', 'event_deliveries.outbox_event_id')
      .where('outbox_events.organization_id', desk.organization.id)
      .whereIn('outbox_events.name', ['ticket.assigned', 'ticket.status_changed'])
      .whereNotNull('outbox_events.published_at')
      .orderBy('event_deliveries.id')
      .select('outbox_events.name', 'event_deliveries.subscriber', 'event_deliveries.status')
    assert.deepEqual(
      inside.map((row) => `${row.name} ${row.subscriber} ${row.status}`),
      [
        'ticket.assigned core:notifications pending',
        'ticket.assigned core:reports pending',
        'ticket.status_changed core:notifications pending',
        'ticket.status_changed core:reports pending',
      ]
    )
    await trx.rollback()
    await Outbox.settle()

    const events = await OutboxEvent.query().where('organization_id', desk.organization.id)
    assert.deepEqual(
      events.map((event) => event.name),
      ['ticket.created']
    )
    assert.lengthOf(await deliveriesOf('core:notifications'), 1, 'the creation only')
    const unassigned = await Ticket.findOrFail(ticket.id)
    assert.isNull(unassigned.assigneeId)
    assert.equal(await queuedJobs(), before, 'nothing was queued for the rolled-back change')
  })

  test('an event nobody subscribes to is written alone, already published', async ({ assert }) => {
    const desk = await helpdesk()
    await Outbox.emit(desk.organization.id, 'user.signed_in', {
      user: userSnapshot(desk.agent),
      via: 'password',
      channel: 'web',
    })
    const event = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'user.signed_in')
      .firstOrFail()
    assert.isNotNull(event.publishedAt)
    assert.lengthOf(await EventDelivery.query().where('outbox_event_id', event.id), 0)
  })
})

test.group('Outbox: the sweep', (group) => {
  isolate(group)

  test('a delivery whose job never reached Redis is queued by the sweep, once', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 0 })
    const ticket = await openTicket(desk.customer, desk.it.id)
    await Outbox.settle()
    // The web died between its commit and Redis: the jobs are not there.
    await redis.flushdb()
    await pastGrace()

    assert.deepEqual(await OutboxRelay.sweep(), { published: 0, queued: 3 })
    assert.deepEqual(
      await OutboxRelay.sweep(),
      { published: 0, queued: 0 },
      'jobs BullMQ holds are not added again'
    )
    await drainEvents()

    const rows = await effects()
    assert.lengthOf(rows, 1)
    assert.equal(Number(rows[0].ticket_id), ticket.id)
    const delivered = await EventDelivery.query().orderBy('id')
    assert.deepEqual(
      delivered.map((delivery) => [delivery.subscriber, delivery.status, delivery.attempts]),
      [
        ['core:notifications', 'ok', 1],
        ['core:reports', 'ok', 1],
        ['plugin:fixture-events', 'ok', 1],
      ]
    )
  }).timeout(30_000)

  test('the jobs the web queued after commit are the ones the sweep would queue', async ({
    assert,
    cleanup,
  }) => {
    const graceMs = outbox.graceMs
    outbox.graceMs = 0
    cleanup(() => {
      outbox.graceMs = graceMs
    })
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 0 })
    await openTicket(desk.customer, desk.it.id)
    await Outbox.settle()
    assert.equal(await queuedJobs(), 3)

    assert.deepEqual(await OutboxRelay.sweep(), { published: 0, queued: 0 })
    assert.equal(await queuedJobs(), 3)
    await redis.flushdb()
    assert.deepEqual(await OutboxRelay.sweep(), { published: 0, queued: 3 }, 'they were due')
  })

  test('the sweep leaves deliveries within their grace time, and those that already ran', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id)
    await Outbox.settle()
    await redis.flushdb()
    assert.deepEqual(await OutboxRelay.sweep(), { published: 0, queued: 0 }, 'just written')

    // One that ran and waits for a retry by hand (under another job id) is not queued again.
    await pastGrace()
    // (The report figures' delivery of the same event ran too.)
    const [delivery] = await deliveriesOf('core:notifications')
    await EventDelivery.query().where('id', delivery.id).update({ attempts: 2 })
    await EventDelivery.query().where('subscriber', 'core:reports').update({ attempts: 2 })
    assert.deepEqual(await OutboxRelay.sweep(), { published: 0, queued: 0 })
    assert.notExists(await queue(QUEUES.events).getJob(deliveryJobId(delivery)))
  })

  test('events written by the previous version, without deliveries, still get them', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 0 })
    await openTicket(desk.customer, desk.it.id)
    await Outbox.settle()
    await redis.flushdb()
    await EventDelivery.query().delete()
    await OutboxEvent.query().update({
      published_at: null,
      created_at: new Date(Date.now() - 60_000),
    })

    assert.deepEqual(await OutboxRelay.sweep(), { published: 1, queued: 0 })
    await drainEvents()
    assert.lengthOf(await effects(), 1)
    const delivered = await EventDelivery.query().orderBy('id')
    assert.deepEqual(
      delivered.map((row) => row.status),
      ['ok', 'ok', 'ok']
    )
  }).timeout(30_000)
})
