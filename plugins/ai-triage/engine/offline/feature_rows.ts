import type { Featurizer, SparseVector } from './features.js'

/**
 * The training set as feature vectors, read by index once per epoch.
 * Hashing a ticket costs more than one epoch's update for it, so vectors
 * are kept when they fit a memory budget; past it (say 100,000 tickets in
 * a worker with a 128 MB heap) they are hashed again on every pass, which
 * keeps memory flat at the price of time.
 */
export interface FeatureRows {
  readonly size: number
  /** True when the vectors are held in memory, false when they are hashed on every read. */
  readonly cached: boolean
  row(index: number): SparseVector
}

/** Default budget: 4M non-zero entries, 32 MB of typed arrays (about 6,000 tickets of 500 characters). */
export const DEFAULT_CACHE_ENTRIES = 4_000_000

/** After this many texts, the total is projected and a set that will not fit is streamed at once. */
const PROJECT_AFTER = 256

export function featureRows(
  texts: readonly string[],
  featurizer: Featurizer,
  budgetEntries = DEFAULT_CACHE_ENTRIES
): FeatureRows {
  return cachedRows(texts, featurizer, budgetEntries) ?? streamedRows(texts, featurizer)
}

function streamedRows(texts: readonly string[], featurizer: Featurizer): FeatureRows {
  return { size: texts.length, cached: false, row: (index) => featurizer.featurize(texts[index]) }
}

/** All vectors in two pooled arrays, or null as soon as they would exceed the budget. */
function cachedRows(
  texts: readonly string[],
  featurizer: Featurizer,
  budgetEntries: number
): FeatureRows | null {
  const offsets = new Uint32Array(texts.length + 1)
  let capacity = Math.min(budgetEntries, Math.max(1024, texts.length * 256))
  let indices = new Uint32Array(capacity)
  let values = new Float32Array(capacity)
  let used = 0
  for (let row = 0; row < texts.length; row++) {
    const vector = featurizer.featurize(texts[row])
    const needed = used + vector.indices.length
    if (
      needed > budgetEntries ||
      (row === PROJECT_AFTER && (needed / row) * texts.length > budgetEntries)
    ) {
      return null
    }
    if (needed > capacity) {
      capacity = Math.min(budgetEntries, Math.max(needed, capacity * 2))
      indices = grow(indices, new Uint32Array(capacity), used)
      values = grow(values, new Float32Array(capacity), used)
    }
    indices.set(vector.indices, used)
    values.set(vector.values, used)
    used = needed
    offsets[row + 1] = used
  }
  return {
    size: texts.length,
    cached: true,
    row: (row) => ({
      indices: indices.subarray(offsets[row], offsets[row + 1]),
      values: values.subarray(offsets[row], offsets[row + 1]),
    }),
  }
}

function grow<T extends Uint32Array | Float32Array>(from: T, to: T, used: number): T {
  to.set(from.subarray(0, used))
  return to
}
