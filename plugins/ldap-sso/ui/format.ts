import type { Counts } from './types.js'

export const when = (iso: string) => new Date(iso).toLocaleString()

/** "2 to create, 1 to update, 0 to deactivate" */
export function countsLine(counts: Counts) {
  const parts = [
    `${counts.create ?? 0} to create`,
    `${counts.update ?? 0} to update`,
    `${counts.deactivate ?? 0} to deactivate`,
  ]
  if (counts.skip) parts.push(`${counts.skip} skipped`)
  if (counts.errors) parts.push(`${counts.errors} failed`)
  return `${counts.people ?? 0} people in the directory: ${parts.join(', ')}`
}
