import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import type User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import type { updateProfileValidator } from '#validators/user'

/**
 * A user's own account: name, language, theme and password.
 */
export default class ProfileService {
  static async update(
    user: User,
    input: Infer<typeof updateProfileValidator>,
    context: ActorContext
  ) {
    const before = { name: user.name, locale: user.locale, theme: user.theme }
    const after = { name: input.name, locale: input.locale ?? null, theme: input.theme }
    const { oldValues, newValues, changed } = AuditLogService.diff(before, after)
    if (!changed) {
      return
    }
    user.merge(after)
    await user.save()
    await AuditLogService.record(context, {
      organizationId: user.organizationId,
      action: 'profile.updated',
      entityType: 'user',
      entityId: user.id,
      oldValues,
      newValues,
    })
  }

  static async setTheme(user: User, theme: User['theme']) {
    user.theme = theme
    await user.save()
  }

  /**
   * Changing the password signs out other devices: remember-me and API
   * tokens are revoked; this session stays.
   */
  static async changePassword(user: User, password: string, context: ActorContext) {
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.password = password
      await user.save()
      await trx.from('remember_me_tokens').where('tokenable_id', user.id).delete()
      await trx.from('auth_access_tokens').where('tokenable_id', user.id).delete()
      await AuditLogService.record(
        context,
        {
          organizationId: user.organizationId,
          action: 'profile.password_changed',
          entityType: 'user',
          entityId: user.id,
        },
        trx
      )
    })
  }
}
