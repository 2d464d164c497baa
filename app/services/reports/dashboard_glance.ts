import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { ACTIVE_STATUSES } from '#services/tickets/ticket_lifecycle'

/** Statuses in which a ticket waits for the desk (not for the customer). */
const WAITING_ON_DESK = ['open', 'assigned', 'in_progress']

/**
 * The admin dashboard's glance at the desk: active tickets by status and
 * priority and how many have nobody, the ticket waiting longest for the
 * desk, and today's created and resolved tickets (from the report rollups,
 * so they match Admin → Reports). Three statements, each on an index.
 */
export default class DashboardGlance {
  static async of(organizationId: number, zone: string) {
    const today = DateTime.now().setZone(zone).toISODate()!
    const [active, oldest, day] = await Promise.all([
      db.rawQuery(
        `SELECT status, priority, count(*)::int AS total,
                count(*) FILTER (WHERE assignee_id IS NULL)::int AS unassigned
           FROM tickets WHERE organization_id = ? AND status = ANY(?)
          GROUP BY status, priority`,
        [organizationId, [...ACTIVE_STATUSES]]
      ),
      db
        .from('tickets')
        .where('organization_id', organizationId)
        .whereIn('status', WAITING_ON_DESK)
        .orderBy('created_at', 'asc')
        .orderBy('id', 'asc')
        .select('id', 'reference', 'title', 'status', 'created_at')
        .first(),
      db.rawQuery(
        `SELECT coalesce(sum(created), 0)::int AS created, coalesce(sum(resolved), 0)::int AS resolved
           FROM ticket_daily_stats WHERE organization_id = ? AND day = ?::date`,
        [organizationId, today]
      ),
    ])
    const rows = active.rows as {
      status: string
      priority: string
      total: number
      unassigned: number
    }[]
    const sumBy = (key: 'status' | 'priority') =>
      rows.reduce<Record<string, number>>((sums, row) => {
        sums[row[key]] = (sums[row[key]] ?? 0) + row.total
        return sums
      }, {})
    return {
      open: rows.reduce((sum, row) => sum + row.total, 0),
      byStatus: sumBy('status'),
      byPriority: sumBy('priority'),
      unassigned: rows.reduce((sum, row) => sum + row.unassigned, 0),
      oldestWaiting: oldest
        ? {
            id: Number(oldest.id),
            reference: oldest.reference as string,
            title: oldest.title as string,
            status: oldest.status as string,
            createdAt: new Date(oldest.created_at).toISOString(),
          }
        : null,
      today: { day: today, ...(day.rows[0] as { created: number; resolved: number }) },
    }
  }
}

export type Glance = Awaited<ReturnType<typeof DashboardGlance.of>>
