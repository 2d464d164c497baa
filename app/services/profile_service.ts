import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import type User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import type { updateProfileValidator } from '#validators/user'
import type { notificationPreferencesValidator } from '#validators/notification_preferences'
import type { NotificationKind } from '#platform/catalogue'
import {
  kindsFor,
  preferencesOf,
  type NotificationPreferences,
} from '#services/notifications/notification_kinds'
import FormError from '#exceptions/form_error'
import SignOuts from '#services/sessions/sign_outs'
import { msg } from '#i18n/message'

/**
 * A user's own account: name, language, time zone, theme, password and which
 * notification e-mails they get.
 */
export default class ProfileService {
  static async update(
    user: User,
    input: Infer<typeof updateProfileValidator>,
    context: ActorContext
  ) {
    const before = {
      name: user.name,
      locale: user.locale,
      timezone: user.timezone,
      theme: user.theme,
    }
    const after = {
      name: input.name,
      locale: input.locale ?? null,
      timezone: input.timezone ?? null,
      theme: input.theme,
    }
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

  /**
   * Stores the choices for the kinds sent; others keep their value. A kind
   * that does not apply to the user (a staff notice for a customer) is
   * refused rather than stored, so a later promotion starts from "yes".
   */
  static async updateNotifications(
    user: User,
    input: Infer<typeof notificationPreferencesValidator>,
    context: ActorContext
  ) {
    const applicable = kindsFor(user)
    const sent = Object.entries(input).filter(([, value]) => value !== undefined) as [
      NotificationKind,
      boolean,
    ][]
    const foreign = sent.find(([kind]) => !applicable.includes(kind))
    if (foreign) {
      throw new FormError(foreign[0], msg('Only agents and admins get this notification.'))
    }
    const before = preferencesOf(user)
    const { oldValues, newValues, changed } = AuditLogService.diff(before, Object.fromEntries(sent))
    if (!changed) {
      return before
    }
    await db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.notificationPreferences = {
        ...(user.notificationPreferences as NotificationPreferences),
        ...newValues,
      }
      await user.save()
      await AuditLogService.record(
        context,
        {
          organizationId: user.organizationId,
          action: 'profile.notifications_updated',
          entityType: 'user',
          entityId: user.id,
          oldValues,
          newValues,
        },
        trx
      )
    })
    return preferencesOf(user)
  }

  static async setTheme(user: User, theme: User['theme']) {
    user.theme = theme
    await user.save()
  }

  /**
   * Changing the password signs out every other device and API sign-in;
   * the session asking (`keepSessionId`) stays. Returns the moment other
   * sessions stopped counting, which the kept session must carry.
   */
  static async changePassword(
    user: User,
    password: string,
    context: ActorContext,
    keepSessionId?: string
  ) {
    return db.transaction(async (trx) => {
      user.useTransaction(trx)
      user.password = password
      await user.save()
      const validFrom = await SignOuts.everywhere(user, trx, { sessionId: keepSessionId })
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
      return validFrom
    })
  }
}
