import { DateTime } from 'luxon'
import type { PluginDatabase } from '#platform/sdk'
import Clocks, { factsOfRow } from '../data/clocks.js'
import type { Context } from '../types.js'
import { backfillPage } from './backfill.js'
import { computeClock } from './clock_computation.js'
import PolicySet from './policy_set.js'

/**
 * After a policy or calendar change every open ticket's clock is computed
 * again, in the background and in batches. Admin actions only write the
 * request's time; the schedule alone writes its progress, so a request
 * arriving mid-run is never lost: it restarts the run from the first row.
 * Fired ladder steps are kept by key, so recomputing never fires one twice.
 * The same run gives a clock to open tickets that have none yet.
 */

const REQUESTED = 'recompute:requested'
const PROGRESS = 'recompute:progress'
export const BATCH_SIZE = 1000

/**
 * Two phases: the stored clocks by id, then the open tickets that have no
 * clock yet (see backfill.ts), page by page.
 */
type Progress = {
  requested: string
  afterId: number
  phase: 'clocks' | 'backfill'
  cursor: string | null
  done: boolean
}

export async function requestRecompute(context: Pick<Context, 'store'>) {
  await context.store.set(REQUESTED, DateTime.now().toUTC().toISO())
}

/** Computes one batch of clocks after `afterId`; answers the last id, or null when there were none. */
export function recomputeBatch(db: PluginDatabase, policies: PolicySet, afterId: number) {
  return db.transaction((trx) => recomputeLocked(trx, policies, afterId))
}

async function recomputeLocked(db: PluginDatabase, policies: PolicySet, afterId: number) {
  const clocks = new Clocks(db)
  const batch = await clocks.batch(afterId, BATCH_SIZE)
  if (batch.length === 0) return null
  // A closed ticket's clock is final: nothing a policy change does can move it.
  const rows = batch.filter((row) => row.status !== 'closed')
  const fired = await clocks.firedKeys(rows.map((row) => Number(row.ticket_id)))
  const now = DateTime.now()
  const computed = rows.map((row) => {
    const facts = factsOfRow(row)
    return computeClock(facts, policies, fired.get(facts.ticketId) ?? new Set(), now).row
  })
  await clocks.saveMany(computed)
  return Number(batch.at(-1)!.id)
}

/** Whether the latest requested recompute has finished. */
export async function recomputeStatus(context: Pick<Context, 'store'>) {
  const requested = await context.store.get<string>(REQUESTED)
  const progress = await context.store.get<Progress>(PROGRESS)
  return { requested, done: !requested || (progress?.requested === requested && progress.done) }
}

/** The schedule: continues a requested recompute for as long as its budget allows. */
export async function recomputePending(context: Context) {
  const requested = await context.store.get<string>(REQUESTED)
  if (!requested) return
  let progress = await context.store.get<Progress>(PROGRESS)
  if (progress?.requested === requested && progress.done) return
  if (progress?.requested !== requested) {
    progress = { requested, afterId: 0, phase: 'clocks', cursor: null, done: false }
  }

  const policies = await PolicySet.load(context.db)
  const stopAt = Date.now() + 8_000
  while (!context.signal.aborted && Date.now() < stopAt && !progress.done) {
    progress = await step(context, policies, progress)
    await context.store.set(PROGRESS, progress)
  }
  if (progress.done) context.logger.info('SLA clocks recomputed after a policy or calendar change')
}

async function step(context: Context, policies: PolicySet, progress: Progress): Promise<Progress> {
  if (progress.phase === 'clocks') {
    const lastId = await recomputeBatch(context.db, policies, progress.afterId)
    return lastId === null ? { ...progress, phase: 'backfill' } : { ...progress, afterId: lastId }
  }
  const cursor = await backfillPage(context, progress.cursor)
  return cursor === null ? { ...progress, done: true } : { ...progress, cursor }
}
