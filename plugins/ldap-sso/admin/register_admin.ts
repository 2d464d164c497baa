import vine from '@vinejs/vine'
import type { JsonValue } from '#platform/sdk'
import type { Hooks } from '../types.js'
import { recentRuns } from '../sync/runs.js'
import { runSync } from '../sync/run_sync.js'
import { SYNC_REQUESTED } from '../sync/register_sync.js'
import { testConnection, testUser } from './checks.js'

const CONNECTION = 'check-connection'
const USER = 'check-user'
const PREVIEW = 'preview'

const userCheck = vine.object({ login: vine.string().trim().minLength(1).maxLength(254) })

/**
 * Admin → LDAP sign-in: Test connection, Test a user, the sync preview
 * (read only, answered at once), Sync now / Sync anyway (the worker runs
 * them within a minute) and the last runs.
 */
export default function registerAdmin(hooks: Hooks) {
  hooks.page('admin', {
    name: 'admin',
    path: '/admin',
    component: 'LdapAdmin',
    title: 'LDAP sign-in',
    load: async (_request, context) => {
      const runs = await recentRuns(context, 10)
      return {
        configured: Boolean(context.settings.url && context.settings.userBase),
        url: context.settings.url ?? null,
        syncEveryMinutes: context.settings.syncEveryMinutes ?? 0,
        connection: await context.store.get(CONNECTION),
        user: await context.store.get(USER),
        preview: await context.store.get(PREVIEW),
        syncRequested: await context.store.get(SYNC_REQUESTED),
        runs: runs.map((run) => ({
          ...run,
          changes: run.changes.slice(0, 50),
          changeCount: run.changes.length,
        })) as unknown as JsonValue,
      }
    },
  })

  hooks.action({
    name: 'check-connection',
    method: 'post',
    path: '/check-connection',
    handle: async (_request, context) => {
      const outcome = await testConnection(context)
      await context.store.set(CONNECTION, outcome)
      return { toast: outcome.ok ? 'Connected.' : 'The connection test failed.' }
    },
  })

  hooks.action({
    name: 'check-user',
    method: 'post',
    path: '/check-user',
    handle: async (request, context) => {
      const { login } = await request.validate(userCheck)
      await context.store.set(USER, { login, ...(await testUser(context, login)) })
    },
  })

  hooks.action({
    name: 'preview',
    method: 'post',
    path: '/preview',
    handle: async (_request, context) => {
      const outcome = await runSync(context, { dryRun: true, trigger: 'manual' })
      await context.store.set(PREVIEW, {
        at: new Date().toISOString(),
        ...outcome,
        changes: outcome.changes.slice(0, 200),
        changeCount: outcome.changes.length,
      } as unknown as JsonValue)
    },
  })

  for (const [name, force] of [
    ['sync', false],
    ['sync-anyway', true],
  ] as const) {
    hooks.action({
      name,
      method: 'post',
      path: `/${name}`,
      handle: async (_request, context) => {
        await context.store.set(SYNC_REQUESTED, { force })
        return { toast: 'Sync requested: the worker runs it within a minute.' }
      },
    })
  }
}
