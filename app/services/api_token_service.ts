import { createHash, randomBytes, randomUUID } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import User from '#models/user'
import ApiRefreshToken from '#models/api_refresh_token'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import ApiSignIns from '#services/sessions/api_sign_ins'

const ACCESS_TTL_SECONDS = 15 * 60
const REFRESH_TTL = { days: 30 }

export type TokenPair = {
  token_type: 'Bearer'
  access_token: string
  refresh_token: string
  expires_in: number
}

export class InvalidRefreshToken extends Error {
  constructor(
    message: string,
    public reused = false
  ) {
    super(message)
  }
}

function digest(token: string) {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * API credentials. A login starts a token family: a 15-minute access token
 * and a 30-day refresh token. Refreshing burns the presented refresh token
 * and issues the next pair in the same family. Presenting a burnt refresh
 * token again means it was copied: the whole family is revoked, access
 * tokens included. Only SHA-256 digests of refresh tokens are stored.
 */
export default class ApiTokenService {
  static async issue(
    user: User,
    context: Pick<ActorContext, 'ip' | 'userAgent'>,
    familyId: string = randomUUID()
  ): Promise<TokenPair> {
    const access = await User.accessTokens.create(user, ['*'], {
      name: familyId,
      expiresIn: `${ACCESS_TTL_SECONDS} seconds`,
    })
    const refresh = randomBytes(32).toString('base64url')
    await ApiRefreshToken.create({
      userId: user.id,
      familyId,
      tokenHash: digest(refresh),
      expiresAt: DateTime.now().plus(REFRESH_TTL),
      ip: context.ip,
      userAgent: context.userAgent,
    })
    return {
      token_type: 'Bearer',
      access_token: access.value!.release(),
      refresh_token: refresh,
      expires_in: ACCESS_TTL_SECONDS,
    }
  }

  static async refresh(token: string, context: ActorContext): Promise<TokenPair> {
    const outcome = await db.transaction(async (trx) => {
      const row = await ApiRefreshToken.query({ client: trx })
        .where('token_hash', digest(token))
        .forUpdate()
        .first()
      if (!row) {
        return { error: new InvalidRefreshToken('This refresh token is not valid.') }
      }
      if (row.revokedAt && !row.usedAt) {
        return {
          error: new InvalidRefreshToken(
            'This sign-in has ended (signed out, password changed or account deactivated); sign in again.'
          ),
        }
      }
      if (row.usedAt) {
        await ApiSignIns.revokeFamily(row.familyId, trx)
        return {
          error: new InvalidRefreshToken(
            'This refresh token was already used. Every token of this login has been revoked; sign in again.',
            true
          ),
          row,
        }
      }
      if (row.expiresAt < DateTime.now()) {
        return { error: new InvalidRefreshToken('This refresh token has expired; sign in again.') }
      }
      const user = await User.query({ client: trx })
        .where('id', row.userId)
        .where('is_active', true)
        .first()
      if (!user) {
        return { error: new InvalidRefreshToken('This refresh token is not valid.') }
      }
      row.usedAt = DateTime.now()
      await row.save()
      await trx.from('auth_access_tokens').where('name', row.familyId).delete()
      return { user, familyId: row.familyId }
    })

    if ('error' in outcome && outcome.error) {
      if (outcome.error.reused && outcome.row) {
        const user = await User.find(outcome.row.userId)
        await AuditLogService.record(
          { ...context, actor: user },
          {
            organizationId: user?.organizationId ?? null,
            action: 'auth.refresh_token_reused',
            entityType: 'user',
            entityId: outcome.row.userId,
            newValues: { family: outcome.row.familyId },
          }
        )
      }
      throw outcome.error
    }
    return this.issue(outcome.user!, context, outcome.familyId)
  }
}
