import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { prettyJson, simulationPrefill } from '../admin/simulation_prefill.js'
import { runSimulation } from '../admin/test_policy.js'
import { simulate } from '../clock/simulation.js'
import type { Calendar, Policy } from '../policies/policy.js'
import { alwaysOpenHours } from '../policies/policy.js'
import { formatDiff, formatMinutes, hoursSummary, pathOf } from '../ui/format.js'
import { conditionsSummary, stepMoment, targetsSummary } from '../ui/policy_format.js'
import { withoutStaleChoices } from '../ui/stale_choices.js'

const day = (...intervals: [string, string][]) => intervals.map(([start, end]) => ({ start, end }))
const closed = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }

test.group('Admin pages: words', () => {
  test('minutes read as hours and minutes; a difference as in time or late', ({ assert }) => {
    assert.equal(formatMinutes(45), '45 min')
    assert.equal(formatMinutes(240), '4 h')
    assert.equal(formatMinutes(90), '1 h 30 min')
    assert.equal(formatDiff(10), '10 min in time')
    assert.equal(formatDiff(0), '0 min in time')
    assert.equal(formatDiff(-125), '2 h 5 min late')
  })

  test('a week of hours in one line: consecutive equal days share a range', ({ assert }) => {
    const office = day(['09:00', '17:00'])
    assert.equal(
      hoursSummary({ ...closed, mon: office, tue: office, wed: office, thu: office, fri: office }),
      'Mon–Fri 09:00–17:00'
    )
    const split = day(['08:00', '12:00'], ['13:00', '17:00'])
    assert.equal(
      hoursSummary({
        ...closed,
        mon: split,
        tue: split,
        thu: office,
        sat: day(['10:00', '14:00']),
      }),
      'Mon–Tue 08:00–12:00, 13:00–17:00; Thu 09:00–17:00; Sat 10:00–14:00'
    )
    const always = day(['00:00', '24:00'])
    assert.equal(
      hoursSummary({
        mon: always,
        tue: always,
        wed: always,
        thu: always,
        fri: always,
        sat: always,
        sun: always,
      }),
      'Every day, round the clock'
    )
    assert.equal(hoursSummary(closed), 'Always closed')
  })

  test('policy summaries name groups and categories, and leave unset targets out', ({ assert }) => {
    const groups = [{ id: 1, name: 'IT', categories: [{ id: 11, name: 'Hardware' }] }]
    assert.equal(
      conditionsSummary({ priority: ['high', 'critical'], group: [1], category: [11] }, groups),
      'Priority High, Critical · Group IT · Category Hardware'
    )
    assert.equal(
      conditionsSummary({ priority: [], group: [], category: [] }, groups),
      'any priority · any group · any category'
    )
    const policy = {
      name: 'P',
      conditions: { priority: [], group: [], category: [] },
      calendarId: 1,
      firstResponseMinutes: 60,
      nextResponseMinutes: null,
      resolutionMinutes: 2400,
      nextResponseMode: 'after_customer' as const,
      ladder: [],
    }
    assert.equal(targetsSummary(policy), 'First response 1 h · Resolution 40 h')
    assert.equal(
      stepMoment({ target: 'resolution', when: 'before', minutes: 30 }),
      '30 min before the resolution is due'
    )
    assert.equal(
      stepMoment({ target: 'first_response', when: 'after', minutes: 0 }),
      'when the first response is due'
    )
  })

  test('a policy naming a group, category or agent that is gone opens without them, and says so', ({
    assert,
  }) => {
    const groups = [{ id: 1, name: 'IT', categories: [{ id: 11, name: 'Hardware' }] }]
    const agents = [{ id: 100, name: 'Ann', email: 'ann@example.com', groupIds: [1] }]
    const { form, removed } = withoutStaleChoices(
      {
        conditions: { priority: [], group: [1, 2], category: [11, 12] },
        ladder: [
          {
            id: 's1',
            target: 'first_response',
            when: 'after',
            minutes: 0,
            actions: [
              { type: 'email', to: 'agents', userIds: [100, 101] },
              { type: 'reassign', groupId: 2, userId: 100 },
              { type: 'note', body: 'Late.' },
            ],
          },
        ],
      },
      groups,
      agents
    )
    assert.deepEqual(form.conditions, { priority: [], group: [1], category: [11] })
    assert.deepEqual(form.ladder[0].actions, [
      { type: 'email', to: 'agents', userIds: [100] },
      { type: 'reassign', groupId: null, userId: 100 },
      { type: 'note', body: 'Late.' },
    ])
    assert.deepEqual(removed, ['group #2', 'category #12', 'agent #101'])
  })

  test('route patterns take their parameters', ({ assert }) => {
    assert.equal(
      pathOf('/plugins/sla-escalation/calendars/:id/edit', { id: 7 }),
      '/plugins/sla-escalation/calendars/7/edit'
    )
  })
})

