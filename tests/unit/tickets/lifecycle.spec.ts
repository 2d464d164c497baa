import { test } from '@japa/runner'
import {
  allowedTransitions,
  assertTransition,
  IllegalTransition,
  type LifecycleFields,
  reopenedStatus,
  transition,
} from '#services/tickets/ticket_lifecycle'
import { STATUSES } from '#models/ticket'
import { DateTime } from 'luxon'

test.group('Ticket lifecycle', () => {
  test('the happy path open → assigned → in progress → resolved → closed is allowed', ({
    assert,
  }) => {
    assert.doesNotThrow(() => assertTransition('open', 'assigned', true))
    assert.doesNotThrow(() => assertTransition('assigned', 'in_progress', true))
    assert.doesNotThrow(() => assertTransition('in_progress', 'resolved', true))
    assert.doesNotThrow(() => assertTransition('resolved', 'closed', true))
  })

  test('closed is final: nothing leaves it', ({ assert }) => {
    assert.deepEqual([...allowedTransitions('closed')], [])
    for (const to of STATUSES.filter((status) => status !== 'closed')) {
      assert.throws(() => assertTransition('closed', to, true), /closed and cannot change/)
    }
  })

  test('closed → in progress is refused with a clear error', ({ assert }) => {
    try {
      assertTransition('closed', 'in_progress', true)
      assert.fail('expected an IllegalTransition')
    } catch (error) {
      assert.instanceOf(error, IllegalTransition)
      assert.equal((error as IllegalTransition).from, 'closed')
      assert.equal((error as IllegalTransition).to, 'in_progress')
    }
  })

  test('assigned and in progress need an assignee; open means nobody has it', ({ assert }) => {
    assert.throws(
      () => assertTransition('open', 'assigned', false),
      'Assign the ticket to an agent first.'
    )
    assert.throws(
      () => assertTransition('open', 'in_progress', false),
      'Assign the ticket to an agent first.'
    )
    assert.throws(() => assertTransition('in_progress', 'open', true), /unassign it/)
    assert.doesNotThrow(() => assertTransition('in_progress', 'open', false))
  })

  test('waiting on customer and reopen are edges of the machine', ({ assert }) => {
    assert.doesNotThrow(() => assertTransition('in_progress', 'waiting_on_customer', true))
    assert.doesNotThrow(() => assertTransition('waiting_on_customer', 'in_progress', true))
    assert.doesNotThrow(() => assertTransition('resolved', 'open', false))
    assert.equal(reopenedStatus(true), 'assigned')
    assert.equal(reopenedStatus(false), 'open')
  })

  test('transition stamps resolution and closing, clears a resolution on reopening, and says what changed', ({
    assert,
  }) => {
    const monday = DateTime.fromISO('2026-06-01T09:00:00Z')
    const friday = DateTime.fromISO('2026-06-05T17:00:00Z')
    const ticket: LifecycleFields = {
      status: 'in_progress',
      assigneeId: 7,
      resolvedAt: null,
      closedAt: null,
    }

    assert.deepEqual(transition(ticket, 'resolved', monday), [
      { field: 'status', from: 'in_progress', to: 'resolved' },
    ])
    assert.equal(ticket.status, 'resolved')
    assert.equal(ticket.resolvedAt?.toISO(), monday.toISO())

    assert.deepEqual(transition(ticket, 'assigned', friday), [
      { field: 'status', from: 'resolved', to: 'assigned' },
    ])
    assert.isNull(ticket.resolvedAt)
    assert.deepEqual(transition(ticket, 'assigned', friday), [], 'staying put is no change')

    transition(ticket, 'closed', friday)
    assert.equal(ticket.closedAt?.toISO(), friday.toISO())
    assert.equal(
      ticket.resolvedAt?.toISO(),
      friday.toISO(),
      'closed straight away counts as resolved'
    )

    assert.throws(() => transition(ticket, 'open', friday), /closed and cannot change/)
    assert.equal(ticket.status, 'closed', 'a refused move changes nothing')

    const unassigned: LifecycleFields = {
      status: 'open',
      assigneeId: null,
      resolvedAt: null,
      closedAt: null,
    }
    assert.throws(
      () => transition(unassigned, 'in_progress'),
      'Assign the ticket to an agent first.'
    )
    assert.equal(unassigned.status, 'open')
  })
})
