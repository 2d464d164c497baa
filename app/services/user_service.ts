import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Infer } from '@vinejs/vine/types'
import User, { type Role } from '#models/user'
import AuditLogService from '#services/audit_log_service'
import Outbox from '#platform/outbox'
import { actorSnapshot, userSnapshot } from '#platform/snapshots'
import PasswordResetService from '#services/password_reset_service'
import SignOuts from '#services/sessions/sign_outs'
import type { ActorContext } from '#services/request_context'
import { msg } from '#i18n/message'
import TranslatableError from '#i18n/translatable_error'
import type {
  createUserValidator,
  updateUserValidator,
  userFiltersValidator,
} from '#validators/user'

export class LastAdminError extends TranslatableError {
  constructor() {
    super(msg('An organization needs at least one active admin.'))
  }
}

/**
 * Admin-side user management. Every lookup is scoped to the acting admin's
 * organization; a user of another organization is simply not found.
 */
export default class UserService {
  static findInOrganization(organizationId: number, id: number) {
    return User.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('id', id)
      .firstOrFail()
  }

  static list(organizationId: number, filters: Infer<typeof userFiltersValidator>) {
    const query = User.query().withScopes((scopes) => scopes.forOrganization(organizationId))
    if (filters.q) {
      const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      query.where((q) => q.whereILike('name', like).orWhereILike('email', like))
    }
    if (filters.role) {
      query.where('role', filters.role)
    }
    if (filters.status) {
      query.where('is_active', filters.status === 'active')
    }
    return query
      .orderBy('name', 'asc')
      .orderBy('id', 'asc')
      .paginate(filters.page ?? 1, 25)
  }

  /**
   * Creates the account and, for invitations, e-mails a set-password link.
   * Returns whether the invitation e-mail went out.
   */
  static async create(
    organizationId: number,
    input: Infer<typeof createUserValidator>,
    context: ActorContext
  ) {
    const user = await db.transaction(async (trx) => {
      const created = await User.create(
        {
          organizationId,
          name: input.name,
          email: input.email,
          role: input.role,
          department: input.department ?? null,
          password: input.onboarding === 'password' ? input.password! : null,
        },
        { client: trx }
      )
      await AuditLogService.record(
        context,
        {
          organizationId,
          action: 'user.created',
          entityType: 'user',
          entityId: created.id,
          newValues: {
            name: created.name,
            email: created.email,
            role: created.role,
            onboarding: input.onboarding,
          },
        },
        trx
      )
      await Outbox.record(trx, organizationId, 'user.created', {
        user: userSnapshot(created),
        actor: actorSnapshot(context.actor),
      })
      return created
    })

    const invitationSent =
      input.onboarding === 'invite' ? await PasswordResetService.invite(user) : null
    return { user, invitationSent }
  }

  static async resendInvitation(user: User, context: ActorContext) {
    const sent = await PasswordResetService.invite(user)
    await AuditLogService.record(context, {
      organizationId: user.organizationId,
      action: 'user.invitation_sent',
      entityType: 'user',
      entityId: user.id,
      newValues: { delivered: sent },
    })
    return sent
  }

  static async update(user: User, input: Infer<typeof updateUserValidator>, context: ActorContext) {
    await db.transaction(async (trx) => {
      const target = await User.query({ client: trx })
        .withScopes((scopes) => scopes.forOrganization(user.organizationId))
        .where('id', user.id)
        .forUpdate()
        .firstOrFail()
      if (input.role !== target.role) {
        await this.assertAnotherAdminRemains(target, input.role, trx)
      }
      const before = { name: target.name, role: target.role, department: target.department }
      const after = { name: input.name, role: input.role, department: input.department ?? null }
      const { oldValues, newValues, changed } = AuditLogService.diff(before, after)
      if (!changed) {
        return
      }
      target.merge(after)
      await target.save()
      if ('role' in newValues) {
        await SignOuts.everywhere(target, trx)
      }
      await AuditLogService.record(
        context,
        {
          organizationId: target.organizationId,
          action: 'role' in newValues ? 'user.role_changed' : 'user.updated',
          entityType: 'user',
          entityId: target.id,
          oldValues,
          newValues,
        },
        trx
      )
      user.merge(after)
    })
  }

  /**
   * Deactivation takes effect on the user's very next request: every web
   * session, remember-me token and API sign-in ends. Reactivation ends
   * them again, so nothing from before the deactivation comes back.
   */
  static async setActive(user: User, active: boolean, context: ActorContext) {
    await db.transaction(async (trx) => {
      const target = await User.query({ client: trx })
        .withScopes((scopes) => scopes.forOrganization(user.organizationId))
        .where('id', user.id)
        .forUpdate()
        .firstOrFail()
      if (target.isActive === active) {
        return
      }
      if (!active) {
        await this.assertAnotherAdminRemains(target, 'customer', trx)
      }
      await SignOuts.everywhere(target, trx)
      target.isActive = active
      await target.save()
      await AuditLogService.record(
        context,
        {
          organizationId: target.organizationId,
          action: active ? 'user.reactivated' : 'user.deactivated',
          entityType: 'user',
          entityId: target.id,
          oldValues: { isActive: !active },
          newValues: { isActive: active },
        },
        trx
      )
      user.isActive = active
    })
  }

  /** Agents and admins of the organization, for group membership pickers. */
  static staff(organizationId: number) {
    return User.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .whereIn('role', ['admin', 'agent'])
      .where('is_active', true)
      .orderBy('name')
  }

  private static async assertAnotherAdminRemains(
    target: User,
    newRole: Role,
    trx: TransactionClientContract
  ) {
    if (target.role !== 'admin' || newRole === 'admin') {
      return
    }
    const others = await User.query({ client: trx })
      .withScopes((scopes) => scopes.forOrganization(target.organizationId))
      .where('role', 'admin')
      .where('is_active', true)
      .whereNot('id', target.id)
      .forUpdate()
    if (others.length === 0) {
      throw new LastAdminError()
    }
  }
}
