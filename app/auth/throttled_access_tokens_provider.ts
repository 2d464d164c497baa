import { AccessToken, DbAccessTokensProvider } from '@adonisjs/auth/access_tokens'
import type { DbAccessTokensProviderOptions } from '@adonisjs/auth/types/access_tokens'
import type { Secret } from '@adonisjs/core/helpers'
import type { LucidModel } from '@adonisjs/lucid/types/model'

/**
 * How stale a token's last_used_at may get. Its only reader is the list of
 * API sign-ins ("last seen"), for which a minute is precise enough.
 */
export const LAST_USE_RESOLUTION_MS = 60_000

/**
 * The stock provider writes last_used_at on every verification: one UPDATE
 * and one commit per API request, on the hottest path of the API. This one
 * writes it at most once a minute per token, and only for a token whose
 * secret matched (the stock one also stamps tokens presented with a wrong
 * secret).
 */
export class ThrottledAccessTokensProvider<
  TokenableModel extends LucidModel,
> extends DbAccessTokensProvider<TokenableModel> {
  static forModel<TokenableModel extends LucidModel>(
    model: DbAccessTokensProviderOptions<TokenableModel>['tokenableModel'],
    options?: Omit<DbAccessTokensProviderOptions<TokenableModel>, 'tokenableModel'>
  ) {
    return new ThrottledAccessTokensProvider<TokenableModel>({
      tokenableModel: model,
      ...options,
    })
  }

  async verify(tokenValue: Secret<string>) {
    const decoded = AccessToken.decode(this.prefix, tokenValue.release())
    if (!decoded) {
      return null
    }
    const db = await this.getDb()
    const row = await db
      .query()
      .from(this.table)
      .where({ id: decoded.identifier, type: this.type })
      .limit(1)
      .first()
    if (!row) {
      return null
    }
    const token = this.dbRowToAccessToken(row)
    if (!token.verify(decoded.secret) || token.isExpired()) {
      return null
    }
    const now = new Date()
    const cutoff = new Date(now.getTime() - LAST_USE_RESOLUTION_MS)
    if (!token.lastUsedAt || token.lastUsedAt < cutoff) {
      // The condition is repeated in SQL so that concurrent requests that
      // all read a stale value still leave a single write behind them.
      await db
        .from(this.table)
        .where({ id: row.id, type: this.type })
        .where((stale) => stale.whereNull('last_used_at').orWhere('last_used_at', '<', cutoff))
        .update({ last_used_at: now })
      token.lastUsedAt = now
    }
    return token
  }
}
