import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type User from '#models/user'
import Organization from '#models/organization'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import AssignWaitingTickets from '#jobs/assign_waiting_tickets'

export type AvailabilityInput = { available: boolean; awayUntil?: DateTime | null }

/**
 * Whether automatic assignment may give an agent tickets. Away with an end
 * (a vacation) ends by itself: the worker's sweep notices within seconds.
 * Coming back asks the worker to assign the waiting tickets at once.
 */
export default class AvailabilityService {
  static async set(user: User, input: AvailabilityInput, context: ActorContext) {
    const before = { isAway: user.isAway, awayUntil: user.awayUntil?.toISO() ?? null }
    const awayUntil = input.available ? null : (input.awayUntil ?? null)
    const after = { isAway: !input.available, awayUntil: awayUntil?.toISO() ?? null }
    // The whole availability goes to the audit log, so its sentence can say "away until …".
    const { changed } = AuditLogService.diff(before, after)
    if (!changed) {
      return user
    }
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.isAway = after.isAway
      user.awayUntil = awayUntil
      await user.save()
      await AuditLogService.record(
        context,
        {
          organizationId: user.organizationId,
          action: 'user.availability_changed',
          entityType: 'user',
          entityId: user.id,
          oldValues: before,
          newValues: after,
        },
        trx
      )
    })
    if (!user.isAwayAt(DateTime.now())) {
      await AssignWaitingTickets.soon()
    }
    return user
  }

  /**
   * The availability validators' metadata for someone: the zone a date
   * alone is read in, their organization's (a team's vacation calendar),
   * not the person's own zone nor UTC.
   */
  static async validationMeta(user: Pick<User, 'organizationId'>) {
    const organization = await Organization.findOrFail(user.organizationId)
    return { timezone: organization.timezone }
  }

  /** What pages and the API show: available now, and until when away. */
  static view(user: User) {
    const away = user.isAwayAt(DateTime.now())
    return { available: !away, awayUntil: away ? (user.awayUntil?.toUTC().toISO() ?? null) : null }
  }
}
