import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import WebSessions from '#services/sessions/web_sessions'

/**
 * Resolves the signed-in user (if any) on every request so layouts and the
 * first-run check know who is asking, and ends a web session that was
 * signed out everywhere since it began. Never rejects.
 */
export default class SilentAuthMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    await ctx.auth.check()
    await WebSessions.confirm(ctx)
    return next()
  }
}
