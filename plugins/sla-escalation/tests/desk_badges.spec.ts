import { test } from '@japa/runner'
import { badgeOf, type QueueClock } from '../desk/queue_badges.js'
import { formatCoarse, formatDuration } from '../ui/sla_text.js'
import { plus, T0 } from './desk_helpers.js'

const date = (minutes: number) => plus(minutes).toJSDate()

/** A running ticket whose first response is due `minutes` after T0, seen at T0. */
function clock(minutes: number, fields: Partial<QueueClock> = {}): QueueClock {
  return {
    ticket_id: 1,
    status: 'open',
    paused: false,
    escalation_at: date(minutes),
    computed_at: date(0),
    first_response_due_at: date(minutes),
    first_response_met_at: null,
    next_response_due_at: null,
    next_response_met_at: null,
    resolution_due_at: date(480),
    resolution_met_at: null,
    policy_name: 'Standard',
    timezone: 'Europe/Berlin',
    ...fields,
  }
}

test.group('SLA queue badges: which badge', () => {
  test('amber within the hour, red once late, neutral before; the tooltip names the target', ({
    assert,
  }) => {
    assert.deepEqual(badgeOf(clock(25), T0), {
      text: 'due in 25 min',
      tone: 'warning',
      title: 'First response due Mon 2 Mar, 10:25 (Europe/Berlin) · policy Standard',
    })
    assert.include(badgeOf(clock(60), T0), { text: 'due in 1 h', tone: 'warning' })
    assert.include(badgeOf(clock(61), T0), { text: 'due in 1 h', tone: 'neutral' })
    assert.include(badgeOf(clock(200), T0), { text: 'due in 3 h', tone: 'neutral' })
    assert.deepEqual(badgeOf(clock(-125), T0), {
      text: 'late 2 h',
      tone: 'danger',
      title: 'First response was due Mon 2 Mar, 07:55 (Europe/Berlin) · policy Standard',
    })
  })

  test('a day or more away: the weekday and time in the calendar’s zone, then the date', ({
    assert,
  }) => {
    // T0 + 2 days 15 h = Thu 5 Mar 00:00 UTC = 01:00 in Berlin.
    assert.include(badgeOf(clock(2 * 1440 + 15 * 60), T0), { text: 'due Thu 01:00' })
    assert.include(badgeOf(clock(10 * 1440), T0), { text: 'due 12 Mar 10:00' })
  })

  test('the escalating target is the unmet one due first', ({ assert }) => {
    const resolutionFirst = clock(30, {
      first_response_due_at: date(20),
      first_response_met_at: date(5),
      resolution_due_at: date(30),
    })
    assert.match(badgeOf(resolutionFirst, T0)!.title!, /^Resolution due/)
  })

  test('paused: neutral, unless it was late before it paused', ({ assert }) => {
    const waiting = { paused: true, status: 'waiting_on_customer' }
    assert.deepInclude(badgeOf(clock(90, waiting), T0), { text: 'SLA paused', tone: 'neutral' })
    // Projected to 10:30 when computed at 09:00; it is 11:00 now: the projection moved on, still paused.
    assert.include(badgeOf(clock(90, waiting), plus(120)), { text: 'SLA paused' })
    // Already 10 min past due when computed: late, and it says it is paused.
    const lateThenPaused = clock(-10, { ...waiting })
    assert.deepEqual(badgeOf(lateThenPaused, plus(60)), {
      text: 'late 1 h',
      tone: 'danger',
      title:
        'First response was due Mon 2 Mar, 09:50 (Europe/Berlin), now paused · policy Standard',
    })
  })

  test('none when nothing is left to meet, or the ticket is resolved or closed', ({ assert }) => {
    assert.isNull(badgeOf(clock(30, { escalation_at: null }), T0))
    assert.isNull(badgeOf(clock(30, { status: 'resolved', paused: true }), T0))
    assert.isNull(badgeOf(clock(30, { status: 'closed', paused: true }), T0))
  })
})

test.group('SLA durations in words', () => {
  test('two units at most, rounded down', ({ assert }) => {
    const minutes = (n: number) => n * 60_000
    assert.equal(formatDuration(45_900), '45 s')
    assert.equal(formatDuration(minutes(12.9)), '12 min')
    assert.equal(formatDuration(minutes(72)), '1 h 12 min')
    assert.equal(formatDuration(minutes(120)), '2 h')
    assert.equal(formatDuration(minutes(51 * 60 + 59)), '2 d 3 h')
    assert.equal(formatDuration(-minutes(125)), '2 h 5 min', 'the sign is the caller’s business')
  })

  test('one unit for badges', ({ assert }) => {
    assert.equal(formatCoarse(10_000), '1 min')
    assert.equal(formatCoarse(25 * 60_000), '25 min')
    assert.equal(formatCoarse(179 * 60_000), '2 h')
    assert.equal(formatCoarse(50 * 3600_000), '2 d')
  })
})
