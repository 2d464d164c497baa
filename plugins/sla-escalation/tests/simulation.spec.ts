import { test } from '@japa/runner'
import { simulate } from '../clock/simulation.js'
import {
  type Case,
  input,
  ISSUE_EXAMPLE,
  NO_POLICY,
  NOT_STARTED,
  policy,
  t,
} from './simulation_helpers.js'

/**
 * The simulator's JSON contract (issue 10, point 4): the issue's own
 * example, and the output's shape and defaults. Bad input: simulation_errors.spec.ts.
 */

/** The example's targets for every ticket. */
const everyTicket = {
  ...ISSUE_EXAMPLE,
  policies: [{ ...ISSUE_EXAMPLE.policies[0], conditions: {} }],
}

const exampleCases: Case[] = [
  {
    // The example's ticket is medium, its policy for high: no clocks.
    title: 'the issue example as written: a medium ticket, a policy for high ones',
    input: ISSUE_EXAMPLE,
    expected: NO_POLICY,
  },
  {
    // Thu 2013-03-21 10:30 CET (09:30Z), within hours; now defaults to
    // created_at. First response +60 → 11:30 CET = 10:30Z; update time +180
    // from creation → 13:30 CET = 12:30Z; resolution +240 → 14:30 CET = 13:30Z.
    title: 'the issue example for every ticket: the due times at creation',
    input: everyTicket,
    expected: {
      policy: 'High priority',
      escalation_at: '2013-03-21T10:30:00Z',
      first_response: t('2013-03-21T10:30:00Z', null, 0, 60),
      next_response: t('2013-03-21T12:30:00Z', null, 0, 180),
      resolution: t('2013-03-21T13:30:00Z', null, 0, 240),
    },
  },
  {
    // An agent reply at 11:00 CET (10:00Z): first response met after 30;
    // the update cycle restarts there → 14:00 CET = 13:00Z. now defaults to
    // that reply: resolution has run 30.
    title: 'the issue example for every ticket: after the first reply',
    input: { ...everyTicket, events: [{ at: '2013-03-21T10:00:00Z', type: 'agent_replied' }] },
    expected: {
      policy: 'High priority',
      escalation_at: '2013-03-21T13:00:00Z',
      first_response: t('2013-03-21T10:30:00Z', '2013-03-21T10:00:00Z', 30, 30),
      next_response: t('2013-03-21T13:00:00Z', null, 0, 180),
      resolution: t('2013-03-21T13:30:00Z', null, 30, 210),
    },
  },
  {
    // Created Mon 2015-09-21 16:00 CEST (14:00Z); Tue 22nd is the holiday.
    // First response: Mon 16–17 → 15:00Z. Update time 180: Mon 60 + Wed
    // 09–11 → 11:00 CEST = 09:00Z. Resolution 240: Mon 60 + Wed 09–12 →
    // 10:00Z. At Wed 09:30 CEST: 60 + 30 = 90 taken.
    title: 'the issue example across its holiday',
    input: {
      ...everyTicket,
      ticket: { ...ISSUE_EXAMPLE.ticket, created_at: '2015-09-21T14:00:00Z' },
      now: '2015-09-23T07:30:00Z',
    },
    expected: {
      policy: 'High priority',
      escalation_at: '2015-09-21T15:00:00Z',
      first_response: t('2015-09-21T15:00:00Z', null, 90, -30),
      next_response: t('2015-09-23T09:00:00Z', null, 90, 90),
      resolution: t('2015-09-23T10:00:00Z', null, 90, 150),
    },
  },
]

const afterCustomer = [policy({ next_response_minutes: 60, next_response_mode: 'after_customer' })]

test.group('Simulation: the issue example', () => {
  test('{title}')
    .with(exampleCases)
    .run(({ assert }, { input: given, expected }) => {
      assert.deepEqual(simulate(given), expected)
    })
})

