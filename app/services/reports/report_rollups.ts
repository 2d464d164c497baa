import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import {
  applyFactChanges,
  countAssignment,
  FACT_ROW_COLUMNS,
  rebuildMonths,
  type FactRow,
} from '#services/reports/report_month_rollups'

/**
 * A ticket's report facts, computed from the ticket itself: days in its
 * organization's zone, seconds to first response and to resolution, and
 * how often it came back from resolved or closed (ticket_history). "Done"
 * is resolved or closed now: the lifecycle clears resolved_at on reopen.
 */
const FACTS_SELECT = `
  SELECT t.id, t.organization_id, t.group_id, t.category_id, t.priority, t.assignee_id, t.created_at,
         (t.created_at AT TIME ZONE o.timezone)::date,
         CASE WHEN t.first_response_at IS NOT NULL
              THEN greatest(0, floor(extract(epoch FROM t.first_response_at - t.created_at)))::int END,
         d.at, (d.at AT TIME ZONE o.timezone)::date,
         CASE WHEN d.at IS NOT NULL THEN greatest(0, floor(extract(epoch FROM d.at - t.created_at)))::int END,
         coalesce(h.reopened, 0)
    FROM tickets t
    JOIN organizations o ON o.id = t.organization_id
    CROSS JOIN LATERAL (SELECT CASE WHEN t.status IN ('resolved', 'closed')
                                    THEN coalesce(t.resolved_at, t.closed_at) END AS at) d
    LEFT JOIN LATERAL (SELECT count(*)::int AS reopened FROM ticket_history th
                        WHERE th.ticket_id = t.id AND th.field = 'status'
                          AND th.old_value IN ('resolved', 'closed')
                          AND th.new_value NOT IN ('resolved', 'closed')) h ON true`

const FACTS_COLUMNS = `(ticket_id, organization_id, group_id, category_id, priority, assignee_id, created_at,
  created_day, first_response_seconds, done_at, done_day, resolution_seconds, reopened)`

const FACTS_UPSERT = `ON CONFLICT (ticket_id) DO UPDATE SET
  group_id = excluded.group_id, category_id = excluded.category_id, priority = excluded.priority,
  assignee_id = excluded.assignee_id, created_at = excluded.created_at, created_day = excluded.created_day,
  first_response_seconds = excluded.first_response_seconds, done_at = excluded.done_at,
  done_day = excluded.done_day, resolution_seconds = excluded.resolution_seconds, reopened = excluded.reopened`

/** The daily rows of some days, grouped from the facts (`days` null: every day). */
const STATS_INSERT = (daysFilter: string) => `
  INSERT INTO ticket_daily_stats (organization_id, day, group_id, priority, category_id, created, resolved, reopened)
  SELECT ?, day, group_id, priority, category_id, sum(c), sum(r), sum(ro)
    FROM (SELECT created_day AS day, group_id, priority, category_id, 1 AS c, 0 AS r, 0 AS ro
            FROM ticket_report_facts WHERE organization_id = ? ${daysFilter.replace('$day', 'created_day')}
          UNION ALL
          SELECT done_day, group_id, priority, category_id, 0, 1, (reopened > 0)::int
            FROM ticket_report_facts WHERE organization_id = ? AND done_day IS NOT NULL ${daysFilter.replace('$day', 'done_day')}) x
   GROUP BY day, group_id, priority, category_id`

type Day = string

/** PostgreSQL's lock_not_available: lock_timeout ran out. */
const LOCK_NOT_AVAILABLE = '55P03'

/**
 * Keeps the report tables in step with the tickets. Everything is
 * recomputed from the tickets' current state, never incremented, so a
 * redelivered or out-of-order event changes nothing and a rebuild gives
 * the same rows as the worker did.
 */
