import type { Context } from '../types.js'
import type { Change } from './plan.js'

export type RunStatus = 'preview' | 'done' | 'held' | 'failed'
export type Trigger = 'schedule' | 'manual' | 'command'

export type Run = {
  id: number
  trigger: Trigger
  status: RunStatus
  forced: boolean
  counts: Record<string, number>
  changes: Change[]
  error: string | null
  startedAt: string
  finishedAt: string
}

const KEPT_CHANGES = 1_000
const KEPT_RUNS = 50

type Row = {
  id: number
  trigger: Trigger
  status: RunStatus
  forced: boolean
  counts: Record<string, number> | string
  changes: Change[] | string
  error: string | null
  started_at: Date
  finished_at: Date
}

const json = <T>(value: T | string): T => (typeof value === 'string' ? JSON.parse(value) : value)

export async function recordRun(
  context: Context,
  run: Omit<Run, 'id' | 'finishedAt' | 'changes'> & { changes: Change[] }
) {
  await context.db.insert('ldap_sso_runs', {
    trigger: run.trigger,
    status: run.status,
    forced: run.forced,
    counts: JSON.stringify(run.counts),
    changes: JSON.stringify(run.changes.slice(0, KEPT_CHANGES)),
    error: run.error,
    started_at: new Date(run.startedAt),
    finished_at: new Date(),
  })
  // Old runs go: the page shows the recent ones, the audit log keeps every change.
  const old = await context.db
    .from('ldap_sso_runs')
    .orderBy('started_at', 'desc')
    .offset(KEPT_RUNS)
    .select('id')
  if (old.length)
    await context.db
      .from('ldap_sso_runs')
      .whereIn(
        'id',
        old.map((row) => row.id)
      )
      .delete()
}

export async function recentRuns(context: Context, limit = 10): Promise<Run[]> {
  const rows = (await context.db
    .from('ldap_sso_runs')
    .orderBy('started_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)) as Row[]
  return rows.map((row) => ({
    id: row.id,
    trigger: row.trigger,
    status: row.status,
    forced: row.forced,
    counts: json(row.counts),
    changes: json(row.changes),
    error: row.error,
    startedAt: new Date(row.started_at).toISOString(),
    finishedAt: new Date(row.finished_at).toISOString(),
  }))
}

/** Whether a sync that wrote (not a preview) ever finished: the schedule waits for the first. */
export async function hasSynced(context: Context) {
  const row = await context.db.from('ldap_sso_runs').where('status', 'done').first()
  return Boolean(row)
}
