import { randomUUID } from 'node:crypto'
import { Logger } from '@adonisjs/core/logger'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import type { AnyEventName } from '#platform/catalogue'
import type {
  EventContext,
  PluginContext,
  PluginDefinition,
  PluginSettings,
  SettingsSchema,
} from '#platform/define_plugin'
import { hostDatabaseOn, type OutboundHttp, type PluginDatabase } from '#platform/host'
import Installations from '#platform/installations'
import PluginCatalog from '#platform/plugin_catalog'
import { pluginContext } from '#platform/plugin_context'
import { restoreClock } from '#platform/sdk/fake_clock'

/** A log line a handler wrote, as a plugin test reads it back. */
export type LoggedLine = { level: number; msg: string } & Record<string, unknown>

export type AnyPlugin = PluginDefinition<SettingsSchema | undefined> | PluginDefinition<any>

export type TestContextOptions<Plugin> = {
  /** The organization to run for; a new one is created when left out. */
  organization?: { id: number }
  /** The settings an admin would save in Admin → Plugins; validated by the plugin's schema. */
  settings?: Partial<PluginSettings<Plugin>> | Record<string, unknown>
  /** Replaces `context.http` (see fakeHttp). */
  http?: OutboundHttp
}

export type PluginTestContext<Plugin> = {
  organization: { id: number; name: string }
  /** The context handlers receive: the real host API for `organization`, acting as the plugin. */
  context: PluginContext<PluginSettings<Plugin>>
  /** Every line the plugin logged through `context.logger`. */
  logs: LoggedLine[]
  /** Aborts `context.signal`, as a budget running out or a worker shutting down does. */
  abort(reason?: unknown): void
}

/** Settings saved by "the system", as a command-line operator's change is recorded in the audit log. */
const SYSTEM: Parameters<typeof Installations.configure>[3] = {
  actor: null,
  ip: null,
  userAgent: 'system',
}

type Internals = { controller: AbortController; steps: Set<string> }
const internals = new WeakMap<object, Internals>()

/**
 * Boots a plugin for one organization against the test database, the way
 * Admin → Plugins does: the settings are validated by the plugin's schema,
 * stored (secrets encrypted) and read back, the plugin is enabled, and the
 * context carries the real host API (`tickets`, `users`, `store`, `db`…)
 * scoped to that organization. Run handlers with `runEvent`,
 * `runSchedule` and `runCommand`.
 *
 *   const test = await pluginTestContext(plugin, { settings: { greeting: 'Hi' } })
 *   await runEvent(plugin, 'ticket.created', payload, test)
 */
export async function pluginTestContext<Plugin extends AnyPlugin>(
  plugin: Plugin,
  options: TestContextOptions<Plugin> = {}
): Promise<PluginTestContext<Plugin>> {
  const loaded = PluginCatalog.find(plugin.id)
  if (!loaded || loaded.status !== 'ready') {
    throw new Error(
      `pluginTestContext: plugin "${plugin.id}" was ${
        loaded ? `not loaded: ${loaded.error}` : 'not discovered (is its folder plugins/<id>/?)'
      }`
    )
  }
  const organization = options.organization
    ? await Organization.findOrFail(options.organization.id)
    : await Organization.create({
        name: `Test organization ${plugin.id}`,
        slug: `test-${randomUUID().slice(0, 12)}`,
        ticketPrefix: 'SB',
        timezone: 'UTC',
        defaultLocale: 'en',
      })
  await Installations.configure(organization.id, loaded, options.settings ?? {}, SYSTEM)
  await Installations.enable(organization.id, loaded, SYSTEM)
  const active = await Installations.isActive(organization.id, loaded.id)
  if (!active) {
    throw new Error(`pluginTestContext: "${plugin.id}" did not become active`)
  }

  const logs: LoggedLine[] = []
  const logger = new Logger({
    enabled: true,
    name: plugin.id,
    level: 'trace',
    destination: { write: (line: string) => logs.push(JSON.parse(line)) },
  }).child({ plugin: plugin.id, organizationId: organization.id })
  const controller = new AbortController()
  let context = pluginContext<PluginSettings<Plugin>>(
    {
      pluginId: plugin.id,
      pluginName: plugin.name,
      organizationId: organization.id,
      signal: controller.signal,
    },
    active.settings as PluginSettings<Plugin>,
    logger
  )
  if (options.http) {
    context = extend(context, { http: options.http })
  }
  const test: PluginTestContext<Plugin> = {
    organization: { id: organization.id, name: organization.name },
    context,
    logs,
    abort: (reason) => controller.abort(reason),
  }
  internals.set(test, { controller, steps: new Set() })
  return test
}

/**
 * A copy of `context` with `fields` added or replaced; the host API stays
 * lazy (the copied getters build it on first use).
 */
export function extend<Base extends object, Extra extends object>(
  context: Base,
  fields: Extra
): Omit<Base, keyof Extra> & Extra {
  const descriptors: PropertyDescriptorMap = Object.getOwnPropertyDescriptors(context)
  for (const [key, value] of Object.entries(fields)) {
    descriptors[key] = { value, enumerable: true, configurable: true }
  }
  const copy = Object.defineProperties({}, descriptors)
  return copy as Omit<Base, keyof Extra> & Extra
}

/**
 * An event handler's context around the test context: `event`,
 * `attempt`, `idempotencyKey`, a `once` on a real transaction and a
 * `callOnce` that, like a retried delivery's, skip steps that completed
 * for the same event (same `eventId`) in this test context.
 */
export function eventContext<Plugin>(
  test: PluginTestContext<Plugin>,
  name: AnyEventName,
  options: { eventId?: number; attempt?: number } = {}
): EventContext<PluginSettings<Plugin>> {
  const state = internals.get(test)
  if (!state) {
    throw new Error('eventContext: pass the object pluginTestContext() returned')
  }
  const eventId = options.eventId ?? 1
  const idempotencyKey = `plugin:${test.context.pluginId}:event-${eventId}`
  return extend(test.context, {
    event: { id: eventId, name, occurredAt: new Date().toISOString() },
    idempotencyKey,
    attempt: options.attempt ?? 1,
    async once<T>(step: string, work: (db: PluginDatabase) => Promise<T>) {
      const key = `${idempotencyKey}:${step}`
      if (state.steps.has(key)) {
        return null
      }
      const result = await db.transaction((trx) =>
        work(
          hostDatabaseOn(
            {
              pluginId: test.context.pluginId,
              pluginName: test.context.pluginId,
              organizationId: test.context.organizationId,
              signal: test.context.signal,
            },
            trx
          )
        )
      )
      state.steps.add(key)
      return result
    },
    async callOnce<T>(step: string, call: () => Promise<T>) {
      const key = `${idempotencyKey}:${step}`
      if (state.steps.has(key)) {
        return null
      }
      const result = await call()
      state.steps.add(key)
      return result
    },
  }) as EventContext<PluginSettings<Plugin>>
}

type TestGroup = { each: { setup(hook: () => unknown): unknown } }

/**
 * Runs each test of the group in a database transaction rolled back
 * afterwards (organizations, settings and rows a test made disappear),
 * and puts the real clock back.
 *
 *   test.group('my plugin', (group) => {
 *     isolatePluginTests(group)
 *   })
 */
export function isolatePluginTests(group: TestGroup) {
  group.each.setup(async () => {
    await db.beginGlobalTransaction()
    Installations.forget()
    return async () => {
      restoreClock()
      await db.rollbackGlobalTransaction()
      Installations.forget()
    }
  })
}
