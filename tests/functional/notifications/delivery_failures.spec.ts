import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import getPort from 'get-port'
import EventDelivery from '#models/event_delivery'
import OutboxEvent from '#models/outbox_event'
import SetupService from '#services/setup_service'
import Installations from '#platform/installations'
import OutboxRelay from '#platform/outbox_relay'
import { startEventWorker } from '#platform/event_worker'
import { deliveries } from '#config/queue'
import {
  mailbox,
  mailCatcherRunning,
  startMailCatcher,
  stopMailCatcher,
} from '#tests/support/mailbox'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'
import { logsOf, summary } from '#tests/support/notifications'
import { eventually, startWorkerProcess } from '#tests/support/worker_process'

/** The notifications delivery of the ticket's creation. */
async function creationDelivery(ticketId: number) {
  const event = await OutboxEvent.query()
    .where('name', 'ticket.created')
    .whereRaw(`(payload->'ticket'->>'id')::int = ?`, [ticketId])
    .firstOrFail()
  return EventDelivery.query()
    .where({ outbox_event_id: event.id, subscriber: 'core:notifications' })
    .firstOrFail()
}

/**
 * A real outage outlasts the suite's 100 ms retry backoff: a slower one
 * gives the test time to see the failure and bring SMTP back before the
 * retry is due, so attempts are counted exactly.
 */
function slowRetries(cleanup: (fn: () => void) => void, ms = 1500) {
  const previous = deliveries.backoffMs
  deliveries.backoffMs = ms
  cleanup(() => {
    deliveries.backoffMs = previous
  })
}

test.group('Notifications: when SMTP fails', (group) => {
  isolate(group)
  group.each.teardown(async () => {
    if (!mailCatcherRunning()) {
      await startMailCatcher()
    }
  })

  test('the SMTP server down: logged "failed" with the error, retried, sent once it is back', async ({
    assert,
    cleanup,
  }) => {
    const desk = await helpdesk()
    slowRetries(cleanup)
    await stopMailCatcher()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Outage' })
    for (const { id } of await db.from('outbox_events').whereNull('published_at').select('id')) {
      await OutboxRelay.publish(Number(id))
    }

    const worker = startEventWorker(1)
    const failed = await eventually(
      () => logsOf(ticket.id).where('status', 'failed').first(),
      10_000,
      'a failed send'
    )
    await worker.close()
    assert.equal(failed.recipient, desk.customer.email)
    assert.equal(failed.kind, 'ticket_created_receipt')
    assert.include(failed.error, 'ECONNREFUSED')
    const waiting = await creationDelivery(ticket.id)
    assert.equal(waiting.status, 'pending', 'the delivery waits for its retry')
    assert.equal(waiting.attempts, 1)
    assert.include(waiting.lastError, 'ECONNREFUSED')

    await startMailCatcher()
    await drainEvents()
    const mails = await mailbox.all()
    assert.deepEqual(
      summary(mails),
      [
        `${desk.agent.email}: [${ticket.reference}] Outage`,
        `${desk.customer.email}: [${ticket.reference}] Outage`,
      ].sort()
    )
    const done = await creationDelivery(ticket.id)
    assert.equal(done.status, 'ok')
    assert.equal(done.attempts, 2)
    const logs = await logsOf(ticket.id)
    assert.deepEqual(
      logs.map((log) => `${log.status} ${log.kind} ${log.recipient}`),
      [
        `failed ticket_created_receipt ${desk.customer.email}`,
        `sent ticket_created_receipt ${desk.customer.email}`,
        `sent ticket_created_group ${desk.agent.email}`,
      ]
    )
    const receipt = mails.find((mail) => mail.envelope.to.includes(desk.customer.email))!
    assert.equal(logs[1].messageId, receipt.messageId)
  }).timeout(60_000)

  test('a recipient refused for now (450) is retried alone: nobody already served gets it twice', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await mailbox.refuse(desk.agent.email, 1)
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Greylisted' })
    await drainEvents()

    const mails = await mailbox.all()
    assert.deepEqual(
      summary(mails),
      [
        `${desk.agent.email}: [${ticket.reference}] Greylisted`,
        `${desk.customer.email}: [${ticket.reference}] Greylisted`,
      ].sort(),
      'each recipient exactly once'
    )
    const logs = await logsOf(ticket.id)
    assert.deepEqual(
      logs.map((log) => `${log.status} ${log.kind} ${log.recipient}`),
      [
        `sent ticket_created_receipt ${desk.customer.email}`,
        `failed ticket_created_group ${desk.agent.email}`,
        `sent ticket_created_group ${desk.agent.email}`,
      ]
    )
    assert.include(logs[1].error, '450')
    assert.include(logs[1].error, 'Greylisted')
    const delivery = await creationDelivery(ticket.id)
    assert.equal(delivery.status, 'ok')
    assert.equal(delivery.attempts, 2)
  }).timeout(30_000)
})

/**
 * The worker as deployed: `node ace queue:work` in a process of its own.
 * It cannot see a test's uncommitted transaction, so this group commits
 * its data and deletes the organization (and with it everything it
 * owns) afterwards.
 */
test.group('Notifications: the worker process', (group) => {
  group.each.setup(async () => {
    await redis.flushdb()
    await mailbox.clear()
    Installations.forget()
    SetupService.resetCache()
  })

  test('a worker pointed at a closed SMTP port logs the failure; the next worker sends the retry', async ({
    assert,
    cleanup,
  }) => {
    const desk = await helpdesk()
    cleanup(async () => {
      await db.from('organizations').where('id', desk.organization.id).delete()
      SetupService.resetCache()
    })
    slowRetries(cleanup, 3000)
    const closedPort = await getPort()
    const misconfigured = await startWorkerProcess({ SMTP_PORT: String(closedPort) })
    cleanup(async () => {
      await misconfigured.stop()
    })

    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Worker' })
    const failed = await eventually(
      () => logsOf(ticket.id).where('status', 'failed').first(),
      20_000,
      'a failed send in the worker process'
    )
    await misconfigured.stop()
    assert.include(failed.error, 'ECONNREFUSED')
    assert.include(failed.error, String(closedPort))

    const worker = await startWorkerProcess()
    cleanup(async () => {
      await worker.stop()
    })
    const done = await eventually(
      async () => {
        const delivery = await creationDelivery(ticket.id)
        return delivery.status === 'ok' ? delivery : null
      },
      20_000,
      'the retried delivery'
    )
    assert.equal(done.attempts, 2)
    const mails = await eventually(
      async () => {
        const all = await mailbox.all()
        return all.length >= 2 ? all : null
      },
      5000,
      'two mails'
    )
    assert.deepEqual(
      summary(mails),
      [
        `${desk.agent.email}: [${ticket.reference}] Worker`,
        `${desk.customer.email}: [${ticket.reference}] Worker`,
      ].sort()
    )
    const receipt = mails.find((mail) => mail.envelope.to.includes(desk.customer.email))!
    assert.include(receipt.text, `/portal/tickets/${ticket.id}`, 'links work in the worker too')
  }).timeout(90_000)
})
