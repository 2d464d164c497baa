import logger from '@adonisjs/core/services/logger'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import Installations from '#platform/installations'
import { WorkerShutdown, withSignal } from '#platform/stopping'

export { HookTimeout } from '#platform/stopping'

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error }

/** A logger whose every line names the plugin and the hook. */
export function pluginLogger(plugin: LoadedPlugin, hook: string, organizationId: number | null) {
  return logger.child({ plugin: plugin.id, hook, organizationId })
}

/**
 * The one way the core calls into a plugin outside event deliveries: within
 * a time budget, with errors caught, logged and recorded against the plugin
 * and hook (Admin → Plugins shows the last one). The caller then carries on
 * as if the plugin were absent. The handler's signal fires at the budget
 * (or at shutdown); `settleMs` is how long it then has to end before it is
 * abandoned (0 in a request, which must not wait; its late result is ignored).
 */
export async function runGuarded<T>(
  plugin: LoadedPlugin,
  hook: string,
  budgetMs: number,
  organizationId: number,
  work: (signal: AbortSignal) => Promise<T> | T,
  settleMs = 0
): Promise<Outcome<T>> {
  try {
    const value = await withSignal(hook, budgetMs, work, settleMs)
    return { ok: true, value }
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught))
    if (error instanceof WorkerShutdown) {
      // Not the plugin's fault: nothing to show in Admin → Plugins.
      pluginLogger(plugin, hook, organizationId).info(`${hook} stopped: ${error.message}`)
      return { ok: false, error }
    }
    pluginLogger(plugin, hook, organizationId).error(
      { err: error },
      `plugin ${plugin.id} failed in ${hook}: ${error.message}`
    )
    await Installations.recordError(organizationId, plugin.id, hook, error)
    return { ok: false, error }
  }
}
