import { test } from '@japa/runner'
import { choosePolicy, matches } from '../clock/policy_match.js'

const none = { priority: [], group: [], category: [] }

test.group('SLA policy match', () => {
  test('empty conditions match every ticket, even one without group or category', ({ assert }) => {
    assert.isTrue(matches(none, { priority: 'low', group: null, category: null }))
  })

  test('every non-empty condition must hold', ({ assert }) => {
    const itHigh = { ...none, priority: ['high', 'critical'], group: ['IT'] }
    assert.isTrue(matches(itHigh, { priority: 'critical', group: 'IT', category: 'Printers' }))
    assert.isFalse(matches(itHigh, { priority: 'medium', group: 'IT', category: null }))
    assert.isFalse(matches(itHigh, { priority: 'high', group: 'Sales', category: null }))
  })

  test('a ticket without a value does not match a condition on that field', ({ assert }) => {
    assert.isFalse(
      matches(
        { ...none, category: ['Printers'] },
        { priority: 'high', group: 'IT', category: null }
      )
    )
  })

  test('values compare as strings: ids and names alike', ({ assert }) => {
    assert.isTrue(matches({ ...none, group: [7] }, { priority: 'low', group: '7', category: null }))
    assert.isTrue(matches({ ...none, group: ['7'] }, { priority: 'low', group: 7, category: null }))
  })

  test('the first matching policy in order wins; none → null', ({ assert }) => {
    const policies = [
      { name: 'IT high', conditions: { ...none, priority: ['high'], group: ['IT'] } },
      { name: 'High', conditions: { ...none, priority: ['high'] } },
      { name: 'Medium', conditions: { ...none, priority: ['medium'] } },
    ]
    const pick = (priority: string, group: string | null) =>
      choosePolicy(policies, { priority, group, category: null })?.name ?? null
    assert.equal(pick('high', 'IT'), 'IT high')
    assert.equal(pick('high', 'Sales'), 'High')
    assert.equal(pick('medium', null), 'Medium')
    assert.isNull(pick('low', 'IT'))
  })
})
