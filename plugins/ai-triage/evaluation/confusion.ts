export const OTHER = 'Other'

/**
 * A confusion table an admin can read: the `keep` labels with the most
 * tickets, and every other label summed into one "Other" row and column.
 * counts[actual][predicted], as engine/offline/metrics builds it.
 */
export function collapseConfusion(labels: readonly string[], counts: number[][], keep: number) {
  if (labels.length <= keep + 1)
    return { labels: [...labels], counts: counts.map((row) => [...row]) }
  const totals = labels.map((_, index) => counts[index].reduce((sum, value) => sum + value, 0))
  const kept = labels
    .map((_, index) => index)
    .sort((a, b) => totals[b] - totals[a] || a - b)
    .slice(0, keep)
    .sort((a, b) => a - b)
  const slot = new Map(kept.map((index, position) => [index, position]))
  const size = keep + 1
  const table = Array.from({ length: size }, () => new Array<number>(size).fill(0))
  for (let row = 0; row < labels.length; row++) {
    for (let column = 0; column < labels.length; column++) {
      table[slot.get(row) ?? keep][slot.get(column) ?? keep] += counts[row][column]
    }
  }
  return { labels: [...kept.map((index) => labels[index]), OTHER], counts: table }
}
