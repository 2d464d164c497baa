import { test } from '@japa/runner'
import type { Job } from 'bullmq'
import EventDelivery from '#models/event_delivery'
import OutboxEvent from '#models/outbox_event'
import { processDelivery } from '#platform/event_worker'
import Outbox from '#platform/outbox'
import { mailbox } from '#tests/support/mailbox'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { logsOf, summary } from '#tests/support/notifications'
import { countQueries } from '#tests/support/queries'

/**
 * Two mails: the delivery's status updates, the first of which reads it
 * too (2), seven reads (event, ticket, requester, group, its agents,
 * organization, the mailbox answers go to), the steps it did before (1),
 * then a step and a log row per mail (2 × 2, one commit each, after the
 * mail went out). 17 before the mail left the transaction, the recipients'
 * users and organization were no longer read again per mail and the run
 * was started in one statement; 14 since the e-mail channel's Reply-To.
 */
const STATEMENT_BUDGET = 14

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

/** What processDelivery reads of a BullMQ job, for its first run. */
function firstRun(deliveryId: number) {
  return {
    data: { deliveryId },
    attemptsStarted: 1,
    attemptsMade: 0,
    opts: { attempts: 5 },
  } as unknown as Job<{ deliveryId: number }>
}

test.group('Notifications: the statements of one delivery', (group) => {
  isolate(group)
  group.each.setup(() => mailbox.clear())

  /**
   * A regression guard, counted rather than timed: the creation of a ticket
   * mails the requester and the group's agent, each with its step and its
   * log row. A new query per mail shows up here first.
   */
  test('the creation e-mails of one ticket: statements counted', async ({ assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Counted' })
    const delivery = await creationDelivery(ticket.id)
    // What the creation's commit still does in the background is not the delivery's.
    await Outbox.settle()

    const { result, count, sql } = await countQueries(() => processDelivery(firstRun(delivery.id)))

    assert.equal(result, 'ok')
    assert.deepEqual(
      summary(await mailbox.all()),
      [
        `${desk.agent.email}: [${ticket.reference}] Counted`,
        `${desk.customer.email}: [${ticket.reference}] Counted`,
      ].sort()
    )
    assert.isAtMost(count, STATEMENT_BUDGET, sql.join('\n'))
  })

  test('a delivery run again after it sent everything sends nothing and logs nothing', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Twice' })
    const delivery = await creationDelivery(ticket.id)
    await processDelivery(firstRun(delivery.id))
    await mailbox.clear()
    await EventDelivery.query().where('id', delivery.id).update({ status: 'pending' })

    assert.equal(await processDelivery(firstRun(delivery.id)), 'ok')

    assert.lengthOf(await mailbox.all(), 0)
    const logs = await logsOf(ticket.id)
    assert.deepEqual(
      logs.map((log) => `${log.status} ${log.recipient}`).sort(),
      [`sent ${desk.agent.email}`, `sent ${desk.customer.email}`].sort()
    )
  })
})
