import { test } from '@japa/runner'
import {
  crossValidate,
  evaluateWithBaselines,
  majorityMethod,
  naiveBayesMethod,
  type Method,
} from '../engine/offline/evaluation.js'
import { foldMembers, stratifiedFolds } from '../engine/offline/folds.js'
import { coverageAtPrecision, THRESHOLDS, type ScoredTicket } from '../engine/offline/metrics.js'
import { syntheticTickets } from './offline_helpers.js'

const FAST = { features: { dimensionBits: 14 } }
const tickets = syntheticTickets(300, 3, 0.15)

test.group('Offline triage: folds', () => {
  test('stratified folds are balanced in size and in every class', ({ assert }) => {
    const labels = Array.from({ length: 103 }, (_, index) => (index < 60 ? 0 : index < 90 ? 1 : 2))
    const assignment = stratifiedFolds(labels, 5, 0)
    for (let fold = 0; fold < 5; fold++) {
      const members = foldMembers(assignment, fold, true)
      assert.oneOf(members.length, [20, 21])
      const perClass = [0, 1, 2].map(
        (klass) => members.filter((index) => labels[index] === klass).length
      )
      assert.equal(perClass[0], 12)
      assert.equal(perClass[1], 6)
      assert.oneOf(perClass[2], [2, 3])
    }
  })

  test('the seed decides the folds, and only the seed', ({ assert }) => {
    const labels = Array.from({ length: 50 }, (_, index) => index % 3)
    assert.deepEqual(stratifiedFolds(labels, 5, 4), stratifiedFolds(labels, 5, 4))
    assert.notDeepEqual(stratifiedFolds(labels, 5, 4), stratifiedFolds(labels, 5, 5))
    assert.throws(() => stratifiedFolds(labels, 1, 0), /at least 2 folds/)
  })
})

test.group('Offline triage: cross-validation', () => {
  test('never scores a ticket with a model that was trained on it, and scores each once', ({
    assert,
  }) => {
    const fitted: Set<string>[] = []
    let scored = 0
    let leaks = 0
    const spy: Method = {
      name: 'spy',
      fit: (examples) => {
        const seen = new Set(examples.map((example) => example.text))
        fitted.push(seen)
        return (text) => {
          scored += 1
          leaks += seen.has(text) ? 1 : 0
          return { label: examples[0].label, confidence: 0.5 }
        }
      },
    }
    const distinct = tickets.map((ticket, index) => ({
      ...ticket,
      text: `${index} ${ticket.text}`,
    }))
    const result = crossValidate(distinct, spy, { folds: 5, seed: 0 })
    assert.equal(leaks, 0)
    assert.equal(scored, distinct.length)
    assert.lengthOf(fitted, 5)
    for (const seen of fitted) {
      assert.closeTo(seen.size, (distinct.length * 4) / 5, 1)
    }
    assert.equal(result.examples, distinct.length)
  })

  test('reports accuracy, a confusion table and thresholds that agree with each other', ({
    assert,
  }) => {
    const { offline, majority, naiveBayes } = evaluateWithBaselines(tickets, { train: FAST })
    assert.isAbove(offline.accuracy, majority.accuracy + 0.3)
    assert.isAbove(naiveBayes.accuracy, majority.accuracy + 0.3)
    assert.isBelow(offline.ece, 0.1)

    const total = offline.confusion.flat().reduce((sum, count) => sum + count, 0)
    const diagonal = offline.confusion.reduce((sum, row, index) => sum + row[index], 0)
    assert.equal(total, tickets.length)
    assert.closeTo(diagonal / total, offline.accuracy, 1e-12)
    assert.deepEqual(offline.labels, ['access', 'billing', 'outage'])

    assert.deepEqual(
      offline.thresholds.map((row) => row.threshold),
      THRESHOLDS
    )
    assert.deepEqual(THRESHOLDS.slice(0, 3), [0.5, 0.55, 0.6])
    assert.equal(THRESHOLDS.at(-1), 0.99)
    for (let index = 1; index < offline.thresholds.length; index++) {
      assert.isAtMost(offline.thresholds[index].coverage, offline.thresholds[index - 1].coverage)
    }
    for (const row of offline.thresholds) {
      assert.equal(row.coverage, row.count / tickets.length)
      if (row.count > 0) {
        assert.isAtLeast(row.precision!, 0)
        assert.isAtMost(row.precision!, 1)
      } else {
        assert.isNull(row.precision)
      }
    }
  })

  test('the baselines: the majority class, and Naive Bayes on word counts', ({ assert }) => {
    const skewed = tickets.map((ticket, index) => ({ ...ticket, label: index % 4 ? 'a' : 'b' }))
    const majority = crossValidate(skewed, majorityMethod)
    assert.closeTo(majority.accuracy, 0.75, 0.01)
    assert.deepEqual(majority.confusion[1], [majority.confusion[1][0], 0])
    const predictor = naiveBayesMethod.fit([
      { text: 'Rechnung Zahlung', label: 'billing' },
      { text: 'Rechnung doppelt', label: 'billing' },
      { text: 'Server Ausfall', label: 'outage' },
    ])
    assert.equal(predictor('rechnung bitte').label, 'billing')
    assert.equal(predictor('ausfall').label, 'outage')
  })
})

test.group('Offline triage: coverage at a precision', () => {
  const ticket = (confidence: number, right: boolean): ScoredTicket => ({
    actual: 'a',
    predicted: right ? 'a' : 'b',
    confidence,
  })

  test('is the largest share of tickets that keeps the precision', ({ assert }) => {
    const scored = [
      ...Array.from({ length: 19 }, () => ticket(0.99, true)),
      ticket(0.97, false),
      ...Array.from({ length: 10 }, () => ticket(0.8, false)),
    ]
    assert.deepEqual(coverageAtPrecision(scored, 0.95), {
      precision: 0.95,
      threshold: 0.97,
      coverage: 20 / 30,
    })
  })

  test('never splits tickets of equal confidence, and is zero when nothing qualifies', ({
    assert,
  }) => {
    const tied = [ticket(0.9, true), ticket(0.9, false), ticket(0.9, true)]
    assert.deepEqual(coverageAtPrecision(tied, 0.95), {
      precision: 0.95,
      threshold: null,
      coverage: 0,
    })
  })
})
