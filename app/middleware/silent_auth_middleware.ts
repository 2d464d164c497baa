import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import WebSessions from '#services/sessions/web_sessions'
import { isBearerApiRequest } from '#helpers/bearer_api_request'

/**
 * Resolves the signed-in user (if any) on every request so layouts and the
 * first-run check know who is asking, and ends a web session that was
 * signed out everywhere since it began. Never rejects. Bearer-token API
 * requests have no session to look at (their route's auth middleware
 * reads the token).
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (isBearerApiRequest(ctx)) {
      return next()
    }
    await ctx.auth.check()
    await WebSessions.confirm(ctx)
    return next()
  }
}
