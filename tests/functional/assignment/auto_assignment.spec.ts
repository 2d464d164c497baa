import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Ticket from '#models/ticket'
import User from '#models/user'
import AutoAssigner from '#services/assignment/auto_assigner'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import Translator from '#i18n/translator'
import { restoreMessage } from '#i18n/stored_message'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import {
  agentsIn,
  assigneeEntries,
  inDays,
  setAvailable,
  setAway,
  setMode,
} from '#tests/support/assignment'

const english = (entry: { reason: string | null; reasonParams: any }) =>
  Translator.english.t(restoreMessage(entry.reason!, entry.reasonParams))

test.group('Automatic assignment', (group) => {
  isolate(group)

  test('least active: the available agent with the fewest open tickets, with the reason', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await desk.it.merge({ name: 'IT support' }).save()
    const [kim, lee] = await agentsIn(desk.organization, desk.it, ['Kim', 'Lee'])
    await setMode(desk.it, 'least_active')
    // The factory agent holds one open ticket, Lee none but Kim is away.
    await setMode(desk.it, 'off')
    const held = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.assign(held, desk.agent.id, systemContext)
    await setMode(desk.it, 'least_active')
    await setAway(kim)

    const ticket = await openTicket(desk.customer, desk.it.id)

    assert.equal(ticket.assigneeId, lee.id)
    assert.equal(ticket.status, 'assigned')
    assert.isNull(ticket.assignmentQueuedAt)
    const [entry] = await assigneeEntries(ticket.id)
    assert.isNull(entry.actorId)
    assert.equal(entry.newValue, 'Lee')
    assert.equal(
      english(entry),
      'least active: 0 open tickets, fewest in IT support; Kim skipped: away'
    )
    assert.equal(
      Translator.for('de').t(restoreMessage(entry.reason!, entry.reasonParams)),
      'am wenigsten ausgelastet: 0 offene Tickets, die wenigsten in IT support; Kim übersprungen: abwesend'
    )
  })

  test('least active breaks ties by who waited longest since their last assignment', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim, lee] = await agentsIn(desk.organization, desk.it, ['Kim', 'Lee'])
    await User.query().where('id', desk.agent.id).update({ isActive: false })
    await User.query()
      .where('id', kim.id)
      .update({ lastAssignedAt: DateTime.now().minus({ hours: 1 }) })
    await User.query()
      .where('id', lee.id)
      .update({ lastAssignedAt: DateTime.now().minus({ hours: 2 }) })
    await setMode(desk.it, 'least_active')

    const first = await openTicket(desk.customer, desk.it.id)
    assert.equal(first.assigneeId, lee.id)
    const [entry] = await assigneeEntries(first.id)
    assert.include(english(entry), 'skipped: deactivated')
  })

  test('the least-active tie-break counts an assignment by hand as much as an automatic one', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim, lee] = await agentsIn(desk.organization, desk.it, ['Kim', 'Lee'])
    await User.query().where('id', desk.agent.id).update({ isActive: false })
    await User.query()
      .where('id', kim.id)
      .update({ lastAssignedAt: DateTime.now().minus({ hours: 2 }) })
    await User.query()
      .where('id', lee.id)
      .update({ lastAssignedAt: DateTime.now().minus({ hours: 1 }) })
    // Kim is given a ticket by hand, which she resolves: the open counts stay even.
    const byHand = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.assign(byHand, kim.id, { ...systemContext, actor: desk.admin })
    await TicketWorkflow.changeStatus(byHand, 'resolved', systemContext)
    await setMode(desk.it, 'least_active')

    const next = await openTicket(desk.customer, desk.it.id)
    assert.equal(next.assigneeId, lee.id)
  })

  test('round robin goes round the members in turn and passes over the away', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim, lee] = await agentsIn(desk.organization, desk.it, ['Kim', 'Lee'])
    await setMode(desk.it, 'round_robin')
    const order: number[] = []
    const assignee = async () => {
      const ticket = await openTicket(desk.customer, desk.it.id)
      return ticket.assigneeId
    }
    for (let i = 0; i < 6; i++) {
      order.push((await assignee())!)
    }
    assert.deepEqual(order, [desk.agent.id, kim.id, lee.id, desk.agent.id, kim.id, lee.id])

    await setAway(kim)
    const next = [await assignee(), await assignee()]
    assert.deepEqual(next, [desk.agent.id, lee.id])
    const last = await Ticket.query()
      .where('assignee_id', lee.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    const [entry] = await assigneeEntries(last.id)
    assert.equal(english(entry), 'round robin: next in turn in IT; Kim skipped: away')
  })

  test('nobody available: the ticket waits, and is assigned oldest first when an agent comes back', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await setMode(desk.it, 'least_active')
    await setAway(desk.agent)

    const older = await openTicket(desk.customer, desk.it.id, { title: 'Older' })
    const newer = await openTicket(desk.customer, desk.it.id, { title: 'Newer' })
    assert.isNull(older.assigneeId)
    assert.isNotNull(older.assignmentQueuedAt)
    assert.lengthOf(await assigneeEntries(older.id), 0)
    // The sweep finds nobody either: nothing is lost, nothing is assigned.
    assert.equal(await AutoAssigner.drainAll(), 0)

    await setAvailable(desk.agent)
    assert.deepEqual(await AutoAssigner.assignNext(desk.organization.id, desk.it.id), {
      kind: 'assigned',
      ticketId: older.id,
      agentId: desk.agent.id,
    })
    assert.equal(await AutoAssigner.drainAll(), 1)
    await newer.refresh()
    assert.equal(newer.assigneeId, desk.agent.id)
    assert.equal(await AutoAssigner.drainAll(), 0)
  })

  test('an away with an end ends by itself; an admin sets it for a vacation', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await setMode(desk.it, 'round_robin')
    await setAway(desk.agent, inDays(7))
    const waiting = await openTicket(desk.customer, desk.it.id)
    assert.isNull(waiting.assigneeId)

    await User.query()
      .where('id', desk.agent.id)
      .update({ awayUntil: DateTime.now().minus({ minutes: 1 }) })
    assert.equal(await AutoAssigner.drainAll(), 1)
    await waiting.refresh()
    assert.equal(waiting.assigneeId, desk.agent.id)
  })

  test('the cap counts open tickets across all groups; dropping below it lets the next one through', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await desk.facilities.related('members').attach([desk.agent.id])
    await setMode(desk.it, 'least_active', 2)
    const elsewhere = await openTicket(desk.customer, desk.facilities.id)
    await TicketWorkflow.assign(elsewhere, desk.agent.id, systemContext)

    const first = await openTicket(desk.customer, desk.it.id)
    const second = await openTicket(desk.customer, desk.it.id)
    assert.equal(first.assigneeId, desk.agent.id)
    assert.isNull(second.assigneeId)

    await TicketWorkflow.changeStatus(elsewhere, 'resolved', systemContext)
    assert.equal(await AutoAssigner.drainAll(), 1)
    await second.refresh()
    assert.equal(second.assigneeId, desk.agent.id)
    const [entry] = await assigneeEntries(second.id)
    assert.equal(english(entry), 'least active: 1 open ticket, fewest in IT')
  })

  test('an agent at the cap is named in the reason; members of other groups are never chosen', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])
    const [outsider] = await agentsIn(desk.organization, desk.facilities, ['Outsider'])
    await setMode(desk.it, 'least_active', 1)
    const first = await openTicket(desk.customer, desk.it.id)
    const second = await openTicket(desk.customer, desk.it.id)
    const third = await openTicket(desk.customer, desk.it.id)
    assert.sameMembers([first.assigneeId, second.assigneeId], [desk.agent.id, kim.id])
    assert.isNull(third.assigneeId)
    assert.notEqual(third.assigneeId, outsider.id)
    const [entry] = await assigneeEntries(second.id)
    assert.match(english(entry), /skipped: at the open ticket limit$/)
  })

  test('assigning by hand is always possible, is recorded, and takes the ticket out of the queue', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])
    await setMode(desk.it, 'least_active')
    await setAway(desk.agent)
    await setAway(kim)
    const ticket = await openTicket(desk.customer, desk.it.id)
    assert.isNull(ticket.assigneeId)

    await TicketWorkflow.assign(ticket, kim.id, { ...systemContext, actor: desk.admin })
    assert.isNull(ticket.assignmentQueuedAt)
    await setAvailable(desk.agent)
    assert.equal(await AutoAssigner.drainAll(), 0)

    await TicketWorkflow.assign(ticket, desk.agent.id, { ...systemContext, actor: desk.admin })
    const entries = await assigneeEntries(ticket.id)
    assert.deepEqual(
      entries.map((entry) => [entry.actorId, entry.newValue, entry.reason]),
      [
        [desk.admin.id, 'Kim', null],
        [desk.admin.id, desk.agent.name, null],
      ]
    )
  })

  test('a group set to off assigns nothing and queues nothing', async ({ assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    assert.isNull(ticket.assigneeId)
    assert.isNull(ticket.assignmentQueuedAt)
  })
})
