import type { Context } from '../types.js'
import { directoryConfig } from '../directory/config.js'
import { explainDirectoryError } from '../directory/failure.js'
import { applyChanges } from './apply.js'
import { countChanges, planSync, type Change } from './plan.js'
import { allUsers, readDirectory } from './read_directory.js'
import { recordRun, type RunStatus, type Trigger } from './runs.js'

export const DEFAULT_MAX_DEACTIVATE_SHARE = 0.1

export type SyncOptions = { dryRun?: boolean; force?: boolean; trigger: Trigger }

export type SyncOutcome = {
  status: RunStatus
  counts: Record<string, number>
  changes: Change[]
  error: string | null
}

/**
 * One directory sync: read the whole directory, plan, then (unless a dry
 * run) apply. A plan that would deactivate more than `maxDeactivateShare`
 * of the directory's active accounts is held, nothing written, until an
 * admin forces it. A read that fails or is cut short changes nothing.
 * Every run is recorded with its counts, changes and error, except a
 * scheduled one that found nothing to change: that one writes nothing.
 */
export async function runSync(context: Context, options: SyncOptions): Promise<SyncOutcome> {
  const startedAt = new Date().toISOString()
  const base = { trigger: options.trigger, forced: options.force ?? false, startedAt }
  let changes: Change[] = []
  try {
    const config = directoryConfig(context.settings)
    const read = await readDirectory(context, config)
    const users = await allUsers(context)
    changes = planSync(read, users, context.pluginId)
    const counts: Record<string, number> = {
      people: read.wanted.length + read.refused.length + read.unusable.length,
      ...countChanges(changes),
    }
    const outcome = (status: RunStatus, error: string | null = null) => ({
      status,
      counts,
      changes,
      error,
    })

    if (options.dryRun) {
      await recordRun(context, { ...base, ...outcome('preview') })
      return outcome('preview')
    }
    const active = users.filter(
      (user) => user.authSource === context.pluginId && user.active
    ).length
    const share = context.settings.maxDeactivateShare ?? DEFAULT_MAX_DEACTIVATE_SHARE
    if (!options.force && counts.deactivate > 0 && counts.deactivate > share * active) {
      const why =
        `It would deactivate ${counts.deactivate} of ${active} directory accounts, more than ` +
        `${Math.round(share * 100)} %: held until an admin confirms (Sync anyway, or --force).`
      await recordRun(context, { ...base, ...outcome('held', why) })
      return outcome('held', why)
    }
    // A scheduled sync that finds nothing to change writes nothing at all.
    if (options.trigger === 'schedule' && changes.every((change) => change.kind === 'skip')) {
      return outcome('done')
    }
    const errors = await applyChanges(context, changes)
    counts.errors = errors.length
    const error = errors.length
      ? errors.map((item) => `${item.kind} ${item.email}: ${item.error}`).join('\n')
      : null
    await recordRun(context, { ...base, ...outcome('done', error) })
    return outcome('done', error)
  } catch (error) {
    const message = describeFailure(error as Error)
    const failed = {
      status: 'failed' as const,
      counts: countChanges(changes),
      changes,
      error: message,
    }
    await recordRun(context, { ...base, ...failed })
    return failed
  }
}

/** What an admin reads when the directory could not be read completely. */
export function describeFailure(error: Error) {
  return `Nothing was changed. ${explainDirectoryError(error)}`
}
