import { test } from '@japa/runner'
import { promiseOf } from '../desk/portal_promise.js'
import { evaluate, plus, slaPolicy } from './desk_helpers.js'

const none = { promise: null, by: null }
const answerBy = (minutes: number) => ({ promise: 'answer', by: plus(minutes).toISO() })

test.group('SLA portal promise', () => {
  test('the first response while it is unmet and ahead', ({ assert }) => {
    assert.deepEqual(promiseOf(evaluate(slaPolicy(), [], 20), plus(20)), answerBy(60))
  })

  test('then the open next-response cycle, after the customer wrote again', ({ assert }) => {
    const policy = slaPolicy({ nextResponseMinutes: 120 })
    const events: Parameters<typeof evaluate>[1] = [
      [10, 'agent_replied'],
      [30, 'customer_replied'],
    ]
    assert.deepEqual(promiseOf(evaluate(policy, events, 40), plus(40)), answerBy(150))
    assert.deepEqual(
      promiseOf(evaluate(policy, [[10, 'agent_replied']], 20), plus(20)),
      none,
      'answered, and the customer has not written since'
    )
  })

  test('between updates, the earlier of the two answers', ({ assert }) => {
    const policy = slaPolicy({ nextResponseMinutes: 30, nextResponseMode: 'between_updates' })
    assert.deepEqual(promiseOf(evaluate(policy, [], 10), plus(10)), answerBy(30))
  })

  test('resolution only when the policy sets no response target', ({ assert }) => {
    const resolutionOnly = slaPolicy({ firstResponseMinutes: null, resolutionMinutes: 240 })
    assert.deepEqual(promiseOf(evaluate(resolutionOnly, [], 10), plus(10)), {
      promise: 'resolve',
      by: plus(240).toISO(),
    })
    assert.deepEqual(
      promiseOf(evaluate(slaPolicy(), [[10, 'agent_replied']], 20), plus(20)),
      none,
      'first response met: no promise about the resolution'
    )
  })

  test('nothing while paused, once past due, or without a policy', ({ assert }) => {
    const waiting = evaluate(slaPolicy(), [[10, 'status_changed', 'waiting_on_customer']], 20)
    assert.deepEqual(promiseOf(waiting, plus(20)), none)
    assert.deepEqual(promiseOf(evaluate(slaPolicy(), [], 61), plus(61)), none)
    assert.deepEqual(promiseOf(evaluate(null, [], 10), plus(10)), none)
  })

  test('says nothing of the policy: only the promise and its time', ({ assert }) => {
    const promise = promiseOf(evaluate(slaPolicy({ name: 'Gold' }), [], 20), plus(20))
    assert.sameMembers(Object.keys(promise), ['promise', 'by'])
  })
})
