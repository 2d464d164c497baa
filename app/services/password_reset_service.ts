import { createHash, randomBytes } from 'node:crypto'
import { DateTime } from 'luxon'
import db from '@adonisjs/lucid/services/db'
import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import limiter from '@adonisjs/limiter/services/main'
import User from '#models/user'
import PasswordResetToken, { type ResetPurpose } from '#models/password_reset_token'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import PasswordResetMail from '#mails/password_reset_mail'
import InvitationMail from '#mails/invitation_mail'
import SignOuts from '#services/sessions/sign_outs'
import { msg } from '#i18n/message'
import TranslatableError from '#i18n/translatable_error'

const LIFETIME: Record<ResetPurpose, { hours: number }> = {
  reset: { hours: 1 },
  invite: { hours: 24 * 7 },
}

function digest(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

export class InvalidResetLink extends TranslatableError {
  constructor() {
    super(msg('This link is invalid or has expired. Ask for a new one.'))
  }
}

/**
 * Single-use, expiring links that let a user choose a password: "forgot
 * password" resets and admin invitations share the mechanism. Only a
 * SHA-256 of each token is stored.
 */
export default class PasswordResetService {
  static async issue(user: User, purpose: ResetPurpose) {
    const token = randomBytes(32).toString('base64url')
    await db.transaction(async (trx) => {
      /** A new link replaces any earlier unused one of the same kind. */
      await PasswordResetToken.query({ client: trx })
        .where('user_id', user.id)
        .where('purpose', purpose)
        .whereNull('used_at')
        .update({ usedAt: DateTime.now().toSQL() })
      await PasswordResetToken.create(
        {
          userId: user.id,
          purpose,
          tokenHash: digest(token),
          expiresAt: DateTime.now().plus(LIFETIME[purpose]),
        },
        { client: trx }
      )
    })
    return token
  }

  /**
   * Answers the same whether or not the e-mail belongs to someone, so the
   * form cannot be used to discover accounts. Requests per e-mail are
   * capped quietly to stop mail bombing.
   */
  static async request(email: string, context: ActorContext) {
    const user = await User.query()
      .whereRaw('lower(email) = ?', [email.trim().toLowerCase()])
      .where('is_active', true)
      .where('auth_source', 'local')
      .first()
    if (!user) {
      return
    }

    const allowed = await limiter
      .use({ requests: 3, duration: '15 mins' })
      .attempt(`password-reset:${user.id}`, () => true)
      .catch(() => true)
    if (!allowed) {
      logger.warn({ userId: user.id }, 'password reset requests capped for this user')
      return
    }

    const token = await this.issue(user, 'reset')
    await AuditLogService.record(
      { ...context, actor: null },
      {
        organizationId: user.organizationId,
        action: 'auth.password_reset_requested',
        entityType: 'user',
        entityId: user.id,
      }
    )
    await this.deliver(() => mail.send(new PasswordResetMail(user, token)), user)
  }

  /** Returns false when the mail server refused it, so the admin can resend. */
  static async invite(user: User) {
    const token = await this.issue(user, 'invite')
    return this.deliver(() => mail.send(new InvitationMail(user, token)), user)
  }

  /** The user a still-valid link belongs to, or null. */
  static async findUser(token: string) {
    const row = await PasswordResetToken.query()
      .where('token_hash', digest(token))
      .whereNull('used_at')
      .where('expires_at', '>', DateTime.now().toSQL()!)
      .preload('user')
      .first()
    if (!row || !row.user.isActive) {
      return null
    }
    return { user: row.user, purpose: row.purpose as ResetPurpose }
  }

  /**
   * Sets the new password and burns the link in one transaction (the row
   * lock makes a double submit fail). Every session, remember-me token and
   * API sign-in of the user ends: whoever held the old password is out.
   */
  static async reset(token: string, password: string, context: ActorContext) {
    return db.transaction(async (trx) => {
      const row = await PasswordResetToken.query({ client: trx })
        .where('token_hash', digest(token))
        .forUpdate()
        .first()
      if (!row || row.usedAt || row.expiresAt < DateTime.now()) {
        throw new InvalidResetLink()
      }
      const user = await User.query({ client: trx })
        .where('id', row.userId)
        .forUpdate()
        .firstOrFail()
      if (!user.isActive) {
        throw new InvalidResetLink()
      }

      row.usedAt = DateTime.now()
      await row.save()
      user.password = password
      await user.save()
      await SignOuts.everywhere(user, trx)

      await AuditLogService.record(
        { ...context, actor: user },
        {
          organizationId: user.organizationId,
          action: row.purpose === 'invite' ? 'auth.invitation_accepted' : 'auth.password_reset',
          entityType: 'user',
          entityId: user.id,
        },
        trx
      )
      return user
    })
  }

  /**
   * A mail server outage must not turn into an error page that reveals
   * whether an account exists; it is logged for the operator instead.
   */
  private static async deliver(send: () => Promise<unknown>, user: User) {
    try {
      await send()
      return true
    } catch (error) {
      logger.error({ err: error, userId: user.id }, 'could not send account e-mail')
      return false
    }
  }
}
