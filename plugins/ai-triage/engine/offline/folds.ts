import { createRandom, shuffleInPlace } from './random.js'

/**
 * Stratified k-fold assignment: each class's examples are shuffled (seeded)
 * and dealt round-robin over the folds, the deal continuing from class to
 * class, so every fold holds about the same share of every class and the
 * folds' sizes differ by at most one.
 *
 * Returns the fold (0 … folds-1) of each example.
 */
export function stratifiedFolds(
  labels: ArrayLike<number>,
  folds: number,
  seed: number
): Int32Array {
  if (!Number.isInteger(folds) || folds < 2) {
    throw new RangeError(`Cross-validation needs at least 2 folds, got ${folds}`)
  }
  const byClass = new Map<number, number[]>()
  for (const [index, label] of Array.from(labels).entries()) {
    const members = byClass.get(label) ?? []
    members.push(index)
    byClass.set(label, members)
  }
  const random = createRandom(seed)
  const assignment = new Int32Array(labels.length)
  let next = 0
  for (const klass of [...byClass.keys()].sort((a, b) => a - b)) {
    for (const index of shuffleInPlace(byClass.get(klass)!, random)) {
      assignment[index] = next
      next = (next + 1) % folds
    }
  }
  return assignment
}

/** Indices of the examples in (`inside` true) or outside a fold. */
export function foldMembers(assignment: Int32Array, fold: number, inside: boolean): Int32Array {
  const members: number[] = []
  for (const [index, member] of assignment.entries()) {
    if ((member === fold) === inside) {
      members.push(index)
    }
  }
  return Int32Array.from(members)
}