export default class ReportRollups {
  /**
   * Refreshes the facts of some tickets of one organization and the daily
   * rows of every day they were or are counted on. One organization's day
   * recomputations queue on an advisory lock, so two workers never both
   * delete and re-insert the same day.
   */
  static async refreshTickets(organizationId: number, ticketIds: number[]) {
    if (ticketIds.length === 0) return
    await db.transaction(async (trx) => {
      await trx.rawQuery(`SELECT pg_advisory_xact_lock(hashtext('ticket_daily_stats'), ?)`, [
        organizationId,
      ])
      const before = await trx.rawQuery(
        `SELECT ${FACT_ROW_COLUMNS} FROM ticket_report_facts
          WHERE organization_id = ? AND ticket_id = ANY(?::bigint[])`,
        [organizationId, ticketIds]
      )
      const after = await trx.rawQuery(
        `INSERT INTO ticket_report_facts ${FACTS_COLUMNS}
         ${FACTS_SELECT} WHERE t.organization_id = ? AND t.id = ANY(?::bigint[])
         ${FACTS_UPSERT}
         RETURNING ${FACT_ROW_COLUMNS}`,
        [organizationId, ticketIds]
      )
      const rows = [...before.rows, ...after.rows] as FactRow[]
      const days = new Set<Day>()
      for (const row of rows) {
        days.add(row.created_day)
        if (row.done_day) days.add(row.done_day)
      }
      await applyFactChanges(trx, organizationId, before.rows, after.rows)
      await this.recomputeDays(trx, organizationId, [...days])
    })
  }

  static async recomputeDays(trx: TransactionClientContract, organizationId: number, days: Day[]) {
    if (days.length === 0) return
    await trx.rawQuery(
      'DELETE FROM ticket_daily_stats WHERE organization_id = ? AND day = ANY(?::date[])',
      [organizationId, days]
    )
    await trx.rawQuery(STATS_INSERT('AND $day = ANY(?::date[])'), [
      organizationId,
      organizationId,
      days,
      organizationId,
      days,
    ])
  }

  /**
   * Records an assignment and counts it in its agent's month; the event id
   * makes a redelivery a no-op.
   */
  static async recordAssignment(entry: {
    eventId: number
    organizationId: number
    ticketId: number
    agentId: number
    groupId: number
    priority: string
    at: Date
  }) {
    await db.transaction(async (trx) => {
      await trx.rawQuery(`SELECT pg_advisory_xact_lock(hashtext('ticket_daily_stats'), ?)`, [
        entry.organizationId,
      ])
      const inserted = await trx.rawQuery(
        `INSERT INTO ticket_report_assignments
           (event_id, organization_id, ticket_id, agent_id, group_id, priority, assigned_at, assigned_day)
         SELECT ?, o.id, ?, ?, ?, ?, ?::timestamptz, (?::timestamptz AT TIME ZONE o.timezone)::date
           FROM organizations o
          WHERE o.id = ? AND EXISTS (SELECT 1 FROM tickets WHERE id = ? AND organization_id = o.id)
         ON CONFLICT (event_id) DO NOTHING
         RETURNING assigned_day::text AS day`,
        [
          entry.eventId,
          entry.ticketId,
          entry.agentId,
          entry.groupId,
          entry.priority,
          entry.at,
          entry.at,
          entry.organizationId,
          entry.ticketId,
        ]
      )
      if (inserted.rows.length > 0) {
        await countAssignment(trx, entry.organizationId, { ...entry, day: inserted.rows[0].day })
      }
    })
  }

