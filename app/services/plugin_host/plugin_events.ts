import type { HostScope, PluginEventEmitter } from '#platform/host'
import type { AllEventHooks, PluginEventName } from '#platform/catalogue'
import { HostError } from '#platform/errors'
import PluginCatalog from '#platform/plugin_catalog'
import Outbox from '#platform/outbox'

/** A payload must survive the queue unchanged: a plain JSON object. */
function asJson(name: string, payload: unknown) {
  let copy: unknown
  try {
    copy = JSON.parse(JSON.stringify(payload))
  } catch (error) {
    throw new HostError(
      `the payload of "${name}" is not JSON: ${(error as Error).message}`,
      'payload'
    )
  }
  if (!copy || typeof copy !== 'object' || Array.isArray(copy)) {
    throw new HostError(`the payload of "${name}" must be a JSON object`, 'payload')
  }
  return copy
}

/**
 * `context.events`: a plugin emits the events it declared in `events`,
 * through the outbox, so they reach subscribers (other plugins) exactly as
 * the core's events do: one delivery per subscriber, retried, dead-lettered.
 * Only the declaring plugin may emit an event.
 */
export function pluginEvents(scope: HostScope): PluginEventEmitter {
  return {
    async emit(name, payload) {
      const declarer = PluginCatalog.declarerOf(name)
      if (declarer?.id !== scope.pluginId) {
        throw new HostError(
          declarer
            ? `${scope.pluginId} may not emit "${name}": it is ${declarer.id}'s event`
            : `${scope.pluginId} may not emit "${name}": declare it in the plugin's \`events\``,
          'undeclared_event'
        )
      }
      await Outbox.emit(
        scope.organizationId,
        name as PluginEventName,
        asJson(name, payload) as AllEventHooks[PluginEventName]
      )
    },
  }
}
