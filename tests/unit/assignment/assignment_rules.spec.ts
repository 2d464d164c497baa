import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { choose, type Candidate, type RuleGroup } from '#services/assignment/assignment_rules'
import Translator from '#i18n/translator'

const now = DateTime.fromISO('2026-12-01T09:00:00Z')

function candidate(id: number, overrides: Partial<Candidate> = {}): Candidate {
  return {
    id,
    name: `Agent ${id}`,
    isActive: true,
    isAway: false,
    awayUntil: null,
    openTickets: 0,
    lastAssignedAt: null,
    ...overrides,
  }
}

const group = (overrides: Partial<RuleGroup> = {}): RuleGroup => ({
  name: 'IT',
  mode: 'least_active',
  maxOpen: null,
  roundRobinLastUserId: null,
  ...overrides,
})

test.group('Assignment rules', () => {
  test('an away with an end that has passed is available again', ({ assert }) => {
    const back = candidate(1, { isAway: true, awayUntil: now.minus({ minutes: 1 }) })
    const stillAway = candidate(2, { isAway: true, awayUntil: now.plus({ minutes: 1 }) })
    const choice = choose(group(), [back, stillAway], now)
    assert.equal(choice.agent?.id, 1)
  })

  test('round robin wraps to the first member after the last', ({ assert }) => {
    const members = [candidate(3), candidate(5), candidate(9)]
    assert.equal(
      choose(group({ mode: 'round_robin', roundRobinLastUserId: 5 }), members, now).agent?.id,
      9
    )
    assert.equal(
      choose(group({ mode: 'round_robin', roundRobinLastUserId: 9 }), members, now).agent?.id,
      3
    )
    // The last one left the group: the turn goes to the next id after theirs.
    assert.equal(
      choose(group({ mode: 'round_robin', roundRobinLastUserId: 4 }), members, now).agent?.id,
      5
    )
  })

  test('nobody can take it: no agent, and who was skipped for what', ({ assert }) => {
    const choice = choose(
      group({ maxOpen: 2 }),
      [
        candidate(1, { isActive: false }),
        candidate(2, { isAway: true }),
        candidate(3, { openTickets: 2 }),
      ],
      now
    )
    assert.isNull(choice.agent)
    assert.deepEqual('skipped' in choice ? choice.skipped.map((skip) => skip.why) : [], [
      'deactivated',
      'away',
      'at_cap',
    ])
  })

  test('a long list of skipped agents names five and counts the rest', ({ assert }) => {
    const away = Array.from({ length: 7 }, (_, i) => candidate(i + 1, { isAway: true }))
    const choice = choose(group(), [...away, candidate(99, { name: 'Zoe' })], now)
    assert.equal(choice.agent?.id, 99)
    const reason = 'reason' in choice ? Translator.english.t(choice.reason) : ''
    assert.equal(
      reason,
      'least active: 0 open tickets, fewest in IT; Agent 1 skipped: away; Agent 2 skipped: away; ' +
        'Agent 3 skipped: away; Agent 4 skipped: away; Agent 5 skipped: away; 2 more skipped'
    )
  })
})
