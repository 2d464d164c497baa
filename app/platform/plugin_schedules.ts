import logger from '@adonisjs/core/services/logger'
import { Worker, type Job } from 'bullmq'
import { queueConnection, queuePrefix, QUEUES, scheduleRuns, stopping } from '#config/queue'
import PluginCatalog, { type LoadedPlugin } from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { pluginLogger, runGuarded } from '#platform/hook_executor'
import { pluginContext } from '#platform/plugin_context'
import { queue } from '#services/queue/queue_registry'
import type { ScheduledJob } from '#services/queue/scheduled_job'

type RunJob = Job<{ pluginId: string; schedule: string; organizationId: number; tick: number }>

/**
 * What names one (plugin, schedule, organization): its runs never overlap.
 * Dots cannot occur in plugin ids or schedule names, so no two keys collide.
 */
export function runKey(pluginId: string, schedule: string, organizationId: number) {
  return `run.${pluginId}.${schedule}.${organizationId}`
}

/**
 * Plugin schedules as the worker's recurring jobs. BullMQ fires each one
 * once per interval for the whole installation (however many workers
 * run); that tick only fans out: one job per organization that enabled
 * the plugin, run in parallel by any worker, each with its own budget and
 * signal, so a slow organization holds up nobody else.
 *
 * Two guarantees come from BullMQ's own atomic bookkeeping in Redis:
 * - the run's job id is the same for the same (plugin, schedule,
 *   organization, tick), so a tick fanned out twice runs once;
 * - its deduplication id is the same for every tick of the same (plugin,
 *   schedule, organization), and a job is not added while one with that id
 *   is still waiting or running: a run that outlasts its interval makes
 *   the next tick skip that organization instead of overlapping it.
 */
export function pluginSchedules(): ScheduledJob[] {
  return PluginCatalog.ready().flatMap((plugin) =>
    plugin.hooks.schedules.map((schedule) => ({
      id: `plugin.${plugin.id}.${schedule.name}`,
      every: schedule.every,
      async run(tick: { at: number }) {
        const organizations = await Installations.organizationsWith(plugin.id)
        await queue(QUEUES.scheduleRuns).addBulk(
          organizations.map((organizationId) => {
            const key = runKey(plugin.id, schedule.name, organizationId)
            return {
              name: `${plugin.id}.${schedule.name}`,
              data: { pluginId: plugin.id, schedule: schedule.name, organizationId, tick: tick.at },
              opts: {
                jobId: `${key}.${tick.at}`,
                deduplication: { id: key },
                attempts: 1,
                removeOnComplete: { age: 3600, count: 1000 },
                removeOnFail: { age: 24 * 3600 },
              },
            }
          })
        )
        return { organizations: organizations.length }
      },
    }))
  )
}

/**
 * One organization's run of a plugin schedule, within the schedule's
 * budget. A failure or timeout is logged and recorded against the plugin;
 * the next tick is the retry.
 */
export async function runSchedule(job: RunJob) {
  const { pluginId, schedule: name, organizationId } = job.data
  const plugin = PluginCatalog.find(pluginId)
  const schedule = plugin?.hooks.schedules.find((candidate) => candidate.name === name)
  const active = plugin && (await Installations.isActive(organizationId, pluginId))
  if (!plugin || !schedule || !active) {
    return 'skipped'
  }
  const outcome = await runGuarded(
    plugin,
    `schedule:${name}`,
    schedule.budget,
    organizationId,
    (signal) => schedule.handler(contextFor(plugin, name, organizationId, active.settings, signal)),
    stopping.settleMs
  )
  return outcome.ok ? 'ok' : 'failed'
}

function contextFor(
  plugin: LoadedPlugin,
  schedule: string,
  organizationId: number,
  settings: unknown,
  signal: AbortSignal
) {
  return pluginContext(
    { pluginId: plugin.id, pluginName: plugin.manifest?.name ?? plugin.id, organizationId, signal },
    settings,
    pluginLogger(plugin, `schedule:${schedule}`, organizationId)
  )
}

/** The worker of organizations' schedule runs. */
export function startScheduleRunWorker(concurrency = scheduleRuns.concurrency) {
  const worker = new Worker(QUEUES.scheduleRuns, runSchedule, {
    connection: queueConnection,
    prefix: queuePrefix,
    concurrency,
  })
  worker.on('error', (error) => logger.error({ err: error }, 'schedule run worker error'))
  return worker
}
