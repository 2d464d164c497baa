import type { Prediction } from './model.js'

/**
 * The two baselines the offline engine must beat, trained and scored the
 * same way (same folds) so the comparison is fair. Both are the textbook
 * versions the fixtures' README reports figures for.
 */

export interface Example {
  text: string
  label: string
}

function prediction(labels: readonly string[], probabilities: ArrayLike<number>): Prediction {
  const distribution = labels
    .map((label, index) => ({ label, probability: probabilities[index] }))
    .sort((a, b) => b.probability - a.probability || (a.label < b.label ? -1 : 1))
  return { label: distribution[0].label, confidence: distribution[0].probability, distribution }
}

function classCounts(examples: readonly Example[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const { label } of examples) {
    counts.set(label, (counts.get(label) ?? 0) + 1)
  }
  return counts
}

/** Always the most frequent label, with its share of the training set as confidence. */
export function fitMajority(examples: readonly Example[]): (text: string) => Prediction {
  const counts = classCounts(examples)
  const labels = [...counts.keys()].sort()
  const shares = labels.map((label) => counts.get(label)! / examples.length)
  const answer = prediction(labels, shares)
  return () => answer
}

/** Tokens as scikit-learn's CountVectorizer makes them: lowercased runs of two or more word characters. */
export function countTokens(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]{2,}/gu) ?? []
}

/**
 * Multinomial Naive Bayes on word counts with add-one (Laplace) smoothing;
 * words unseen in training are ignored. Its probabilities are the
 * normalised joint likelihoods, as is, uncalibrated.
 */
export function fitNaiveBayes(examples: readonly Example[]): (text: string) => Prediction {
  const counts = classCounts(examples)
  const labels = [...counts.keys()].sort()
  const position = new Map(labels.map((label, index) => [label, index]))
  const classes = labels.length
  const wordCounts = new Map<string, Float64Array>()
  const totals = new Float64Array(classes)
  for (const { text, label } of examples) {
    const klass = position.get(label)!
    for (const token of countTokens(text)) {
      let row = wordCounts.get(token)
      if (!row) {
        row = new Float64Array(classes)
        wordCounts.set(token, row)
      }
      row[klass] += 1
      totals[klass] += 1
    }
  }
  const vocabulary = wordCounts.size
  const logPriors = labels.map((label) => Math.log(counts.get(label)! / examples.length))
  const logMissing = Float64Array.from(totals, (total) => -Math.log(total + vocabulary))
  return (text) => {
    const scores = Float64Array.from(logPriors)
    for (const token of countTokens(text)) {
      const row = wordCounts.get(token)
      if (row) {
        for (let klass = 0; klass < classes; klass++) {
          scores[klass] += Math.log(row[klass] + 1) + logMissing[klass]
        }
      }
    }
    const max = Math.max(...scores)
    let sum = 0
    for (let klass = 0; klass < classes; klass++) {
      scores[klass] = Math.exp(scores[klass] - max)
      sum += scores[klass]
    }
    return prediction(
      labels,
      scores.map((score) => score / sum)
    )
  }
}
