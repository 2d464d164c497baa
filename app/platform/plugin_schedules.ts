import PluginCatalog from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { pluginLogger, runGuarded } from '#platform/hook_executor'
import { pluginContext } from '#platform/plugin_context'
import type { ScheduledJob } from '#services/queue/scheduled_job'

/**
 * Plugin schedules as the worker's recurring jobs. BullMQ fires each one
 * once per interval for the whole installation (however many workers
 * run); the job then runs the handler for every organization that has the
 * plugin enabled, each within the interval as its budget, a failure in one
 * organization logged against the plugin and not stopping the others.
 */
export function pluginSchedules(): ScheduledJob[] {
  return PluginCatalog.ready().flatMap((plugin) =>
    plugin.hooks.schedules.map((schedule) => ({
      id: `plugin.${plugin.id}.${schedule.name}`,
      every: schedule.every,
      async run() {
        const hook = `schedule:${schedule.name}`
        let ran = 0
        for (const organizationId of await Installations.organizationsWith(plugin.id)) {
          const active = await Installations.isActive(organizationId, plugin.id)
          if (!active) continue
          const outcome = await runGuarded(plugin, hook, schedule.every, organizationId, (signal) =>
            schedule.handler(
              pluginContext(
                {
                  pluginId: plugin.id,
                  pluginName: plugin.manifest?.name ?? plugin.id,
                  organizationId,
                  signal,
                },
                active.settings,
                pluginLogger(plugin, hook, organizationId)
              )
            )
          )
          if (outcome.ok) ran++
        }
        return { organizations: ran }
      },
    }))
  )
}
