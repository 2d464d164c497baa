import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import WebSessions from '#services/sessions/web_sessions'
import ApiSignIns from '#services/sessions/api_sign_ins'

export type Keep = {
  /** The web session asking (it stays signed in; see WebSessions.keepCurrent). */
  sessionId?: string
  /** The API sign-in asking. */
  familyId?: string | null
}

/**
 * Ends every place a user is signed in, inside the transaction of the
 * change that demands it (password change or reset, deactivation,
 * reactivation, role change, "sign out everywhere else"):
 *
 * - `sessions_valid_from` moves to now, so every older web session is
 *   refused on its next request whatever the session store still holds;
 * - remember-me tokens, access tokens and refresh token families go;
 * - after commit, the web sessions themselves are deleted from the store.
 *
 * Returns the new `sessions_valid_from`, which a session that is kept must
 * carry (WebSessions.keepCurrent).
 */
export default class SignOuts {
  static async everywhere(user: User, trx: TransactionClientContract, keep: Keep = {}) {
    const validFrom = DateTime.now()
    await trx
      .from('users')
      .where('id', user.id)
      .update({ sessions_valid_from: validFrom.toJSDate() })
    user.sessionsValidFrom = validFrom
    await trx.from('remember_me_tokens').where('tokenable_id', user.id).delete()
    await ApiSignIns.revokeAll(user, trx, keep.familyId)
    trx.after('commit', () => WebSessions.destroyAll(user, keep.sessionId))
    return validFrom.toMillis()
  }
}