  /**
   * Recomputes one organization's report tables from scratch: after a
   * bulk load, an upgrade, a change of the organization's time zone, or
   * deletions (which send no event). Assignments come back from the
   * outbox's `ticket.assigned` events that are still kept.
   *
   * Clears the organization's rebuild request, unless a newer one arrived
   * meanwhile (which then gets its own rebuild). With `onlyIfRequested`
   * (the worker's backfill) it does nothing, and answers false, when no
   * request is pending or another process holds the organization's lock
   * for more than a few seconds.
   */
  static async rebuild(organizationId: number, options: { onlyIfRequested?: boolean } = {}) {
    const rebuild = db.transaction(async (trx) => {
      if (options.onlyIfRequested) {
        // Ticket refreshes hold the lock for milliseconds and are waited for;
        // another process's rebuild holds it for long, and is not.
        await trx.rawQuery(`SET LOCAL lock_timeout = '5s'`)
        await trx.rawQuery(`SELECT pg_advisory_xact_lock(hashtext('ticket_daily_stats'), ?)`, [
          organizationId,
        ])
        await trx.rawQuery(`SET LOCAL lock_timeout = 0`)
      } else {
        await trx.rawQuery(`SELECT pg_advisory_xact_lock(hashtext('ticket_daily_stats'), ?)`, [
          organizationId,
        ])
      }
      const request = await trx.rawQuery(
        // As text: a JS Date would drop the microseconds the comparison below needs.
        'SELECT reports_rebuild_requested_at::text AS at FROM organizations WHERE id = ?',
        [organizationId]
      )
      const requestedAt: string | null = request.rows[0]?.at ?? null
      if (options.onlyIfRequested && requestedAt === null) return false
      await trx.rawQuery('DELETE FROM ticket_report_facts WHERE organization_id = ?', [
        organizationId,
      ])
      await trx.rawQuery(
        `INSERT INTO ticket_report_facts ${FACTS_COLUMNS} ${FACTS_SELECT} WHERE t.organization_id = ?`,
        [organizationId]
      )
      await trx.rawQuery('DELETE FROM ticket_daily_stats WHERE organization_id = ?', [
        organizationId,
      ])
      await trx.rawQuery(STATS_INSERT(''), [organizationId, organizationId, organizationId])
      await trx.rawQuery(
        `INSERT INTO ticket_report_assignments
           (event_id, organization_id, ticket_id, agent_id, group_id, priority, assigned_at, assigned_day)
         SELECT e.id, e.organization_id, t.id, (e.payload->>'assigneeId')::int,
                (e.payload->'ticket'->>'groupId')::int, e.payload->'ticket'->>'priority',
                e.created_at, (e.created_at AT TIME ZONE o.timezone)::date
           FROM outbox_events e
           JOIN organizations o ON o.id = e.organization_id
           JOIN tickets t ON t.id = (e.payload->'ticket'->>'id')::bigint AND t.organization_id = e.organization_id
          WHERE e.organization_id = ? AND e.name = 'ticket.assigned'
            AND e.payload->>'assigneeId' IS NOT NULL
         ON CONFLICT (event_id) DO NOTHING`,
        [organizationId]
      )
      // Rows whose events are no longer kept stay; their day follows a new time zone.
      await trx.rawQuery(
        `UPDATE ticket_report_assignments a SET assigned_day = (a.assigned_at AT TIME ZONE o.timezone)::date
           FROM organizations o
          WHERE o.id = a.organization_id AND a.organization_id = ?
            AND a.assigned_day <> (a.assigned_at AT TIME ZONE o.timezone)::date`,
        [organizationId]
      )
      await rebuildMonths(trx, organizationId)
      await trx.rawQuery(
        `UPDATE organizations SET reports_rebuild_requested_at = NULL
          WHERE id = ? AND coalesce(reports_rebuild_requested_at::text, '') = ?`,
        [organizationId, requestedAt ?? '']
      )
      return true
    })
    const rebuilt = await rebuild.catch((error) => {
      if (options.onlyIfRequested && error?.code === LOCK_NOT_AVAILABLE) return false
      throw error
    })
    if (!rebuilt) return false
    await db.rawQuery('ANALYZE ticket_report_facts')
    await db.rawQuery('ANALYZE ticket_daily_stats')
    await db.rawQuery('ANALYZE ticket_month_times')
    await db.rawQuery('ANALYZE ticket_month_agents')
    return true
  }
}
