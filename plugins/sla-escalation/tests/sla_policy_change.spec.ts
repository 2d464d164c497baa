import { test } from '@japa/runner'
import { simulate } from '../clock/simulation.js'
import {
  ALWAYS_UTC,
  at,
  type Case,
  day,
  input,
  NO_POLICY,
  policy,
  t,
} from './simulation_helpers.js'

/**
 * The policy is chosen from the ticket's fields at the evaluated instant; a
 * change re-evaluates the whole timeline under the new policy, every clock
 * still counting from creation. 24/7 UTC; worked out by hand in comments.
 */

/** "Urgent" for high and critical, "Normal" for medium; low has no SLA. */
const tiered = [
  policy({
    name: 'Urgent',
    conditions: { priority: ['high', 'critical'] },
    first_response_minutes: 30,
    resolution_minutes: 120,
  }),
  policy({
    name: 'Normal',
    conditions: { priority: ['medium'] },
    first_response_minutes: 240,
    resolution_minutes: 960,
  }),
]

const escalated = (now: string) =>
  input({
    calendar: ALWAYS_UTC,
    policies: tiered,
    createdAt: day('10:00'),
    events: [
      at('10:15', 'agent_replied'),
      at('10:20', 'priority_changed', 'high'),
      at('10:50', 'priority_changed', 'low'),
    ],
    now: day(now),
  })

const policyCases: Case[] = [
  {
    // Still medium at 10:10 (the 10:15 reply has not happened yet): Normal.
    // First response due 10:00 + 240 = 14:00, resolution 10:00 + 960 = 02:00
    // the next day; 10 taken of each.
    title: 'the policy matching the ticket applies',
    input: escalated('10:10'),
    expected: {
      policy: 'Normal',
      escalation_at: day('14:00'),
      first_response: t(day('14:00'), null, 10, 230),
      next_response: null,
      resolution: t('2025-01-07T02:00:00Z', null, 10, 950),
    },
  },
  {
    // Raised to high at 10:20: the whole timeline is re-evaluated under
    // Urgent from creation. First response: met 10:15, due 10:30, 15 early.
    // Resolution: due 12:00; at 10:40, 40 taken, 80 left.
    title: 'a priority change switches the policy; targets count from creation',
    input: escalated('10:40'),
    expected: {
      policy: 'Urgent',
      escalation_at: day('12:00'),
      first_response: t(day('10:30'), day('10:15'), 15, 15),
      next_response: null,
      resolution: t(day('12:00'), null, 40, 80),
    },
  },
  {
    // Lowered to low at 10:50: no policy matches, no clocks at all.
    title: 'a priority change that matches no policy drops every clock',
    input: escalated('11:00'),
    expected: NO_POLICY,
  },
  {
    // Moved from IT to Sales at 10:30: the Sales policy (first response 120)
    // applies from creation: due 12:00; 45 taken at 10:45.
    title: 'a group change switches the policy too',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [
        policy({ name: 'Sales', conditions: { group: ['Sales'] }, first_response_minutes: 120 }),
        policy({ first_response_minutes: 60 }),
      ],
      createdAt: day('10:00'),
      events: [at('10:30', 'group_changed', 'Sales')],
      now: day('10:45'),
    }),
    expected: {
      policy: 'Sales',
      escalation_at: day('12:00'),
      first_response: t(day('12:00'), null, 45, 75),
      next_response: null,
      resolution: null,
    },
  },
]

test.group('SLA clock: policy changes', () => {
  test('{title}')
    .with(policyCases)
    .run(({ assert }, { input: given, expected }) => {
      assert.deepEqual(simulate(given), expected)
    })
})
