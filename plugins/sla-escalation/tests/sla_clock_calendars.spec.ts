import { test } from '@japa/runner'
import { simulate } from '../clock/simulation.js'
import {
  ALWAYS_UTC,
  BERLIN_OFFICE,
  BERLIN_SPLIT,
  berlinDaily,
  type Case,
  input,
  policy,
  t,
} from './simulation_helpers.js'

/**
 * Which time counts: every case below is worked out by hand in its comment.
 * Berlin is UTC+1 in winter (CET) and UTC+2 in summer (CEST).
 */
const cases: Case[] = [
  {
    // 24/7: created Mon 10:00, agent 10:45 (45 min: 15 early), customer 11:00
    // opens a next-response cycle due 11:00 + 120 = 13:00; at 12:30 it has run
    // 90 min (30 left). Resolution: due 10:00 + 480 = 18:00, 150 min taken.
    // Escalation: the earlier unmet due, 13:00.
    title: '24/7: due times are plain wall-clock additions',
    input: input({
      calendar: ALWAYS_UTC,
      policies: [
        policy({
          first_response_minutes: 60,
          next_response_minutes: 120,
          next_response_mode: 'after_customer',
          resolution_minutes: 480,
        }),
      ],
      createdAt: '2025-01-06T10:00:00Z',
      events: [
        { at: '2025-01-06T10:45:00Z', type: 'agent_replied' },
        { at: '2025-01-06T11:00:00Z', type: 'customer_replied' },
      ],
      now: '2025-01-06T12:30:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-01-06T13:00:00Z',
      first_response: t('2025-01-06T11:00:00Z', '2025-01-06T10:45:00Z', 45, 15),
      next_response: t('2025-01-06T13:00:00Z', null, 90, 30),
      resolution: t('2025-01-06T18:00:00Z', null, 150, 330),
    },
  },
  {
    // Mon–Fri 09–17 Berlin, created Fri 2025-01-10 16:30 CET (15:30Z).
    // First response 60: Fri 16:30–17:00 (30) + Mon 09:00–09:30 → Mon 09:30 CET
    // = 08:30Z; the agent replies Mon 09:10 CET: 30 + 10 = 40 min, 20 early.
    // Resolution 480: 30 on Fri + 450 on Mon → Mon 16:30 CET = 15:30Z; at
    // Mon 11:00 CET: 30 + 120 = 150 taken, 330 left.
    title: 'office hours: a ticket from Friday 16:30 continues on Monday',
    input: input({
      calendar: BERLIN_OFFICE,
      policies: [policy({ first_response_minutes: 60, resolution_minutes: 480 })],
      createdAt: '2025-01-10T15:30:00Z',
      events: [{ at: '2025-01-13T08:10:00Z', type: 'agent_replied' }],
      now: '2025-01-13T10:00:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-01-13T15:30:00Z',
      first_response: t('2025-01-13T08:30:00Z', '2025-01-13T08:10:00Z', 40, 20),
      next_response: null,
      resolution: t('2025-01-13T15:30:00Z', null, 150, 330),
    },
  },
  {
    // Created Wed 2025-12-24 16:00 CET (15:00Z); the 25th is a yearly holiday,
    // the 26th (Fri) a single one, then the weekend. First response 120:
    // Wed 16–17 (60) + Mon 29th 09:00–10:00 → 10:00 CET = 09:00Z. At Mon
    // 09:30 CET: 60 + 30 = 90 taken, 30 left.
    title: 'holidays (yearly and single) do not count',
    input: input({
      calendar: {
        ...BERLIN_OFFICE,
        holidays: [{ date: '2020-12-25', yearly: true }, '2025-12-26'],
      },
      policies: [policy({ first_response_minutes: 120 })],
      createdAt: '2025-12-24T15:00:00Z',
      now: '2025-12-29T08:30:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-12-29T09:00:00Z',
      first_response: t('2025-12-29T09:00:00Z', null, 90, 30),
      next_response: null,
      resolution: null,
    },
  },
  {
    // Split shift 08–12 / 13–17 Berlin, created Mon 2025-01-13 11:30 CET
    // (10:30Z). First response 60: 11:30–12:00 (30) + 13:00–13:30 → 13:30 CET
    // = 12:30Z; the agent answers at lunch, 12:30 CET: 30 taken, 30 early.
    // Resolution 480: Mon 30 + 240 = 270, Tue 08:00 + 210 → Tue 11:30 CET =
    // 10:30Z. At Mon 12:45 CET (lunch): 30 taken.
    title: 'split shift: the lunch break does not count',
    input: input({
      calendar: BERLIN_SPLIT,
      policies: [policy({ first_response_minutes: 60, resolution_minutes: 480 })],
      createdAt: '2025-01-13T10:30:00Z',
      events: [{ at: '2025-01-13T11:30:00Z', type: 'agent_replied' }],
      now: '2025-01-13T11:45:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-01-14T10:30:00Z',
      first_response: t('2025-01-13T12:30:00Z', '2025-01-13T11:30:00Z', 30, 30),
      next_response: null,
      resolution: t('2025-01-14T10:30:00Z', null, 30, 450),
    },
  },
  {
    // Every day 00–24 Berlin, created Sat 2025-03-29 12:00 CET (11:00Z); Sun
    // 30th has 23 hours. First response 1440: Sat 12 h + Sun 00:00 CET + 12 h
    // of real time = 13:00 CEST = 11:00Z. Resolution 2880: Sat 12 h + Sun 23 h
    // = 35 h, + 13 h of Mon → Mon 13:00 CEST = 11:00Z. At Mon 00:00 CEST
    // (Sun 22:00Z): 35 h = 2100 min taken.
    title: 'DST spring: a 00:00–24:00 Sunday is 23 hours long',
    input: input({
      calendar: berlinDaily(['00:00', '24:00']),
      policies: [policy({ first_response_minutes: 1440, resolution_minutes: 2880 })],
      createdAt: '2025-03-29T11:00:00Z',
      now: '2025-03-30T22:00:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-03-30T11:00:00Z',
      first_response: t('2025-03-30T11:00:00Z', null, 2100, -660),
      next_response: null,
      resolution: t('2025-03-31T11:00:00Z', null, 2100, 780),
    },
  },
  {
    // Every day 09–17 Berlin, created Sat 2025-03-29 16:00 CET (15:00Z).
    // First response 120: Sat 16–17 (60) + Sun 09:00–10:00 CEST = 08:00Z.
    // Resolution 600: 60 + Sun 480 = 540, + Mon 60 → Mon 10:00 CEST = 08:00Z.
    // At Sun 17:00 CEST (15:00Z): 540 taken.
    title: 'DST spring: a 09:00–17:00 Sunday stays 8 hours long',
    input: input({
      calendar: berlinDaily(['09:00', '17:00']),
      policies: [policy({ first_response_minutes: 120, resolution_minutes: 600 })],
      createdAt: '2025-03-29T15:00:00Z',
      now: '2025-03-30T15:00:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-03-30T08:00:00Z',
      first_response: t('2025-03-30T08:00:00Z', null, 540, -420),
      next_response: null,
      resolution: t('2025-03-31T08:00:00Z', null, 540, 60),
    },
  },
  {
    // Every day 00–24 Berlin, created Sat 2025-10-25 12:00 CEST (10:00Z); Sun
    // 26th has 25 hours. First response 1440 → Sun 10:00Z = 11:00 CET (not
    // 12:00). Resolution 2880: Sat 12 h + Sun 25 h = 37 h, + 11 h of Mon →
    // Mon 11:00 CET = 10:00Z. At Mon 00:00 CET (Sun 23:00Z): 37 h = 2220 min.
    title: 'DST autumn: a 00:00–24:00 Sunday is 25 hours long',
    input: input({
      calendar: berlinDaily(['00:00', '24:00']),
      policies: [policy({ first_response_minutes: 1440, resolution_minutes: 2880 })],
      createdAt: '2025-10-25T10:00:00Z',
      now: '2025-10-26T23:00:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-10-26T10:00:00Z',
      first_response: t('2025-10-26T10:00:00Z', null, 2220, -780),
      next_response: null,
      resolution: t('2025-10-27T10:00:00Z', null, 2220, 660),
    },
  },
  {
    // Every day 09–17 Berlin, created Sat 2025-10-25 16:00 CEST (14:00Z).
    // First response 120: Sat 60 + Sun 09:00–10:00 CET = 09:00Z. Resolution
    // 600: 60 + Sun 480 + Mon 60 → Mon 10:00 CET = 09:00Z. At Sun 17:00 CET
    // (16:00Z): 540 taken.
    title: 'DST autumn: a 09:00–17:00 Sunday stays 8 hours long',
    input: input({
      calendar: berlinDaily(['09:00', '17:00']),
      policies: [policy({ first_response_minutes: 120, resolution_minutes: 600 })],
      createdAt: '2025-10-25T14:00:00Z',
      now: '2025-10-26T16:00:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-10-26T09:00:00Z',
      first_response: t('2025-10-26T09:00:00Z', null, 540, -420),
      next_response: null,
      resolution: t('2025-10-27T09:00:00Z', null, 540, 60),
    },
  },
  {
    // Created Sun 2025-01-12 14:00 CET (13:00Z), a closed day: the clock
    // starts Mon 09:00 CET. First response 60 → Mon 10:00 CET = 09:00Z. At
    // Sunday 20:00 CET nothing has been counted yet.
    title: 'created on a closed day (Sunday): nothing counts until Monday',
    input: input({
      calendar: BERLIN_OFFICE,
      policies: [policy({ first_response_minutes: 60 })],
      createdAt: '2025-01-12T13:00:00Z',
      now: '2025-01-12T19:00:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-01-13T09:00:00Z',
      first_response: t('2025-01-13T09:00:00Z', null, 0, 60),
      next_response: null,
      resolution: null,
    },
  },
  {
    // Same ticket, at Mon 09:30 CET (08:30Z): 30 taken, 30 left.
    title: 'created on a closed day (Sunday): Monday morning counts',
    input: input({
      calendar: BERLIN_OFFICE,
      policies: [policy({ first_response_minutes: 60 })],
      createdAt: '2025-01-12T13:00:00Z',
      now: '2025-01-13T08:30:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: '2025-01-13T09:00:00Z',
      first_response: t('2025-01-13T09:00:00Z', null, 30, 30),
      next_response: null,
      resolution: null,
    },
  },
  {
    // Same ticket, answered on Sunday 15:00 CET: met with 0 minutes taken;
    // its due time is the one it had then, Mon 10:00 CET.
    title: 'created on a closed day (Sunday): an answer on Sunday takes 0 minutes',
    input: input({
      calendar: BERLIN_OFFICE,
      policies: [policy({ first_response_minutes: 60 })],
      createdAt: '2025-01-12T13:00:00Z',
      events: [{ at: '2025-01-12T14:00:00Z', type: 'agent_replied' }],
      now: '2025-01-13T12:00:00Z',
    }),
    expected: {
      policy: 'Standard',
      escalation_at: null,
      first_response: t('2025-01-13T09:00:00Z', '2025-01-12T14:00:00Z', 0, 60),
      next_response: null,
      resolution: null,
    },
  },
]

test.group('SLA clock: calendars', () => {
  test('{title}')
    .with(cases)
    .run(({ assert }, { input: given, expected }) => {
      assert.deepEqual(simulate(given), expected)
    })
})