test.group('Simulation: output and defaults', () => {
  test('the output has exactly the contract keys, in order', ({ assert }) => {
    const output = simulate(everyTicket)
    assert.deepEqual(Object.keys(output), [
      'policy',
      'escalation_at',
      'first_response',
      'next_response',
      'resolution',
    ])
    assert.deepEqual(Object.keys(output.first_response!), [
      'due_at',
      'met_at',
      'business_minutes',
      'diff_minutes',
    ])
  })

  test('times come out in UTC without milliseconds, unless the input had some', ({ assert }) => {
    const withOffset = simulate(
      input({
        policies: [policy({ first_response_minutes: 60 })],
        createdAt: '2025-01-06T12:00:00+02:00',
      })
    )
    assert.equal(withOffset.first_response!.due_at, '2025-01-06T11:00:00Z')
    const withMillis = simulate(
      input({
        policies: [policy({ first_response_minutes: 60 })],
        createdAt: '2025-01-06T10:00:00.250Z',
      })
    )
    assert.equal(withMillis.first_response!.due_at, '2025-01-06T11:00:00.250Z')
  })

  test('without a calendar every minute counts (24/7 in UTC)', ({ assert }) => {
    const output = simulate(
      input({ policies: [policy({ resolution_minutes: 2880 })], createdAt: '2025-01-04T10:00:00Z' })
    )
    assert.equal(output.resolution!.due_at, '2025-01-06T10:00:00Z')
  })

  test('now defaults to the latest event, whatever the order they come in', ({ assert }) => {
    const output = simulate(
      input({
        policies: [policy({ resolution_minutes: 240 })],
        createdAt: '2025-01-06T10:00:00Z',
        events: [
          { at: '2025-01-06T11:30:00Z', type: 'internal_note' },
          { at: '2025-01-06T10:30:00Z', type: 'agent_replied' },
        ],
      })
    )
    assert.equal(output.resolution!.business_minutes, 90)
  })

  test('events after now have not happened yet', ({ assert }) => {
    const output = simulate(
      input({
        policies: [policy({ first_response_minutes: 60 })],
        createdAt: '2025-01-06T10:00:00Z',
        events: [{ at: '2025-01-06T10:30:00Z', type: 'agent_replied' }],
        now: '2025-01-06T10:20:00Z',
      })
    )
    assert.deepEqual(output.first_response, t('2025-01-06T11:00:00Z', null, 20, 40))
  })

  test('events at the same instant keep their given order', ({ assert }) => {
    const run = (events: object[]) =>
      simulate({ ...input({ policies: afterCustomer, createdAt: '2025-01-06T10:00:00Z' }), events })
        .next_response
    const agent = (time: string) => ({ at: `2025-01-06T${time}:00Z`, type: 'agent_replied' })
    const customer = { at: '2025-01-06T11:00:00Z', type: 'customer_replied' }
    // Customer then agent at 11:00: the cycle opens and is met at once.
    assert.deepEqual(
      run([customer, agent('10:00'), agent('11:00')]),
      t('2025-01-06T12:00:00Z', '2025-01-06T11:00:00Z', 0, 60)
    )
    // Agent then customer at 11:00: the cycle is open.
    assert.deepEqual(
      run([agent('11:00'), agent('10:00'), customer]),
      t('2025-01-06T12:00:00Z', null, 0, 60)
    )
  })

  test('a calendar that never opens has no due times and no escalation', ({ assert }) => {
    const closed = { timezone: 'UTC', hours: {} }
    const output = simulate(
      input({
        calendar: closed,
        policies: [policy({ first_response_minutes: 60 })],
        createdAt: '2025-01-06T10:00:00Z',
      })
    )
    assert.equal(output.escalation_at, null)
    assert.deepEqual(output.first_response, t(null, null, 0, 60))
  })

  test('a set next response target without a cycle yet reports nulls', ({ assert }) => {
    const output = simulate(input({ policies: afterCustomer, createdAt: '2025-01-06T10:00:00Z' }))
    assert.deepEqual(output.next_response, NOT_STARTED)
  })
})
