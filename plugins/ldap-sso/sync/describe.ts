import type { Change } from './plan.js'
import type { SyncOutcome } from './run_sync.js'

const VERB: Record<Change['kind'], string> = {
  create: 'create',
  update: 'update',
  deactivate: 'deactivate',
  skip: 'skip',
}

/** A sync's outcome as lines for the command line: the counts, then each change with its reason. */
export function describeOutcome(outcome: SyncOutcome, dryRun: boolean) {
  const c = outcome.counts
  const lines = [
    `${dryRun ? 'Preview (nothing written)' : outcome.status}: ${c.people ?? 0} people in the directory; ` +
      `${c.create} to create, ${c.update} to update, ${c.deactivate} to deactivate, ${c.skip} skipped` +
      (c.errors ? `; ${c.errors} failed` : ''),
  ]
  for (const change of outcome.changes) {
    lines.push(`  ${VERB[change.kind]} ${change.email}: ${change.reason}`)
  }
  if (outcome.error) lines.push(outcome.error)
  return lines
}
