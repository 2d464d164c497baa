import type { EventHooks, EventName } from '#platform/catalogue'
import type { HookRegistrar, PluginContext, PluginSettings } from '#platform/define_plugin'
import {
  eventContext,
  extend,
  type AnyPlugin,
  type PluginTestContext,
} from '#platform/sdk/test_context'

type Registration = { method: string; args: unknown[] }
type AnyHandler = (...args: any[]) => unknown

/**
 * What a plugin's `register(hooks)` declares, call by call, through a
 * recording registrar: the handlers tests run are exactly the ones the
 * platform would run.
 */
export function registrations(plugin: AnyPlugin): Registration[] {
  const calls: Registration[] = []
  const recorder = new Proxy(
    {},
    {
      get: (_target, method) =>
        typeof method === 'string'
          ? (...args: unknown[]) => void calls.push({ method, args })
          : undefined,
    }
  )
  plugin.register(recorder as HookRegistrar<any>)
  return calls
}

function registered(plugin: AnyPlugin, method: string, name: string, handlerAt: number) {
  const calls = registrations(plugin)
  const found = calls.find((call) => call.method === method && call.args[0] === name)
  if (!found) {
    const known = calls.map((call) => `${call.method}(${JSON.stringify(call.args[0])})`)
    throw new Error(
      `${plugin.id} registers no ${method}(${JSON.stringify(name)}); it registers ${
        known.join(', ') || 'nothing'
      }`
    )
  }
  return found.args[handlerAt] as AnyHandler
}

/**
 * Delivers one event to the plugin's handler for it, as the worker does:
 * with `event`, `attempt`, `idempotencyKey`, `once` and `callOnce`. Throws what the
 * handler throws (`RetryLater`, `PermanentFailure`…). Run it again with
 * `{ attempt: 2 }` to play a retry: steps `once` or `callOnce` completed are skipped.
 */
export async function runEvent<Plugin extends AnyPlugin, K extends EventName>(
  plugin: Plugin,
  name: K,
  payload: EventHooks[K],
  test: PluginTestContext<Plugin>,
  options: { eventId?: number; attempt?: number } = {}
) {
  const handler = registered(plugin, 'on', name, 1)
  await handler(payload, eventContext(test, name, options))
}

/** Runs the plugin's schedule `name` once, for the test context's organization. */
export async function runSchedule<Plugin extends AnyPlugin>(
  plugin: Plugin,
  name: string,
  test: PluginTestContext<Plugin>
) {
  const handler = registered(plugin, 'schedule', name, 2)
  await handler(test.context)
}

/**
 * Runs the plugin's ace command `name` once for the test context's
 * organization, with `flags` as parsed from the command line; answers the
 * lines it printed.
 */
export async function runCommand<Plugin extends AnyPlugin>(
  plugin: Plugin,
  name: string,
  test: PluginTestContext<Plugin>,
  flags: Record<string, string | number | boolean | undefined> = {}
) {
  const handler = registered(plugin, 'command', name, 2)
  const output: string[] = []
  const context: PluginContext<PluginSettings<Plugin>> & { print(line: string): void } = extend(
    test.context,
    { print: (line: string) => void output.push(line) }
  )
  await handler(context, flags)
  return output
}
