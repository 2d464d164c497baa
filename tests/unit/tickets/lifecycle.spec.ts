import { test } from '@japa/runner'
import {
  allowedTransitions,
  assertTransition,
  IllegalTransition,
  reopenedStatus,
} from '#services/tickets/ticket_lifecycle'
import { STATUSES } from '#models/ticket'

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
})
