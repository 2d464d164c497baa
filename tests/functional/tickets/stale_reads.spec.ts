import { test } from '@japa/runner'
import OutboxEvent from '#models/outbox_event'
import Ticket from '#models/ticket'
import TicketHistory from '#models/ticket_history'
import TicketQuery from '#services/tickets/ticket_query'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import { systemContext } from '#services/request_context'
import { countQueries } from '#tests/support/queries'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

/**
 * A request reads its ticket once (the policy checks that read) and
 * writes it guarded by the row version it read. These are the cases where
 * the row changed in between: the outcome must be the one the current row
 * gives, as when every change read the row again under a lock.
 */
test.group('Tickets: a change to a ticket that changed since it was read', (group) => {
  isolate(group)

  test('read once and written under the version read: no second read, no lock', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const opened = await openTicket(desk.customer, desk.it.id)
    const read = await TicketQuery.find(desk.admin, opened.id)
    const { sql } = await countQueries(() =>
      TicketWorkflow.changeStatus(read!, 'resolved', { ...systemContext, actor: desk.admin })
    )
    assert.notExists(
      sql.find((statement) => /^select .* from "tickets"/.test(statement)),
      sql.join('\n')
    )
    assert.equal(read!.status, 'resolved')
  })

  test('an edit in between is kept, and the event describes the current ticket', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const opened = await openTicket(desk.customer, desk.it.id, { title: 'Old title' })
    const asAdmin = { ...systemContext, actor: desk.admin }
    const stale = await TicketQuery.find(desk.admin, opened.id)
    const meanwhile = await TicketQuery.find(desk.admin, opened.id)
    await TicketWorkflow.update(meanwhile!, { title: 'New title' }, asAdmin)

    await TicketWorkflow.changeStatus(stale!, 'resolved', asAdmin)

    const ticket = await Ticket.findOrFail(opened.id)
    assert.equal(ticket.title, 'New title')
    assert.equal(ticket.status, 'resolved')
    assert.equal(stale!.title, 'New title', "the caller's instance is the current row")
    const event = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'ticket.status_changed')
      .firstOrFail()
    const payload = event.payload as { ticket: { title: string } }
    assert.equal(payload.ticket.title, 'New title')
  })

  test('a move the read row refuses but the current row allows is made', async ({ assert }) => {
    const desk = await helpdesk()
    const opened = await openTicket(desk.customer, desk.it.id)
    const asAdmin = { ...systemContext, actor: desk.admin }
    const stale = await TicketQuery.find(desk.admin, opened.id)
    const meanwhile = await TicketQuery.find(desk.admin, opened.id)
    await TicketWorkflow.assign(meanwhile!, desk.agent.id, asAdmin)

    // Read while unassigned, "in progress" would be refused; assigned since, it is allowed.
    await TicketWorkflow.changeStatus(stale!, 'in_progress', asAdmin)

    const ticket = await Ticket.findOrFail(opened.id)
    assert.equal(ticket.status, 'in_progress')
    assert.equal(ticket.assigneeId, desk.agent.id)
    const history = await TicketHistory.query()
      .where('ticket_id', opened.id)
      .where('field', 'status')
      .orderBy('id')
    assert.deepEqual(
      history.map((entry) => `${entry.oldValue} → ${entry.newValue}`),
      ['open → assigned', 'assigned → in_progress']
    )
  })

  test('a reply to a ticket closed in between is refused', async ({ assert }) => {
    const desk = await helpdesk()
    const opened = await openTicket(desk.customer, desk.it.id)
    const stale = await TicketQuery.find(desk.customer, opened.id)
    const meanwhile = await TicketQuery.find(desk.admin, opened.id)
    await TicketWorkflow.changeStatus(meanwhile!, 'closed', { ...systemContext, actor: desk.admin })

    await assert.rejects(
      () =>
        TicketConversation.add(
          stale!,
          desk.customer,
          { body: 'Still there?', internal: false },
          [],
          { ...systemContext, actor: desk.customer }
        ),
      /closed and takes no more replies/
    )
    const ticket = await Ticket.findOrFail(opened.id)
    assert.equal(ticket.status, 'closed')
  })
})
