import db from '@adonisjs/lucid/services/db'
import { installHost, type HostFactory } from '#platform/host'
import { createHost } from '#services/plugin_host/create_host'

/**
 * `context.db` for a plugin's own tables, scoped to the organization, in
 * one query per call like the real one, for tests of hooks that read
 * through it. TODO(lead): remove once the host's own `db` (helper C) is
 * merged; the tests then run against it unchanged.
 */
export function installPluginDbStandIn() {
  const factory: HostFactory = (scope) => {
    const host = createHost(scope)
    let real = true
    try {
      host.db.from('fixture_slots_flags')
    } catch (error) {
      real = !/not implemented/.test((error as Error).message)
    }
    if (real) return host
    return {
      ...host,
      db: {
        ...host.db,
        from: (table: string) =>
          db.from(table).where(`${table}.organization_id`, scope.organizationId),
      },
    }
  }
  installHost(factory)
  return () => installHost(createHost)
}
