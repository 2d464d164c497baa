import { test } from '@japa/runner'
import { hoursLines } from '../desk/calendar_summary.js'
import { stateOf, timersView } from '../desk/timers_view.js'
import { startsWhen, statusLine, usedText } from '../ui/timers_text.js'
import { evaluate, plus, slaPolicy, T0 } from './desk_helpers.js'

const UTC = { locale: 'en-GB', timeZone: 'UTC' }
const at = (minutes: number) => plus(minutes).toMillis()

test.group('SLA panel: target states', () => {
  test('running, late, met, met late, paused and waiting, from the evaluation', ({ assert }) => {
    const policy = slaPolicy({ nextResponseMinutes: 120 })
    const states = (events: Parameters<typeof evaluate>[1], now: number) => {
      const evaluation = evaluate(policy, events, now)
      return [evaluation.firstResponse, evaluation.nextResponse, evaluation.resolution].map(
        (clock) => stateOf(clock!, evaluation.paused, plus(now))
      )
    }
    assert.deepEqual(states([], 20), ['running', 'waiting', 'running'])
    assert.deepEqual(states([], 61), ['late', 'waiting', 'running'])
    assert.deepEqual(states([[22, 'agent_replied']], 30), ['met', 'waiting', 'running'])
    assert.deepEqual(states([[70, 'agent_replied']], 80), ['met_late', 'waiting', 'running'])
    assert.deepEqual(states([[10, 'status_changed', 'waiting_on_customer']], 30), [
      'paused',
      'waiting',
      'paused',
    ])
    // Late before the pause stays late: the due time does not move any more.
    assert.deepEqual(states([[90, 'status_changed', 'waiting_on_customer']], 100), [
      'late',
      'waiting',
      'paused',
    ])
  })

  test('the view: policy name, targets set on the policy only, why it is paused, the pauses', ({
    assert,
  }) => {
    const evaluation = evaluate(
      slaPolicy({ resolutionMinutes: null }),
      [[10, 'status_changed', 'waiting_on_customer']],
      30
    )
    const view = timersView(evaluation, 'waiting_on_customer', plus(30))
    assert.equal(view.policy, 'Standard')
    assert.equal(view.pausedBecause, 'waiting on customer')
    assert.deepEqual(
      view.targets.map((target) => target.target),
      ['first_response']
    )
    assert.deepEqual(view.pauses, [{ start: plus(10).toISO(), end: null }])
    assert.isNull(view.nextResponseMode, 'no next-response target')
  })

  test('no policy: nothing but the fact', ({ assert }) => {
    const view = timersView(evaluate(null, [], 10), 'open', plus(10))
    assert.isNull(view.policy)
    assert.deepEqual(view.targets, [])
    assert.deepEqual(view.pauses, [])
    assert.isNull(view.pausedBecause)
  })
})

test.group('SLA panel: status lines as the browser ticks', () => {
  const view = (fields: Partial<ReturnType<typeof timersView>['targets'][number]>) => ({
    target: 'first_response' as const,
    label: 'First response',
    minutes: 60,
    state: 'running' as const,
    startedAt: T0.toISO(),
    dueAt: plus(60).toISO(),
    metAt: null,
    businessMinutes: 20,
    diffMinutes: 40,
    ...fields,
  })

  test('a running countdown turns amber in the last hour (with seconds) and red once due, by itself', ({
    assert,
  }) => {
    const running = view({ dueAt: plus(132).toISO() })
    assert.deepEqual(statusLine(running, at(60), UTC), {
      text: 'due in 1 h 12 min',
      tone: 'normal',
    })
    assert.deepEqual(statusLine(running, at(107), UTC), {
      text: 'due in 25 min 00 s',
      tone: 'warn',
    })
    assert.deepEqual(statusLine(running, at(131.5), UTC), {
      text: 'due in 30 s',
      tone: 'warn',
    })
    assert.deepEqual(statusLine(running, at(132 + 125), UTC), {
      text: 'late 2 h 5 min',
      tone: 'late',
    })
  })

  test('met in time and late say when and by how much; paused and not started say so', ({
    assert,
  }) => {
    const met = view({ state: 'met', metAt: plus(22).toISO(), diffMinutes: 38 })
    assert.deepEqual(statusLine(met, at(30), UTC), {
      text: 'met 09:22, 38 min early',
      tone: 'ok',
    })
    const late = view({ state: 'met_late', metAt: plus(72).toISO(), diffMinutes: -12 })
    assert.deepEqual(statusLine(late, at(80), UTC), {
      text: 'met 10:12, 12 min late',
      tone: 'warn',
    })
    const paused = view({ state: 'paused' })
    assert.deepEqual(statusLine(paused, at(80), UTC), { text: 'paused', tone: 'muted' })
    const waiting = view({ target: 'next_response', state: 'waiting', dueAt: null })
    assert.deepEqual(statusLine(waiting, at(80), UTC), { text: 'not started', tone: 'muted' })
    assert.equal(
      startsWhen({ nextResponseMode: 'after_customer' }),
      'Starts when the customer writes again'
    )
  })

  test('the met time carries its day when it was not today, in the viewer’s zone', ({ assert }) => {
    const met = view({ state: 'met', metAt: plus(22).toISO(), diffMinutes: 38 })
    const berlin = { locale: 'en-GB', timeZone: 'Europe/Berlin' }
    assert.equal(statusLine(met, at(30), berlin).text, 'met 10:22, 38 min early')
    assert.equal(
      statusLine(met, at(3 * 24 * 60), berlin).text,
      'met Mon 2 Mar, 10:22, 38 min early'
    )
  })

  test('business time used against the target', ({ assert }) => {
    assert.equal(usedText(view({ businessMinutes: 22 })), '22 min of 1 h')
    assert.isNull(usedText(view({ businessMinutes: null })))
  })
})

test.group('SLA panel: the calendar in a few lines', () => {
  test('weekdays with the same hours share a line; closed days say so', ({ assert }) => {
    const split: [string, string][] = [
      ['08:00', '12:00'],
      ['13:00', '17:00'],
    ]
    assert.deepEqual(
      hoursLines({ mon: split, tue: split, wed: split, thu: [], fri: split, sat: [], sun: [] }),
      [
        { days: 'Mon–Wed', hours: '08:00–12:00, 13:00–17:00' },
        { days: 'Thu', hours: 'closed' },
        { days: 'Fri', hours: '08:00–12:00, 13:00–17:00' },
        { days: 'Sat–Sun', hours: 'closed' },
      ]
    )
  })
})
