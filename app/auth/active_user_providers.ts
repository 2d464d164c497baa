import { SessionLucidUserProvider } from '@adonisjs/auth/session'
import { AccessTokensLucidUserProvider } from '@adonisjs/auth/access_tokens'
import type { LucidAuthenticatable } from '@adonisjs/auth/types/session'
import type { LucidTokenable } from '@adonisjs/auth/types/access_tokens'

type Found = { getOriginal(): unknown } | null

function activeOnly<T extends Found>(found: T): T | null {
  return found && (found.getOriginal() as { isActive?: boolean }).isActive ? found : null
}

/**
 * Guards look users up by id on every request (session cookie, remember-me
 * token, API token). Answering null for a deactivated user is what ends all
 * of their sessions and tokens at once.
 */
export class ActiveSessionUserProvider<
  UserModel extends LucidAuthenticatable,
> extends SessionLucidUserProvider<UserModel> {
  async findById(identifier: string | number | bigint) {
    return activeOnly(await super.findById(identifier))
  }
}

export class ActiveTokensUserProvider<
  TokenableProperty extends string,
  UserModel extends LucidTokenable<TokenableProperty>,
> extends AccessTokensLucidUserProvider<TokenableProperty, UserModel> {
  async findById(identifier: string | number | bigint) {
    return activeOnly(await super.findById(identifier))
  }
}
