import { test } from '@japa/runner'
import { simulate } from '../clock/simulation.js'
import {
  ALWAYS_UTC,
  BERLIN_OFFICE,
  at,
  type Case,
  day,
  type Event,
  input,
  policy,
  t,
} from './simulation_helpers.js'

/**
 * What the ticket's history does to the clocks: pauses, reopens and notes.
 * All on a 24/7 UTC calendar, so the arithmetic is plain
 * minutes; every case is worked out by hand in its comment.
 */

const standard = policy({ first_response_minutes: 60, resolution_minutes: 240 })

/** Created 10:00; the agent answers at 10:30 and waits on the customer 11:00–13:00. */
const pausedTicket = (events: Event[], now: string) =>
  input({
    calendar: ALWAYS_UTC,
    policies: [standard],
    createdAt: day('10:00'),
    events: [
      at('10:30', 'agent_replied'),
      at('11:00', 'status_changed', 'waiting_on_customer'),
      ...events,
    ],
    now: day(now),
  })

const cases: Case[] = [
  {
    // Running 10–11 (60) and 13–14 (60): 120 taken. The 2-hour pause moves
    // the resolution due from 14:00 to 16:00. First response was met at
    // 10:30, before the pause: it keeps its 11:00 due time.
    title: 'a pause (waiting on customer) and its end extend the due time',
    input: pausedTicket(
      [at('13:00', 'customer_replied'), at('13:00', 'status_changed', 'open')],
      '14:00'
    ),
    expected: {
      policy: 'Standard',
      escalation_at: day('16:00'),
      first_response: t(day('11:00'), day('10:30'), 30, 30),
      next_response: null,
      resolution: t(day('16:00'), null, 120, 120),
    },
  },
  {
    // Still waiting at 12:00: 60 taken, 180 left, projected as if the clock
    // resumed now → 15:00. Waiting is not resolved, so it still escalates.
    title: 'while paused, the due time is projected as if the clock resumed now',
    input: pausedTicket([], '12:00'),
    expected: {
      policy: 'Standard',
      escalation_at: day('15:00'),
      first_response: t(day('11:00'), day('10:30'), 30, 30),
      next_response: null,
      resolution: t(day('15:00'), null, 60, 180),
    },
  },
  {
    // Half an hour later, still waiting: the projection moves with now.
    title: 'the projected due time moves on while the pause lasts',
    input: pausedTicket([], '12:30'),
    expected: {
      policy: 'Standard',
      escalation_at: day('15:30'),
      first_response: t(day('11:00'), day('10:30'), 30, 30),
      next_response: null,
      resolution: t(day('15:30'), null, 60, 180),
    },
  },
  {
    // Resolved at 11:00 after 60 minutes: met, due 14:00 as it stood then,
    // 180 early. Resolved: no escalation.
    title: 'resolved: the resolution target is met and nothing escalates',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [standard],
      createdAt: day('10:00'),
      events: [at('10:20', 'agent_replied'), at('11:00', 'status_changed', 'resolved')],
      now: day('11:30'),
    }),
    expected: {
      policy: 'Standard',
      escalation_at: null,
      first_response: t(day('11:00'), day('10:20'), 20, 40),
      next_response: null,
      resolution: t(day('14:00'), day('11:00'), 60, 180),
    },
  },
  {
    // Resolved 11:00, reopened by the customer at 12:00 (a next-response
    // cycle opens: due 12:30), resolved again 13:30. Resolution stays met at
    // the first resolve. At 13:00 the ticket is open again: the next
    // response (unmet, 60 taken, 30 late) escalates at 12:30.
    title: 'reopened: the first resolve stays met and the other clocks run again',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [
        policy({
          first_response_minutes: 60,
          next_response_minutes: 30,
          next_response_mode: 'after_customer',
          resolution_minutes: 240,
        }),
      ],
      createdAt: day('10:00'),
      events: [
        at('10:20', 'agent_replied'),
        at('11:00', 'status_changed', 'resolved'),
        at('12:00', 'customer_replied'),
        at('12:00', 'status_changed', 'open'),
        at('13:30', 'status_changed', 'resolved'),
      ],
      now: day('13:00'),
    }),
    expected: {
      policy: 'Standard',
      escalation_at: day('12:30'),
      first_response: t(day('11:00'), day('10:20'), 20, 40),
      next_response: t(day('12:30'), null, 60, -30),
      resolution: t(day('14:00'), day('11:00'), 60, 180),
    },
  },
  {
    // The same timeline at 14:00, after the second resolve (13:30): the
    // resolution is still the first one; the next response, unmet, is
    // projected: 90 min ran (12:00–13:30), so it was due 12:30 all the same.
    title: 'resolved again: the resolution keeps the first resolve',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [
        policy({
          first_response_minutes: 60,
          next_response_minutes: 30,
          next_response_mode: 'after_customer',
          resolution_minutes: 240,
        }),
      ],
      createdAt: day('10:00'),
      events: [
        at('10:20', 'agent_replied'),
        at('11:00', 'status_changed', 'resolved'),
        at('12:00', 'customer_replied'),
        at('12:00', 'status_changed', 'open'),
        at('13:30', 'status_changed', 'resolved'),
      ],
      now: day('14:00'),
    }),
    expected: {
      policy: 'Standard',
      escalation_at: null,
      first_response: t(day('11:00'), day('10:20'), 20, 40),
      next_response: t(day('12:30'), null, 90, -60),
      resolution: t(day('14:00'), day('11:00'), 60, 180),
    },
  },
  {
    // An internal note at 10:10 is not a reply: at 10:30 first response is
    // still running (30 taken, 30 left).
    title: 'an internal note does not meet the first response',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [policy({ first_response_minutes: 60 })],
      createdAt: day('10:00'),
      events: [at('10:10', 'internal_note')],
      now: day('10:30'),
    }),
    expected: {
      policy: 'Standard',
      escalation_at: day('11:00'),
      first_response: t(day('11:00'), null, 30, 30),
      next_response: null,
      resolution: null,
    },
  },
  {
    // Note 10:10, public reply 10:40: met by the reply, 40 taken.
    title: 'the first public agent reply meets it',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [policy({ first_response_minutes: 60 })],
      createdAt: day('10:00'),
      events: [at('10:10', 'internal_note'), at('10:40', 'agent_replied')],
    }),
    expected: {
      policy: 'Standard',
      escalation_at: null,
      first_response: t(day('11:00'), day('10:40'), 40, 20),
      next_response: null,
      resolution: null,
    },
  },
  {
    // First response 90; the agent answers during a pause (waiting
    // 11:00–13:00, reply at 12:00): the clock stopped at 11:00, so 60 taken.
    // Its due time is the one it had at 12:00 — the pause projected to end
    // then, 30 left → 12:30 — and the rest of the pause does not move it.
    title: 'a reply during a pause counts the running time only',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [policy({ first_response_minutes: 90 })],
      createdAt: day('10:00'),
      events: [
        at('11:00', 'status_changed', 'waiting_on_customer'),
        at('12:00', 'agent_replied'),
        at('13:00', 'status_changed', 'open'),
      ],
      now: day('14:00'),
    }),
    expected: {
      policy: 'Standard',
      escalation_at: null,
      first_response: t(day('12:30'), day('12:00'), 60, 30),
      next_response: null,
      resolution: null,
    },
  },
  {
    // Created waiting on the customer at 10:00, opened at 11:00: the clock
    // starts then; first response 60 → 12:00, 30 taken at 11:30.
    title: 'a ticket created in a pausing status starts its clock when it leaves it',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [policy({ first_response_minutes: 60 })],
      createdAt: day('10:00'),
      status: 'waiting_on_customer',
      events: [at('11:00', 'status_changed', 'open')],
      now: day('11:30'),
    }),
    expected: {
      policy: 'Standard',
      escalation_at: day('12:00'),
      first_response: t(day('12:00'), null, 30, 30),
      next_response: null,
      resolution: null,
    },
  },
  {
    // Office hours Berlin. Created Fri 2025-01-10 15:00 CET (14:00Z), waiting
    // Fri 16:00 – Mon 10:00 CET. First response 180: Fri 15–16 (60), then Mon
    // 10:00 + 120 → 12:00 CET = 11:00Z. The pause removed only business hours
    // (Fri 16–17, Mon 09–10): without it the due would be Mon 10:00 CET.
    title: 'a pause over a weekend only removes the business hours it covers',
    input: input({
      calendar: BERLIN_OFFICE,
      policies: [policy({ first_response_minutes: 180 })],
      createdAt: '2025-01-10T14:00:00Z',
      events: [
        { at: '2025-01-10T15:00:00Z', type: 'status_changed', to: 'waiting_on_customer' },
        { at: '2025-01-13T09:00:00Z', type: 'status_changed', to: 'in_progress' },
      ],
      now: '2025-01-13T10:00:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-01-13T11:00:00Z',
      first_response: t('2025-01-13T11:00:00Z', null, 120, 60),
      next_response: null,
      resolution: null,
    },
  },
]

test.group('SLA clock: the ticket timeline', () => {
  test('{title}')
    .with(cases)
    .run(({ assert }, { input: given, expected }) => {
      assert.deepEqual(simulate(given), expected)
    })
})
