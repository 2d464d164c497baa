import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { homeRouteFor } from '#services/areas'

/**
 * Keeps signed-in users away from the sign-in and password-reset pages by
 * sending them to their own area.
 */
export default class GuestMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    if (ctx.auth.user) {
      return ctx.response.redirect().toRoute(homeRouteFor(ctx.auth.user.role))
    }
    return next()
  }
}
