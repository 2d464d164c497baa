import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import Group, { type AssignmentMode } from '#models/group'
import AssignWaitingTickets from '#jobs/assign_waiting_tickets'
import User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import { requeueGroup } from '#services/assignment/assignment_queue'
import type { ActorContext } from '#services/request_context'
import type { groupValidator } from '#validators/group'
import { msg } from '#i18n/message'
import TranslatableError from '#i18n/translatable_error'

type GroupInput = Infer<typeof groupValidator>

/** A change to a group: the fields given change, those left out keep their values. */
export type GroupChanges = Partial<GroupInput> & {
  assignmentMode?: AssignmentMode
  assignmentMaxOpen?: number | null
}

export class NotStaffError extends TranslatableError {
  constructor() {
    super(msg('Only agents and admins of this organization can be group members.'))
  }
}

export class DuplicateGroupError extends TranslatableError {
  constructor() {
    super(msg('A group with this name already exists.'))
  }
}

function isUniqueViolation(error: unknown) {
  return (error as { code?: string })?.code === '23505'
}

/**
 * Groups are teams and queues. Lookups are scoped to the acting admin's
 * organization; members must be active staff of that organization.
 */
export default class GroupService {
  static findInOrganization(organizationId: number, id: number) {
    return Group.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('id', id)
      .firstOrFail()
  }

  static list(organizationId: number) {
    return Group.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .withCount('members')
      .orderBy('position')
      .orderBy('name')
  }

  static async create(organizationId: number, input: GroupInput, context: ActorContext) {
    return db.transaction(async (trx) => {
      const position = await trx
        .from('groups')
        .where('organization_id', organizationId)
        .max('position as max')
        .first()
      const group = await Group.create(
        {
          organizationId,
          name: input.name,
          description: input.description ?? null,
          email: input.email ?? null,
          isActive: input.isActive ?? true,
          position: (position?.max ?? -1) + 1,
          assignmentMode: 'off',
          assignmentMaxOpen: null,
        },
        { client: trx }
      ).catch((error) => {
        throw isUniqueViolation(error) ? new DuplicateGroupError() : error
      })
      await AuditLogService.record(
        context,
        {
          organizationId,
          action: 'group.created',
          entityType: 'group',
          entityId: group.id,
          newValues: { name: group.name, email: group.email },
        },
        trx
      )
      return group
    })
  }

  static async update(group: Group, input: GroupChanges, context: ActorContext) {
    const before = {
      name: group.name,
      description: group.description,
      email: group.email,
      isActive: group.isActive,
      assignmentMode: group.assignmentMode,
      assignmentMaxOpen: group.assignmentMaxOpen,
    }
    const given = <K extends keyof typeof before>(key: K) =>
      input[key] === undefined ? before[key] : (input[key] as (typeof before)[K])
    const after = {
      name: given('name'),
      description: given('description'),
      email: given('email'),
      isActive: given('isActive'),
      assignmentMode: given('assignmentMode'),
      assignmentMaxOpen: given('assignmentMaxOpen'),
    }
    const { oldValues, newValues, changed } = AuditLogService.diff(before, after)
    if (!changed) {
      return group
    }
    // A raised cap or a mode switched on (with its backlog) may let waiting tickets through at once.
    const assignmentChanged = 'assignmentMode' in newValues || 'assignmentMaxOpen' in newValues
    const saved = await db.transaction(async (trx) => {
      group.useTransaction(trx)
      group.merge(after)
      await group.save().catch((error) => {
        throw isUniqueViolation(error) ? new DuplicateGroupError() : error
      })
      if ('assignmentMode' in newValues) {
        await requeueGroup(trx, group, group.assignmentMode)
      }
      await AuditLogService.record(
        context,
        {
          organizationId: group.organizationId,
          action: 'group.updated',
          entityType: 'group',
          entityId: group.id,
          oldValues,
          newValues,
        },
        trx
      )
      return group
    })
    if (assignmentChanged && saved.assignmentMode !== 'off') {
      await AssignWaitingTickets.soon()
    }
    return saved
  }

  static async addMember(group: Group, userId: number, context: ActorContext) {
    const user = await User.query()
      .withScopes((scopes) => scopes.forOrganization(group.organizationId))
      .where('id', userId)
      .whereIn('role', ['admin', 'agent'])
      .first()
    if (!user) {
      throw new NotStaffError()
    }
    await db.transaction(async (trx) => {
      const inserted = await trx.rawQuery(
        'INSERT INTO group_members (group_id, user_id) VALUES (?, ?) ON CONFLICT DO NOTHING RETURNING user_id',
        [group.id, user.id]
      )
      if (inserted.rows.length === 0) {
        return
      }
      await AuditLogService.record(
        context,
        {
          organizationId: group.organizationId,
          action: 'group.member_added',
          entityType: 'group',
          entityId: group.id,
          newValues: { userId: user.id, email: user.email },
        },
        trx
      )
    })
  }

  static async removeMember(group: Group, userId: number, context: ActorContext) {
    await db.transaction(async (trx) => {
      const removed = await trx
        .from('group_members')
        .where('group_id', group.id)
        .where('user_id', userId)
        .delete()
      if (Number(removed) === 0) {
        return
      }
      await AuditLogService.record(
        context,
        {
          organizationId: group.organizationId,
          action: 'group.member_removed',
          entityType: 'group',
          entityId: group.id,
          oldValues: { userId },
        },
        trx
      )
    })
  }
}
