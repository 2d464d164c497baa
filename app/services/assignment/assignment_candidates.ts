import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import { ACTIVE_STATUSES } from '#services/tickets/ticket_lifecycle'
import type { Candidate } from '#services/assignment/assignment_rules'

const toDateTime = (value: Date | null) => (value ? DateTime.fromJSDate(value) : null)

/**
 * The group's staff members with what the rules weigh: active, away, their
 * open tickets across every group of the organization, and when they were
 * last given one. Read inside the assigner's transaction, after its lock,
 * so the counts include every assignment committed before.
 */
export async function readCandidates(
  trx: TransactionClientContract,
  organizationId: number,
  groupId: number
): Promise<Candidate[]> {
  const rows = await trx
    .from('users')
    .join('group_members', 'group_members.user_id', 'users.id')
    .where('group_members.group_id', groupId)
    .where('users.organization_id', organizationId)
    .whereIn('users.role', ['agent', 'admin'])
    .select(
      'users.id',
      'users.name',
      'users.is_active',
      'users.is_away',
      'users.away_until',
      'users.last_assigned_at',
      trx.raw(
        `(SELECT count(*)::int FROM tickets
           WHERE tickets.organization_id = users.organization_id
             AND tickets.assignee_id = users.id
             AND tickets.status = ANY(?)) AS open_tickets`,
        [[...ACTIVE_STATUSES]]
      )
    )
    .orderBy('users.id')
  return rows.map((row) => ({
    id: row.id,
    name: row.name,
    isActive: row.is_active,
    isAway: row.is_away,
    awayUntil: toDateTime(row.away_until),
    openTickets: row.open_tickets,
    lastAssignedAt: toDateTime(row.last_assigned_at),
  }))
}
