import logger from '@adonisjs/core/services/logger'
import type { LoadedPlugin } from '#platform/plugin_catalog'
import Installations from '#platform/installations'

export class HookTimeout extends Error {
  constructor(hook: string, budgetMs: number) {
    super(`${hook} took longer than its ${budgetMs} ms budget`)
  }
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; error: Error }

/** A logger whose every line names the plugin and the hook. */
export function pluginLogger(plugin: LoadedPlugin, hook: string, organizationId: number) {
  return logger.child({ plugin: plugin.id, hook, organizationId })
}

/**
 * The one way the core calls into a plugin in a request: within a time
 * budget, with errors caught, logged and recorded against the plugin and
 * hook (Admin → Plugins shows the last one). The caller then carries on
 * as if the plugin were absent. A handler past its budget is signalled to
 * stop but cannot be killed; its late result is ignored.
 */
export async function runGuarded<T>(
  plugin: LoadedPlugin,
  hook: string,
  budgetMs: number,
  organizationId: number,
  work: (signal: AbortSignal) => Promise<T> | T
): Promise<Outcome<T>> {
  const controller = new AbortController()
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort()
      reject(new HookTimeout(hook, budgetMs))
    }, budgetMs)
  })
  try {
    const value = await Promise.race([
      Promise.resolve().then(() => work(controller.signal)),
      deadline,
    ])
    return { ok: true, value }
  } catch (caught) {
    const error = caught instanceof Error ? caught : new Error(String(caught))
    pluginLogger(plugin, hook, organizationId).error(
      { err: error },
      `plugin ${plugin.id} failed in ${hook}: ${error.message}`
    )
    await Installations.recordError(organizationId, plugin.id, hook, error)
    return { ok: false, error }
  } finally {
    clearTimeout(timer)
  }
}
