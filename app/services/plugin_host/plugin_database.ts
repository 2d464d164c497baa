import db from '@adonisjs/lucid/services/db'
import type { QueryClientContract } from '@adonisjs/lucid/types/database'
import type { DatabaseQueryBuilderContract } from '@adonisjs/lucid/types/querybuilder'
import { HostError } from '#platform/errors'
import type { HostScope, PluginDatabase } from '#platform/host'
import { tablePrefix } from '#platform/plugin_tables'

const JOINS = [
  'join',
  'innerJoin',
  'leftJoin',
  'leftOuterJoin',
  'rightJoin',
  'rightOuterJoin',
  'fullOuterJoin',
  'crossJoin',
] as const

function ownTable(scope: HostScope, table: string) {
  const prefix = tablePrefix(scope.pluginId)
  if (typeof table !== 'string' || !table.startsWith(prefix) || !/^[a-z0-9_]+$/.test(table)) {
    throw new HostError(
      `${scope.pluginId} may only use its own tables (named ${prefix}…), not "${table}"`,
      'forbidden_table'
    )
  }
  return table
}

/**
 * Keeps a builder on the plugin's own tables: joins must name them too, and
 * an update may not move a row to another organization.
 */
function guard(scope: HostScope, query: DatabaseQueryBuilderContract) {
  for (const method of JOINS) {
    const original = query[method].bind(query) as (...args: unknown[]) => unknown
    Object.assign(query, {
      [method]: (table: unknown, ...rest: unknown[]) => {
        ownTable(scope, String(table))
        return original(table, ...rest)
      },
    })
  }
  const update = query.update.bind(query) as (...args: unknown[]) => unknown
  Object.assign(query, {
    update: (values: unknown, ...rest: unknown[]) => {
      if (typeof values !== 'object' || values === null || 'organization_id' in values) {
        throw new HostError(
          'organization_id is set by the host and cannot change',
          'forbidden_column'
        )
      }
      return update(values, ...rest)
    },
  })
  return query
}

/**
 * A plugin's query builder (`context.db`), on the default connection or on
 * a transaction: only the plugin's own tables, with `organization_id =
 * <this organization>` on every read, update and delete and on every
 * inserted row. Raw SQL fragments (whereRaw and the like) are the one
 * thing it cannot check: keep them to the plugin's own tables.
 */
export function pluginDatabase(
  scope: HostScope,
  client: QueryClientContract = db.connection()
): PluginDatabase {
  return {
    from(table) {
      const name = ownTable(scope, table)
      return guard(scope, client.from(name).where(`${name}.organization_id`, scope.organizationId))
    },

    insert(table, rows) {
      const name = ownTable(scope, table)
      const scoped = [rows].flat().map((row) => ({ ...row, organization_id: scope.organizationId }))
      return client
        .insertQuery()
        .table(name)
        .insert(Array.isArray(rows) ? scoped : scoped[0])
    },

    /** On a transaction already, a savepoint: `work` can fail alone. */
    transaction(work) {
      return client.transaction((trx) => work(pluginDatabase(scope, trx)))
    },
  }
}
