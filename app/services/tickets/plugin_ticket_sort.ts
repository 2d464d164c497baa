import db from '@adonisjs/lucid/services/db'
import logger from '@adonisjs/core/services/logger'
import type { ModelQueryBuilderContract } from '@adonisjs/lucid/types/model'
import type Ticket from '#models/ticket'
import { parsePluginSortValue } from '#platform/plugin_sorts'
import SlotData, { type SortView } from '#platform/slot_data'

type TicketBuilder = ModelQueryBuilderContract<typeof Ticket, Ticket>

/** Tables and columns seen in the database; a miss is asked again (the plugin's migration may run later). */
const present = new Set<string>()
const reported = new Set<string>()

/**
 * Whether the sort's table has its column and the two join columns. A
 * registration is checked at load for its shape only (the database may
 * not be migrated yet); a sort whose migration did not run falls back to
 * the default order instead of failing the list with a 500.
 */
async function columnsExist(sort: SortView) {
  const key = `${sort.table}.${sort.column}`
  if (present.has(key)) return true
  const wanted = [...new Set([sort.column, 'ticket_id', 'organization_id'])]
  const rows = await db
    .from('information_schema.columns')
    .whereRaw('table_schema = current_schema()')
    .where('table_name', sort.table)
    .whereIn('column_name', wanted)
    .select('column_name')
  if (rows.length === wanted.length) {
    present.add(key)
    return true
  }
  if (!reported.has(key)) {
    reported.add(key)
    logger.warn(
      { plugin: sort.plugin, sort: sort.name },
      `sort ${sort.value}: ${key}, ${sort.table}.ticket_id or ${sort.table}.organization_id does not exist; using the default order`
    )
  }
  return false
}

/**
 * A plugin's sort of the desk's ticket lists (`hooks.sort`), applied in
 * SQL. The request only names the sort; table, column and direction come
 * from the plugin's registration, so nothing the request says becomes SQL.
 */
export default class PluginTicketSort {
  /**
   * The sort `value` names (`plugin:<plugin id>:<sort name>`) if the
   * organization enabled that plugin and it declared that sort, else null.
   */
  static async resolve(organizationId: number, value: string | undefined) {
    const wanted = parsePluginSortValue(value)
    if (!wanted) return null
    const sorts = await SlotData.sorts(organizationId, 'desk.queue')
    const sort = sorts.find(
      (entry) => entry.plugin === wanted.pluginId && entry.name === wanted.name
    )
    return sort && (await columnsExist(sort)) ? sort : null
  }

  /**
   * Joins the plugin's rows of the same ticket and organization and orders
   * by the column, tickets without a row last; the caller adds the
   * tie-break. The table is meant to hold one row per ticket.
   */
  static apply(query: TicketBuilder, sort: SortView) {
    const direction = sort.direction === 'desc' ? 'desc' : 'asc'
    return query
      .leftJoin(`${sort.table} as plugin_sort`, (join) =>
        join
          .on('plugin_sort.ticket_id', '=', 'tickets.id')
          .andOn('plugin_sort.organization_id', '=', 'tickets.organization_id')
      )
      .orderByRaw(`?? ${direction} NULLS LAST`, [`plugin_sort.${sort.column}`])
  }
}
