import type { Hooks } from '../types.js'
import { describeOutcome } from './describe.js'
import { hasSynced, recentRuns } from './runs.js'
import { runSync } from './run_sync.js'

/** "Sync now" / "Sync anyway" on the admin page: the worker runs it within a minute. */
export const SYNC_REQUESTED = 'sync-requested'

/**
 * When this worker last ran each organization's scheduled sync: a run that
 * changed nothing leaves no record, so the interval is kept here (a
 * restarted worker syncs once at start, which is harmless).
 */
const lastScheduled = new Map<number, number>()

/**
 * The directory sync: every `syncEveryMinutes` once an admin ran a first
 * sync (the preview comes first), and `node ace ldap-sso:sync
 * [--organization SLUG] [--dry-run] [--force]`, which a script may run
 * straight away.
 */
export default function registerSync(hooks: Hooks) {
  hooks.schedule('sync', { every: '1m', budget: '30m' }, async (context) => {
    const requested = await context.store.get<{ force: boolean }>(SYNC_REQUESTED)
    if (requested) {
      await context.store.delete(SYNC_REQUESTED)
      await runSync(context, { trigger: 'manual', force: requested.force })
      return
    }
    const every = context.settings.syncEveryMinutes ?? 0
    if (!every || !(await hasSynced(context))) return
    const [last] = await recentRuns(context, 1)
    const since = Math.max(
      last ? Date.parse(last.startedAt) : 0,
      lastScheduled.get(context.organizationId) ?? 0
    )
    if (Date.now() - since < every * 60_000) return
    lastScheduled.set(context.organizationId, Date.now())
    const outcome = await runSync(context, { trigger: 'schedule' })
    context.logger.info({ status: outcome.status, counts: outcome.counts }, 'directory sync')
  })

  hooks.command(
    'sync',
    {
      description: 'Syncs users from the directory: creates, updates and deactivates them',
      flags: {
        dryRun: { type: 'boolean', description: 'Only list what would change; write nothing' },
        force: {
          type: 'boolean',
          description: 'Deactivate even more than maxDeactivateShare of the directory accounts',
        },
      },
    },
    async (context, flags) => {
      const dryRun = flags.dryRun ?? false
      const outcome = await runSync(context, { dryRun, force: flags.force, trigger: 'command' })
      for (const line of describeOutcome(outcome, dryRun)) context.print(line)
      if (outcome.status === 'failed' || outcome.status === 'held') {
        throw new Error(outcome.error ?? `sync ${outcome.status}`)
      }
    }
  )
}
