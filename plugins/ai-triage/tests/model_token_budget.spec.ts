import { test } from '@japa/runner'
import {
  budgetDecision,
  estimateRequestTokens,
  estimateTokens,
} from '../engine/model/token_budget.js'

test.group('Model engine: the daily token budget', () => {
  test('a token is about four characters', ({ assert }) => {
    assert.equal(estimateTokens(''), 0)
    assert.equal(estimateTokens('abcd'), 1)
    assert.equal(estimateTokens('abcde'), 2)
  })

  test("a request's estimate counts its messages, the schema and the largest answer", ({
    assert,
  }) => {
    const estimate = estimateRequestTokens({
      messages: [{ content: 'x'.repeat(400) }, { content: 'y'.repeat(40) }],
      responseFormat: { schema: 'z'.repeat(86) }, // 100 characters as JSON
      maxOutputTokens: 500,
    })
    assert.equal(estimate, 100 + 4 + 10 + 4 + 25 + 500)
  })

  test('{title}')
    .with([
      {
        title: 'no budget allows everything',
        input: { usedToday: 10_000_000, dailyBudget: null, estimate: 5_000 },
        expected: { allowed: true, remaining: null },
      },
      {
        title: 'a call within the budget is allowed',
        input: { usedToday: 90_000, dailyBudget: 100_000, estimate: 4_000 },
        expected: { allowed: true, remaining: 6_000 },
      },
      {
        title: 'a call that fits exactly is allowed',
        input: { usedToday: 96_000, dailyBudget: 100_000, estimate: 4_000 },
        expected: { allowed: true, remaining: 0 },
      },
      {
        title: 'a call that would pass the budget is refused',
        input: { usedToday: 97_000, dailyBudget: 100_000, estimate: 4_000 },
        expected: { allowed: false, reason: 'would_exceed', remaining: 3_000 },
      },
      {
        title: 'a spent budget refuses everything',
        input: { usedToday: 100_250, dailyBudget: 100_000, estimate: 1 },
        expected: { allowed: false, reason: 'exhausted', remaining: 0 },
      },
      {
        title: 'a budget of 0 allows nothing',
        input: { usedToday: 0, dailyBudget: 0, estimate: 1 },
        expected: { allowed: false, reason: 'exhausted', remaining: 0 },
      },
    ])
    .run(({ assert }, { input, expected }) => {
      assert.deepEqual(budgetDecision(input), expected as ReturnType<typeof budgetDecision>)
    })
})
