import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'
import { describeDevice, type Device } from '#helpers/device_name'

export type ApiSignIn = Device & {
  id: string
  ip: string | null
  signedInAt: string
  lastSeenAt: string
  current: boolean
}

type FamilyRow = {
  family_id: string
  started: Date
  refreshed: Date
  last_used: Date | null
  ip: string | null
  user_agent: string | null
}

export function familyHandle(familyId: string) {
  return `api-${createHash('sha256').update(familyId).digest('hex').slice(0, 20)}`
}

/**
 * API sign-ins: one per token family (a login and its refreshes). A family
 * is live while its newest refresh token is neither used, revoked nor
 * expired.
 */
export default class ApiSignIns {
  static async list(user: User, currentFamilyId?: string | null): Promise<ApiSignIn[]> {
    const { rows } = await db.rawQuery<{ rows: FamilyRow[] }>(
      `SELECT r.family_id,
              min(r.created_at) AS started,
              max(r.created_at) AS refreshed,
              (SELECT max(a.last_used_at) FROM auth_access_tokens a
                WHERE a.tokenable_id = ? AND a.name = r.family_id::text) AS last_used,
              (array_agg(r.ip ORDER BY r.created_at DESC))[1] AS ip,
              (array_agg(r.user_agent ORDER BY r.created_at DESC))[1] AS user_agent
         FROM api_refresh_tokens r
        WHERE r.user_id = ?
        GROUP BY r.family_id
       HAVING bool_or(r.used_at IS NULL AND r.revoked_at IS NULL AND r.expires_at > now())
        ORDER BY max(r.created_at) DESC`,
      [user.id, user.id]
    )
    return rows.map((row) => {
      const seen = row.last_used && row.last_used > row.refreshed ? row.last_used : row.refreshed
      return {
        id: familyHandle(row.family_id),
        ...describeDevice(row.user_agent),
        ip: row.ip,
        signedInAt: new Date(row.started).toISOString(),
        lastSeenAt: new Date(seen).toISOString(),
        current: row.family_id === currentFamilyId,
      }
    })
  }

  /** The family behind a handle, only among this user's own. */
  static async familyOf(user: User, handle: string) {
    const rows: { family_id: string }[] = await db
      .from('api_refresh_tokens')
      .where('user_id', user.id)
      .select('family_id')
      .groupBy('family_id')
    return (
      rows.map((row) => row.family_id).find((family) => familyHandle(family) === handle) ?? null
    )
  }

  /** Ends one family: its refresh tokens are revoked and its access tokens deleted. */
  static async revokeFamily(familyId: string, client: TransactionClientContract | typeof db = db) {
    await client
      .from('api_refresh_tokens')
      .where('family_id', familyId)
      .whereNull('revoked_at')
      .update({ revoked_at: new Date() })
    await client.from('auth_access_tokens').where('name', familyId).delete()
  }

  /** Ends every family of the user but `exceptFamilyId`. */
  static async revokeAll(
    user: User,
    client: TransactionClientContract | typeof db,
    exceptFamilyId?: string | null
  ) {
    await client
      .from('api_refresh_tokens')
      .where('user_id', user.id)
      .whereNull('revoked_at')
      .if(exceptFamilyId, (query) => query.whereNot('family_id', exceptFamilyId!))
      .update({ revoked_at: new Date() })
    await client
      .from('auth_access_tokens')
      .where('tokenable_id', user.id)
      .if(exceptFamilyId, (query) => query.whereNot('name', exceptFamilyId!))
      .delete()
  }
}
