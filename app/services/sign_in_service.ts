import hash from '@adonisjs/core/services/hash'
import { DateTime } from 'luxon'
import User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import SignInThrottle from '#services/sign_in_throttle'
import type { ActorContext } from '#services/request_context'

/**
 * A throwaway hash checked when no usable account matches, so a wrong
 * e-mail costs as much time as a wrong password (no user enumeration by
 * timing).
 */
let decoyHash: string | undefined

async function spendDecoyVerification(password: string) {
  decoyHash ??= await hash.make('decoy-password-for-timing')
  await hash.verify(decoyHash, password)
}

/**
 * Checks credentials for every sign-in path (web form, API token login).
 * Unknown e-mail, wrong password, inactive account and directory-only
 * account all fail the same way; the audit trail records which it was.
 */
export default class SignInService {
  static async verify(email: string, password: string, context: ActorContext) {
    const ip = context.ip ?? 'unknown'
    await SignInThrottle.ensureAllowed(email, ip)

    const user = await User.query()
      .whereRaw('lower(email) = ?', [email.trim().toLowerCase()])
      .first()
    let passwordMatches = false
    if (user?.password) {
      passwordMatches = await user.verifyPassword(password)
    } else {
      await spendDecoyVerification(password)
    }
    const valid = passwordMatches && user?.isActive === true

    if (!user || !valid) {
      await SignInThrottle.recordFailure(email, ip)
      await AuditLogService.record(context, {
        organizationId: user?.organizationId ?? null,
        action: 'auth.sign_in_failed',
        entityType: 'user',
        entityId: user?.id ?? null,
        newValues: { email, reason: failureReason(user) },
      })
      return null
    }

    await SignInThrottle.recordSuccess(email, ip)
    user.lastSignInAt = DateTime.now()
    await user.save()
    await AuditLogService.record(
      { ...context, actor: user },
      {
        organizationId: user.organizationId,
        action: 'auth.signed_in',
        entityType: 'user',
        entityId: user.id,
      }
    )
    return user
  }

  static async recordSignOut(user: User, context: ActorContext) {
    await AuditLogService.record(
      { ...context, actor: user },
      {
        organizationId: user.organizationId,
        action: 'auth.signed_out',
        entityType: 'user',
        entityId: user.id,
      }
    )
  }
}

function failureReason(user: User | null) {
  if (!user) {
    return 'unknown_email'
  }
  if (!user.isActive) {
    return 'deactivated'
  }
  if (!user.password) {
    return 'no_local_password'
  }
  return 'wrong_password'
}
