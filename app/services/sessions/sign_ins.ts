import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import WebSessions from '#services/sessions/web_sessions'
import ApiSignIns from '#services/sessions/api_sign_ins'
import SignOuts, { type Keep } from '#services/sessions/sign_outs'

/**
 * Where a person is signed in, as their profile (and /api/v1/me/sessions)
 * shows it: browser sessions and API sign-ins, each of which they can end,
 * or all but the one they are using.
 */
export default class SignIns {
  static async list(user: User, current: Keep) {
    const [web, api] = await Promise.all([
      WebSessions.list(user, current.sessionId),
      ApiSignIns.list(user, current.familyId),
    ])
    return { web, api }
  }

  /** Ends one of the user's own sign-ins by its handle; false when it is not theirs or gone. */
  static async end(user: User, handle: string, context: ActorContext) {
    let ended = false
    if (handle.startsWith('web-')) {
      ended = await WebSessions.destroy(user, handle)
    } else if (handle.startsWith('api-')) {
      const family = await ApiSignIns.familyOf(user, handle)
      if (family) {
        await ApiSignIns.revokeFamily(family)
        ended = true
      }
    }
    if (ended) {
      await AuditLogService.record(context, {
        organizationId: user.organizationId,
        action: 'auth.sign_in_ended',
        entityType: 'user',
        entityId: user.id,
        newValues: { kind: handle.startsWith('web-') ? 'web' : 'api' },
      })
    }
    return ended
  }

  /** "Sign out everywhere else": returns the stamp the kept web session must carry. */
  static async endOthers(user: User, keep: Keep, context: ActorContext) {
    return db.transaction(async (trx) => {
      const validFrom = await SignOuts.everywhere(user, trx, keep)
      await AuditLogService.record(
        context,
        {
          organizationId: user.organizationId,
          action: 'auth.signed_out_elsewhere',
          entityType: 'user',
          entityId: user.id,
        },
        trx
      )
      return validFrom
    })
  }
}
