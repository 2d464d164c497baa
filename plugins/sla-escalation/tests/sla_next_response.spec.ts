import { test } from '@japa/runner'
import { simulate } from '../clock/simulation.js'
import {
  ALWAYS_UTC,
  at,
  day,
  type Event,
  input,
  NOT_STARTED,
  policy,
  t,
} from './simulation_helpers.js'

/**
 * Next response over several cycles, in both modes: one timeline each,
 * looked at at successive instants. 24/7 UTC, next response target 60;
 * worked out by hand in the comments.
 */

type Row = { title: string; now: string; expected: ReturnType<typeof t> }

function evaluate(mode: 'after_customer' | 'between_updates', events: Event[], now: string) {
  return simulate(
    input({
      calendar: ALWAYS_UTC,
      policies: [policy({ next_response_minutes: 60, next_response_mode: mode })],
      createdAt: day('09:00'),
      events,
      now: day(now),
    })
  )
}

/**
 * after_customer: the customer's 09:05 message comes before any agent
 * reply (first response's business, no cycle). Cycle 1 opens at the
 * customer's 10:00 message (the 10:20 one does not restart it) and is met
 * by the agent at 10:50. Cycle 2 opens 11:00, a note at 11:30 changes
 * nothing, the agent meets it late at 12:45.
 */
const conversation: Event[] = [
  at('09:05', 'customer_replied'),
  at('09:30', 'agent_replied'),
  at('10:00', 'customer_replied'),
  at('10:20', 'customer_replied'),
  at('10:50', 'agent_replied'),
  at('11:00', 'customer_replied'),
  at('11:30', 'internal_note'),
  at('12:45', 'agent_replied'),
]

const afterCustomer: Row[] = [
  { title: 'no cycle before the first agent reply', now: '09:20', expected: NOT_STARTED },
  { title: 'still none right after it', now: '09:45', expected: NOT_STARTED },
  // Cycle 1 from 10:00, due 11:00; 30 run at 10:30.
  {
    title: 'cycle 1 opens at the customer message',
    now: '10:30',
    expected: t(day('11:00'), null, 30, 30),
  },
  // Met at 10:50: 50 taken, 10 early; still reported after it.
  {
    title: 'cycle 1 is met by the agent reply (and reported until the next opens)',
    now: '10:55',
    expected: t(day('11:00'), day('10:50'), 50, 10),
  },
  // Cycle 2 from 11:00, due 12:00; at 12:30, 90 run: 30 late.
  { title: 'cycle 2 runs late', now: '12:30', expected: t(day('12:00'), null, 90, -30) },
  // Met at 12:45: 105 taken, 45 late.
  { title: 'cycle 2 met late', now: '13:00', expected: t(day('12:00'), day('12:45'), 105, -45) },
]

/**
 * between_updates: a cycle from creation, then from every public message of
 * either side: agent 09:40, customer 10:30, a note 11:10 (no effect),
 * agent 12:00, then waiting on the customer from 12:00 to 13:00.
 */
const updates: Event[] = [
  at('09:40', 'agent_replied'),
  at('10:30', 'customer_replied'),
  at('11:10', 'internal_note'),
  at('12:00', 'agent_replied'),
  at('12:00', 'status_changed', 'waiting_on_customer'),
  at('13:00', 'status_changed', 'open'),
]

const betweenUpdates: Row[] = [
  {
    title: 'the first cycle starts at creation',
    now: '09:30',
    expected: t(day('10:00'), null, 30, 30),
  },
  {
    title: 'an agent reply starts a new cycle',
    now: '10:00',
    expected: t(day('10:40'), null, 20, 40),
  },
  { title: 'so does a customer message', now: '11:00', expected: t(day('11:30'), null, 30, 30) },
  {
    title: 'a note does not; the cycle runs late',
    now: '11:45',
    expected: t(day('11:30'), null, 75, -15),
  },
  // Cycle from 12:00, paused at once until 13:00; at 12:30 projected: 12:30 + 60.
  {
    title: 'a pause right after a reply projects the due time',
    now: '12:30',
    expected: t(day('13:30'), null, 0, 60),
  },
  // Running again from 13:00: due 14:00; 30 run at 13:30.
  {
    title: 'and the pause extends it once over',
    now: '13:30',
    expected: t(day('14:00'), null, 30, 30),
  },
]

test.group('SLA clock: next response, after_customer', () => {
  test('{title}')
    .with(afterCustomer)
    .run(({ assert }, row) => {
      assert.deepEqual(
        evaluate('after_customer', conversation, row.now).next_response,
        row.expected
      )
    })

  test('an open cycle sets the escalation time; a met one does not', ({ assert }) => {
    assert.equal(evaluate('after_customer', conversation, '10:30').escalation_at, day('11:00'))
    assert.isNull(evaluate('after_customer', conversation, '10:55').escalation_at)
  })
})

test.group('SLA clock: next response, between_updates', () => {
  test('{title}')
    .with(betweenUpdates)
    .run(({ assert }, row) => {
      assert.deepEqual(evaluate('between_updates', updates, row.now).next_response, row.expected)
    })

  test('there is always a cycle running, so it always escalates', ({ assert }) => {
    assert.equal(evaluate('between_updates', updates, '13:30').escalation_at, day('14:00'))
  })
})
