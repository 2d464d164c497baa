import hash from '@adonisjs/core/services/hash'
import { DateTime } from 'luxon'
import User from '#models/user'
import Organization from '#models/organization'
import AuditLogService from '#services/audit_log_service'
import SignInThrottle from '#services/sign_in_throttle'
import DirectoryAccounts from '#services/directory_accounts'
import type { ActorContext } from '#services/request_context'
import Outbox from '#platform/outbox'
import { msg } from '#i18n/message'
import { userSnapshot } from '#platform/snapshots'

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

type Success = { user: User; via: string }

/**
 * No way in worked and a directory could not be asked (down, slow or
 * failing): the person is told so, whoever they are, instead of "wrong
 * password".
 */
export const DIRECTORY_UNREACHABLE = msg(
  'The directory could not be reached. Try again in a moment, or sign in with a local account.'
)

export class DirectoryUnreachable extends Error {
  constructor() {
    super('The directory could not be reached')
  }
}

/**
 * Checks credentials for every sign-in path (web form, API token login):
 * the local password and, where the organization enabled one, an
 * `auth.provider` plugin (a directory), in the order the organization
 * chose. Unknown e-mail, wrong password, inactive account and
 * directory-only account all fail the same way; the audit trail records
 * which it was.
 */
export default class SignInService {
  static async verify(
    email: string,
    password: string,
    context: ActorContext,
    channel: 'web' | 'api' = 'web'
  ) {
    const ip = context.ip ?? 'unknown'
    await SignInThrottle.ensureAllowed(email, ip)

    const known = await User.query()
      .whereRaw('lower(email) = ?', [email.trim().toLowerCase()])
      .first()
    const organizationId = known?.organizationId ?? (await DirectoryAccounts.soleOrganization())
    const organization = organizationId ? await Organization.find(organizationId) : null
    const order = organization?.signInOrder ?? 'local_first'
    const local = () => this.localPassword(known, password)
    const directory = () =>
      organizationId ? DirectoryAccounts.authenticate(organizationId, email, password) : null

    let success: Success | null = null
    let unreachable = false
    for (const attempt of order === 'provider_first' ? [directory, local] : [local, directory]) {
      const outcome = await attempt()
      if (outcome === 'unreachable') {
        unreachable = true
      } else if (outcome) {
        success = outcome
        break
      }
    }

    if (!success) {
      await SignInThrottle.recordFailure(email, ip)
      await AuditLogService.record(context, {
        organizationId: known?.organizationId ?? null,
        action: 'auth.sign_in_failed',
        entityType: 'user',
        entityId: known?.id ?? null,
        newValues: {
          email,
          reason: unreachable ? 'directory_unreachable' : failureReason(known),
        },
      })
      if (unreachable) throw new DirectoryUnreachable()
      return null
    }

    const { user, via } = success
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
        newValues: via === 'password' ? null : { via },
      }
    )
    await Outbox.emit(user.organizationId, 'user.signed_in', {
      user: userSnapshot(user),
      via,
      channel,
    })
    return user
  }

  private static async localPassword(user: User | null, password: string): Promise<Success | null> {
    if (!user?.password) {
      await spendDecoyVerification(password)
      return null
    }
    const matches = await user.verifyPassword(password)
    return matches && user.isActive ? { user, via: 'password' } : null
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
