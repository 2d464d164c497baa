/**
 * A seeded pseudo-random generator (mulberry32): training and
 * cross-validation shuffle with it so that the same seed gives the same
 * model and the same folds on every machine, which Math.random cannot.
 */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** Fisher–Yates shuffle in place. */
export function shuffleInPlace<T extends { length: number; [index: number]: number }>(
  items: T,
  random: () => number
): T {
  for (let index = items.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1))
    const swap = items[index]
    items[index] = items[other]
    items[other] = swap
  }
  return items
}
