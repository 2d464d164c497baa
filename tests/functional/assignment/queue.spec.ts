import { test } from '@japa/runner'
import User from '#models/user'
import Ticket from '#models/ticket'
import TicketHistory from '#models/ticket_history'
import AutoAssigner from '#services/assignment/auto_assigner'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import GroupDeletion from '#services/group_deletion'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { agentsIn, setAvailable, setAway, setMode } from '#tests/support/assignment'

/** The tickets in the order automatic assignment (or anyone) gave them an assignee. */
async function assignedInOrder(ticketIds: number[]) {
  const entries = await TicketHistory.query()
    .whereIn('ticket_id', ticketIds)
    .where('field', 'assignee')
    .whereNotNull('new_value')
    .orderBy('id')
  return entries.map((entry) => entry.ticketId)
}

/**
 * Every way a ticket becomes an open, unassigned ticket of an
 * auto-assigning group puts it in the group's queue: the backlog when the
 * mode is switched on, a move into the group, an unassignment by hand.
 */
test.group('Automatic assignment: joining the queue', (group) => {
  isolate(group)

  test('switching a mode on queues the open unassigned backlog, oldest first; off empties it', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])
    const first = await openTicket(desk.customer, desk.it.id, { title: 'First' })
    const second = await openTicket(desk.customer, desk.it.id, { title: 'Second' })
    const held = await openTicket(desk.customer, desk.it.id, { title: 'Held' })
    await TicketWorkflow.assign(held, kim.id, systemContext)
    const done = await openTicket(desk.customer, desk.it.id, { title: 'Done' })
    await TicketWorkflow.changeStatus(done, 'resolved', systemContext)
    const elsewhere = await openTicket(desk.customer, desk.facilities.id)
    await setAway(desk.agent)
    await setAway(kim)

    await setMode(desk.it, 'round_robin')
    const later = await openTicket(desk.customer, desk.it.id, { title: 'Later' })
    assert.isNull(later.assigneeId)
    for (const ticket of [first, second]) {
      await ticket.refresh()
      assert.isNull(ticket.assigneeId)
      assert.equal(ticket.assignmentQueuedAt?.toMillis(), ticket.createdAt.toMillis())
    }
    for (const ticket of [done, elsewhere]) {
      await ticket.refresh()
      assert.isNull(ticket.assignmentQueuedAt)
    }

    await setAvailable(desk.agent)
    await setAvailable(kim)
    assert.equal(await AutoAssigner.drainAll(), 3)
    assert.deepEqual(await assignedInOrder([first.id, second.id, later.id]), [
      first.id,
      second.id,
      later.id,
    ])
    await done.refresh()
    assert.isNull(done.assigneeId)

    // Off: what still waits leaves the queue, and the sweep no longer visits the group.
    await setAway(desk.agent)
    await setAway(kim)
    const waiting = await openTicket(desk.customer, desk.it.id)
    assert.isNotNull(waiting.assignmentQueuedAt)
    await setMode(desk.it, 'off')
    await waiting.refresh()
    assert.isNull(waiting.assignmentQueuedAt)
    await setAvailable(desk.agent)
    assert.equal(await AutoAssigner.drainAll(), 0)
  })

  test('a ticket moved into an auto-assigning group is queued and assigned; moved out, it leaves the queue', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await setMode(desk.it, 'least_active')
    const ticket = await openTicket(desk.customer, desk.facilities.id)
    assert.isNull(ticket.assignmentQueuedAt)

    await TicketWorkflow.update(ticket, { groupId: desk.it.id }, systemContext)
    assert.isNull(ticket.assigneeId)
    assert.isNotNull(ticket.assignmentQueuedAt)
    assert.equal(await AutoAssigner.drainAll(), 1)
    await ticket.refresh()
    assert.equal(ticket.assigneeId, desk.agent.id)
    assert.isNull(ticket.assignmentQueuedAt)

    // Back to a group without automatic assignment: the agent is no member there.
    await setAway(desk.agent)
    const waiting = await openTicket(desk.customer, desk.it.id)
    assert.isNotNull(waiting.assignmentQueuedAt)
    await TicketWorkflow.update(waiting, { groupId: desk.facilities.id }, systemContext)
    assert.isNull(waiting.assignmentQueuedAt)
    await setAvailable(desk.agent)
    assert.equal(await AutoAssigner.drainAll(), 0)
    await waiting.refresh()
    assert.isNull(waiting.assigneeId)
  })

  test('a moved ticket that loses its assignee is queued in its new group', async ({ assert }) => {
    const desk = await helpdesk()
    const [kim] = await agentsIn(desk.organization, desk.facilities, ['Kim'])
    await setMode(desk.facilities, 'round_robin')
    const ticket = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.assign(ticket, desk.agent.id, systemContext)

    await TicketWorkflow.update(ticket, { groupId: desk.facilities.id }, systemContext)
    assert.isNull(ticket.assigneeId)
    assert.isNotNull(ticket.assignmentQueuedAt)
    assert.equal(await AutoAssigner.drainAll(), 1)
    await ticket.refresh()
    assert.equal(ticket.assigneeId, kim.id)
  })

  test("a deleted group's open tickets moved into an auto-assigning group wait in its queue", async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await setMode(desk.it, 'round_robin')
    const moved = await openTicket(desk.customer, desk.facilities.id)

    await GroupDeletion.delete(
      desk.facilities,
      { moveOpenTicketsTo: desk.it.id },
      { ...systemContext, actor: desk.admin }
    )
    await moved.refresh()
    assert.equal(moved.groupId, desk.it.id)
    assert.isNotNull(moved.assignmentQueuedAt)
    assert.equal(await AutoAssigner.drainAll(), 1)
    await moved.refresh()
    assert.equal(moved.assigneeId, desk.agent.id)
  })

  test('a ticket unassigned by hand goes back to the queue; a resolved one does not', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])
    await setMode(desk.it, 'round_robin')
    const ticket = await openTicket(desk.customer, desk.it.id)
    assert.equal(ticket.assigneeId, desk.agent.id)

    await TicketWorkflow.assign(ticket, null, { ...systemContext, actor: desk.agent })
    assert.equal(ticket.status, 'open')
    assert.isNotNull(ticket.assignmentQueuedAt)
    assert.equal(await AutoAssigner.drainAll(), 1)
    await ticket.refresh()
    assert.equal(ticket.assigneeId, kim.id)
    assert.equal(ticket.status, 'assigned')

    await TicketWorkflow.changeStatus(ticket, 'resolved', systemContext)
    await TicketWorkflow.assign(ticket, null, systemContext)
    const resolved = await Ticket.findOrFail(ticket.id)
    assert.isNull(resolved.assignmentQueuedAt)
    assert.equal(await AutoAssigner.drainAll(), 0)
  })

  test('PUT /api/v1/admin/tickets/:id/assign with null queues the ticket again', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await setMode(desk.it, 'least_active')
    const ticket = await openTicket(desk.customer, desk.it.id)
    assert.equal(ticket.assigneeId, desk.agent.id)
    const token = await User.accessTokens.create(desk.admin)

    const response = await client
      .put(`/api/v1/admin/tickets/${ticket.id}/assign`)
      .bearerToken(token.value!.release())
      .json({ assigned_to: null })
    response.assertStatus(200)
    await ticket.refresh()
    assert.isNull(ticket.assigneeId)
    assert.isNotNull(ticket.assignmentQueuedAt)
    assert.equal(await AutoAssigner.drainAll(), 1)
  })
})
