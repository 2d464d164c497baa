/**
 * Calibration: temperature scaling (Guo, Pleiss, Sun & Weinberger, "On
 * Calibration of Modern Neural Networks", 2017) and the measures it is
 * judged by. Auto-apply thresholds compare confidences with a number an
 * admin picked, so a confidence must mean what it says: of the tickets
 * predicted at 0.9, nine in ten right.
 *
 * Logits are passed flat: example i's class k at `logits[i * classes + k]`.
 */

/** Bounds on the fitted temperature: beyond them the held-out set is too small to say more. */
const MIN_TEMPERATURE = 0.05
const MAX_TEMPERATURE = 20

/** Mean negative log-likelihood of the true classes at a temperature. */
export function negativeLogLikelihood(
  logits: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  temperature = 1
): number {
  let total = 0
  const examples = labels.length
  for (let example = 0; example < examples; example++) {
    const base = example * classes
    let max = -Infinity
    for (let klass = 0; klass < classes; klass++) {
      max = Math.max(max, logits[base + klass] / temperature)
    }
    let sum = 0
    for (let klass = 0; klass < classes; klass++) {
      sum += Math.exp(logits[base + klass] / temperature - max)
    }
    total += max + Math.log(sum) - logits[base + labels[example]] / temperature
  }
  return labels.length ? total / labels.length : 0
}

/**
 * The derivative of the mean NLL with respect to the inverse temperature
 * β: mean over examples of E_p[z] − z_true. The NLL is convex in β, so
 * this is increasing and its root is the optimum.
 */
function slope(
  logits: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number,
  beta: number
) {
  let total = 0
  const examples = labels.length
  for (let example = 0; example < examples; example++) {
    const base = example * classes
    let max = -Infinity
    for (let klass = 0; klass < classes; klass++) {
      max = Math.max(max, beta * logits[base + klass])
    }
    let sum = 0
    let expected = 0
    for (let klass = 0; klass < classes; klass++) {
      const weight = Math.exp(beta * logits[base + klass] - max)
      sum += weight
      expected += weight * logits[base + klass]
    }
    total += expected / sum - logits[base + labels[example]]
  }
  return total / labels.length
}

/**
 * The temperature T minimising the held-out NLL of softmax(z / T), found
 * by bisection on log β (β = 1/T) over the derivative's sign.
 */
export function fitTemperature(
  logits: ArrayLike<number>,
  labels: ArrayLike<number>,
  classes: number
): number {
  if (labels.length === 0) {
    return 1
  }
  let low = Math.log(1 / MAX_TEMPERATURE)
  let high = Math.log(1 / MIN_TEMPERATURE)
  if (slope(logits, labels, classes, Math.exp(low)) >= 0) {
    return MAX_TEMPERATURE
  }
  if (slope(logits, labels, classes, Math.exp(high)) <= 0) {
    return MIN_TEMPERATURE
  }
  for (let step = 0; step < 50; step++) {
    const middle = (low + high) / 2
    if (slope(logits, labels, classes, Math.exp(middle)) < 0) {
      low = middle
    } else {
      high = middle
    }
  }
  return 1 / Math.exp((low + high) / 2)
}

export interface ReliabilityBin {
  /** The bin holds confidences in (lower, upper]; the first bin also holds 0. */
  lower: number
  upper: number
  count: number
  /** Mean confidence and share correct in the bin; null when it is empty. */
  confidence: number | null
  accuracy: number | null
}

/** Equal-width reliability bins over the top-class confidence (15 is the usual count). */
export function reliabilityBins(
  confidences: ArrayLike<number>,
  correct: ArrayLike<boolean>,
  bins = 15
): ReliabilityBin[] {
  const counts = new Float64Array(bins)
  const confidenceSums = new Float64Array(bins)
  const correctSums = new Float64Array(bins)
  for (const [index, confidence] of Array.from(confidences).entries()) {
    const bin = Math.min(bins - 1, Math.max(0, Math.ceil(confidence * bins) - 1))
    counts[bin] += 1
    confidenceSums[bin] += confidence
    correctSums[bin] += correct[index] ? 1 : 0
  }
  return Array.from({ length: bins }, (_, bin) => ({
    lower: bin / bins,
    upper: (bin + 1) / bins,
    count: counts[bin],
    confidence: counts[bin] ? confidenceSums[bin] / counts[bin] : null,
    accuracy: counts[bin] ? correctSums[bin] / counts[bin] : null,
  }))
}

/** Expected calibration error: the count-weighted mean gap |accuracy − confidence| over the bins. */
export function expectedCalibrationError(
  confidences: ArrayLike<number>,
  correct: ArrayLike<boolean>,
  bins = 15
): number {
  let gap = 0
  for (const bin of reliabilityBins(confidences, correct, bins)) {
    if (bin.count > 0) {
      gap += bin.count * Math.abs(bin.accuracy! - bin.confidence!)
    }
  }
  return confidences.length ? gap / confidences.length : 0
}
