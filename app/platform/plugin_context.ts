import type { Logger } from '@adonisjs/core/logger'
import type { PluginContext } from '#platform/define_plugin'
import { hostFor, type Host, type HostScope } from '#platform/host'

const HOST_KEYS = ['tickets', 'users', 'taxonomy', 'mail', 'store', 'db', 'http', 'events'] as const

/**
 * The context one handler call receives. The host API is built on first
 * use, so a handler that only reads its payload costs nothing more.
 */
export function pluginContext<Settings>(
  scope: HostScope,
  settings: Settings,
  logger: Logger
): PluginContext<Settings> {
  let host: Host | null = null
  const context = {
    pluginId: scope.pluginId,
    organizationId: scope.organizationId,
    settings,
    logger,
    signal: scope.signal,
  } as PluginContext<Settings>
  for (const key of HOST_KEYS) {
    Object.defineProperty(context, key, {
      enumerable: true,
      get: () => (host ??= hostFor(scope))[key],
    })
  }
  return context
}
