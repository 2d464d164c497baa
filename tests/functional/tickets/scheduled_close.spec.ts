import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Ticket from '#models/ticket'
import ScheduleRunner from '#services/queue/schedule_runner'
import CloseResolvedTickets from '#jobs/close_resolved_tickets'
import { QUEUES } from '#config/queue'
import { closeQueues, queue } from '#services/queue/queue_registry'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

test.group('Scheduled auto-close', (group) => {
  isolate(group)

  test('the worker registers the schedule once and its job closes stale resolved tickets', async ({
    assert,
    cleanup,
  }) => {
    const desk = await helpdesk()
    const stale = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.changeStatus(stale, 'resolved', { ...systemContext, actor: desk.admin })
    await Ticket.query()
      .where('id', stale.id)
      .update({ resolvedAt: DateTime.now().minus({ days: 30 }).toSQL() })

    const first = new ScheduleRunner([CloseResolvedTickets])
    const second = new ScheduleRunner([CloseResolvedTickets])
    await first.start()
    await second.start()
    cleanup(async () => {
      await first.stop()
      await second.stop()
      await closeQueues()
    })

    const schedulers = await queue(QUEUES.schedules).getJobSchedulers()
    assert.deepEqual(
      schedulers.map((entry) => entry.key ?? entry.name),
      ['tickets.close_resolved']
    )

    for (let tries = 0; tries < 100 && stale.status !== 'closed'; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 100))
      await stale.refresh()
    }
    assert.equal(stale.status, 'closed')
  }).timeout(30_000)
})