test.group('Admin pages: the Test page input', () => {
  const berlin: Calendar = {
    id: 3,
    name: 'Berlin office',
    timezone: 'Europe/Berlin',
    hours: { ...closed, mon: [['09:00', '17:00']], tue: [['09:00', '17:00']] },
    holidays: [{ date: '2026-12-25', yearly: true }],
    isDefault: false,
  }
  const standard: Calendar = {
    id: 1,
    name: '24/7',
    timezone: 'UTC',
    hours: alwaysOpenHours(),
    holidays: [],
    isDefault: true,
  }
  const policy = (fields: Partial<Policy>): Policy => ({
    id: 1,
    name: 'IT hardware',
    position: 1,
    conditions: { priority: ['high'], group: [], category: [11] },
    calendarId: 3,
    firstResponseMinutes: 60,
    nextResponseMinutes: 120,
    nextResponseMode: 'between_updates',
    resolutionMinutes: null,
    ladder: [],
    ...fields,
  })
  const groups = [
    {
      id: 1,
      name: 'IT',
      categories: [{ id: 11, name: 'Hardware', subcategories: [] }],
    },
  ]
  const now = DateTime.fromISO('2026-03-02T12:34:56Z')

  test("the org's configuration in the simulator's format, with names, and a sample ticket", ({
    assert,
  }) => {
    const prefill = simulationPrefill(
      [
        policy({}),
        policy({
          id: 2,
          name: 'Rest',
          calendarId: 1,
          conditions: { priority: [], group: [1], category: [] },
        }),
      ],
      [standard, berlin],
      groups,
      now
    )
    assert.deepEqual(prefill.input, {
      calendar: {
        timezone: 'Europe/Berlin',
        hours: berlin.hours,
        holidays: [{ date: '2026-12-25', yearly: true }],
      },
      policies: [
        {
          name: 'IT hardware',
          conditions: { priority: ['high'], group: [], category: ['Hardware'] },
          first_response_minutes: 60,
          next_response_minutes: 120,
          next_response_mode: 'between_updates',
          resolution_minutes: null,
        },
        {
          name: 'Rest',
          conditions: { priority: [], group: ['IT'], category: [] },
          first_response_minutes: 60,
          next_response_minutes: 120,
          next_response_mode: 'between_updates',
          resolution_minutes: null,
        },
      ],
      ticket: {
        created_at: '2026-03-02T09:34:00Z',
        priority: 'high',
        group: 'IT',
        category: 'Hardware',
        status: 'open',
      },
      events: [
        { at: '2026-03-02T10:14:00Z', type: 'agent_replied' },
        { at: '2026-03-02T11:14:00Z', type: 'customer_replied' },
      ],
      now: '2026-03-02T12:34:00Z',
    })
    assert.match(prefill.calendarNote!, /uses "Berlin office", the first policy's/)
    // The prefill is a valid input: the first policy applies to its sample ticket.
    assert.equal(simulate(prefill.input).policy, 'IT hardware')
  })

  test('without policies the input holds an example policy on the default calendar', ({
    assert,
  }) => {
    const prefill = simulationPrefill([], [standard, berlin], groups, now)
    assert.equal((prefill.input.calendar as { timezone: string }).timezone, 'UTC')
    assert.equal(simulate(prefill.input).policy, 'Example (not saved)')
    assert.match(prefill.calendarNote!, /no SLA policy yet/)
  })

  test('pretty JSON keeps short lists on one line and reads back the same', ({ assert }) => {
    const value = {
      hours: {
        mon: [
          ['09:00', '12:00'],
          ['13:00', '17:00'],
        ],
        sat: [],
      },
      n: null,
    }
    const text = prettyJson(value)
    assert.deepEqual(JSON.parse(text), value)
    assert.include(text, '"mon": [["09:00", "12:00"], ["13:00", "17:00"]]')
  })

  test('a run answers what simulate() answers, or the field to fix', ({ assert }) => {
    const input = simulationPrefill([policy({})], [berlin], groups, now).input
    assert.deepEqual(runSimulation(JSON.stringify(input)), {
      output: simulate(input),
      error: null,
    })
    const broken = { ...input, events: [{ at: 'yesterday', type: 'agent_replied' }] }
    assert.deepEqual(runSimulation(JSON.stringify(broken)).error, {
      field: 'events.0.at',
      message: 'events.0.at: not an ISO 8601 time with an offset (e.g. 2025-03-28T09:30:00Z)',
    })
    const notJson = runSimulation('{ "calendar": ')
    assert.equal(notJson.error?.field, 'input')
    assert.match(notJson.error!.message, /^This is not valid JSON/)
  })
})
