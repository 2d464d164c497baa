import { expectedCalibrationError, reliabilityBins, type ReliabilityBin } from './calibration.js'

/**
 * What an admin needs to choose auto-apply thresholds, computed from
 * predictions of tickets the model was not trained on.
 */

export interface ScoredTicket {
  actual: string
  predicted: string
  confidence: number
}

export interface ThresholdRow {
  threshold: number
  /** Share of tickets whose confidence reaches the threshold: what would be applied automatically. */
  coverage: number
  count: number
  /** Share of those that are right; null when no ticket reaches the threshold. */
  precision: number | null
}

export interface CoverageAtPrecision {
  precision: number
  /** The lowest confidence that keeps precision at the target; null when none does. */
  threshold: number | null
  coverage: number
}

export interface Summary {
  examples: number
  accuracy: number
  ece: number
  labels: string[]
  /** counts[actual][predicted], in `labels` order. */
  confusion: number[][]
  thresholds: ThresholdRow[]
  coverageAt95: CoverageAtPrecision
  reliability: ReliabilityBin[]
}

/** 0.50, 0.55 … 0.95, and 0.99. */
export const THRESHOLDS = [...Array.from({ length: 10 }, (_, step) => (50 + 5 * step) / 100), 0.99]

export function summarize(scored: readonly ScoredTicket[], labels: readonly string[]): Summary {
  const correct = scored.map((ticket) => ticket.actual === ticket.predicted)
  const confidences = scored.map((ticket) => ticket.confidence)
  const right = correct.filter(Boolean).length
  return {
    examples: scored.length,
    accuracy: scored.length ? right / scored.length : 0,
    ece: expectedCalibrationError(confidences, correct),
    labels: [...labels],
    confusion: confusionTable(scored, labels),
    thresholds: THRESHOLDS.map((threshold) => thresholdRow(scored, threshold)),
    coverageAt95: coverageAtPrecision(scored, 0.95),
    reliability: reliabilityBins(confidences, correct),
  }
}

export function confusionTable(
  scored: readonly ScoredTicket[],
  labels: readonly string[]
): number[][] {
  const position = new Map(labels.map((label, index) => [label, index]))
  const table = labels.map(() => labels.map(() => 0))
  for (const { actual, predicted } of scored) {
    const row = position.get(actual)
    const column = position.get(predicted)
    if (row === undefined || column === undefined) {
      throw new RangeError(
        `Label ${JSON.stringify(row === undefined ? actual : predicted)} is not in the table`
      )
    }
    table[row][column] += 1
  }
  return table
}

export function thresholdRow(scored: readonly ScoredTicket[], threshold: number): ThresholdRow {
  const applied = scored.filter((ticket) => ticket.confidence >= threshold)
  const right = applied.filter((ticket) => ticket.actual === ticket.predicted).length
  return {
    threshold,
    coverage: scored.length ? applied.length / scored.length : 0,
    count: applied.length,
    precision: applied.length ? right / applied.length : null,
  }
}

/**
 * The largest share of tickets that can be auto-applied with the given
 * precision: tickets by confidence, most confident first, cut only between
 * different confidences (a threshold cannot split equal ones).
 */
export function coverageAtPrecision(
  scored: readonly ScoredTicket[],
  target: number
): CoverageAtPrecision {
  const sorted = [...scored].sort((a, b) => b.confidence - a.confidence)
  let best: CoverageAtPrecision = { precision: target, threshold: null, coverage: 0 }
  let right = 0
  for (let index = 0; index < sorted.length; index++) {
    right += sorted[index].actual === sorted[index].predicted ? 1 : 0
    const lastOfGroup =
      index === sorted.length - 1 || sorted[index + 1].confidence < sorted[index].confidence
    if (lastOfGroup && right / (index + 1) >= target) {
      best = {
        precision: target,
        threshold: sorted[index].confidence,
        coverage: (index + 1) / sorted.length,
      }
    }
  }
  return best
}
