import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import type { Role } from '#models/user'
import ForbiddenException from '#exceptions/forbidden_exception'

/**
 * Guards an area (portal, desk, admin) by role. Runs after `auth`; finer
 * rules (which ticket, which user) are Bouncer policies.
 */
export default class RoleMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { roles: Role[] }) {
    const user = ctx.auth.getUserOrFail()
    if (!options.roles.includes(user.role)) {
      throw new ForbiddenException()
    }
    return next()
  }
}
