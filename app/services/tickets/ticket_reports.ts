import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import TicketQuery from '#services/tickets/ticket_query'
import { dayBounds } from '#services/time_zones'

export type ReportRange = { createdFrom?: Date; createdTo?: Date }

/**
 * Counts by status, priority and group, and the average hours to first
 * response and to resolution, over the tickets the caller may see.
 */
export default class TicketReports {
  static async summary(user: User, range: ReportRange) {
    const zone = await TicketQuery.filterZone(user, range)
    const scoped = () => {
      const query = TicketQuery.visibleTo(user)
      if (range.createdFrom) {
        query.where('tickets.created_at', '>=', dayBounds(range.createdFrom, zone).start)
      }
      if (range.createdTo) {
        query.where('tickets.created_at', '<', dayBounds(range.createdTo, zone).end)
      }
      return query
    }
    const countBy = async (column: string) =>
      scoped()
        .clearSelect()
        .select(`tickets.${column} as key`)
        .count('* as total')
        .groupBy(`tickets.${column}`)
        .pojo<{ key: string | number; total: number }>()

    const [byStatus, byPriority, byGroup, times] = await Promise.all([
      countBy('status'),
      countBy('priority'),
      scoped()
        .clearSelect()
        .join('groups', 'groups.id', 'tickets.group_id')
        .select('groups.id as id', 'groups.name as name')
        .count('* as total')
        .groupBy('groups.id', 'groups.name')
        .orderBy('groups.name')
        .pojo<{ id: number; name: string; total: number }>(),
      scoped()
        .clearSelect()
        .select(
          db.raw(
            `avg(extract(epoch from (tickets.first_response_at - tickets.created_at)) / 3600) as first_response_hours`
          ),
          db.raw(
            `avg(extract(epoch from (tickets.resolved_at - tickets.created_at)) / 3600) as resolution_hours`
          )
        )
        .count('* as total')
        .pojo<{
          first_response_hours: number | null
          resolution_hours: number | null
          total: number
        }>(),
    ])
    const round = (value: number | string | null) =>
      value === null ? null : Math.round(Number(value) * 100) / 100
    return {
      total: Number(times[0]?.total ?? 0),
      byStatus: Object.fromEntries(byStatus.map((row) => [row.key, Number(row.total)])),
      byPriority: Object.fromEntries(byPriority.map((row) => [row.key, Number(row.total)])),
      byGroup: byGroup.map((row) => ({ id: row.id, name: row.name, total: Number(row.total) })),
      averageFirstResponseHours: round(times[0]?.first_response_hours ?? null),
      averageResolutionHours: round(times[0]?.resolution_hours ?? null),
    }
  }
}
