import { Logger } from '@adonisjs/core/logger'
import type { EventName } from '#platform/catalogue'
import type { EventContext, InRequestContext } from '#platform/define_plugin'
import { pluginContext } from '#platform/plugin_context'

/** A log line a handler wrote, as a plugin test reads it back. */
export type LoggedLine = { level: number; msg: string } & Record<string, unknown>

/**
 * Contexts for testing a plugin's handlers on their own, without a
 * database, a queue or a request: the settings you pass, a logger whose
 * lines land in `logs`, and an in-memory `once` that remembers its steps
 * like the real one does across retries.
 *
 *   const { context, logs } = pluginTestContext('my-plugin', { greeting: 'Hi' })
 *   await greetNewTicket(payload, context)
 */
export function pluginTestContext<Settings>(
  pluginId: string,
  settings: Settings,
  event: { name?: EventName; attempt?: number } = {}
) {
  const logs: LoggedLine[] = []
  const logger = new Logger({
    enabled: true,
    name: pluginId,
    level: 'trace',
    destination: { write: (line: string) => logs.push(JSON.parse(line)) },
  })
  const done = new Set<string>()
  const base = pluginContext(
    { pluginId, pluginName: pluginId, organizationId: 1, signal: new AbortController().signal },
    settings,
    logger
  )
  const context: EventContext<Settings> & InRequestContext<Settings> = Object.assign(base, {
    event: { id: 1, name: event.name ?? 'ticket.created', occurredAt: new Date().toISOString() },
    deliveryId: 1,
    idempotencyKey: `plugin:${pluginId}:event-1`,
    attempt: event.attempt ?? 1,
    async once(step, work) {
      if (done.has(step)) return null
      // Handlers under test do their database work elsewhere; `once` only records the step here.
      const result = await work(undefined as never)
      done.add(step)
      return result
    },
  } satisfies Partial<EventContext<Settings>>)
  return { context, logs }
}
