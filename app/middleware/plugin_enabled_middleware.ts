import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import Installations from '#platform/installations'
import NotFoundException from '#exceptions/not_found_exception'

/**
 * A plugin's routes answer only for organizations that enabled it; for
 * everyone else they do not exist (404), exactly like a disabled plugin's
 * hooks do nothing.
 */
export default class PluginEnabledMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { plugin: string }) {
    const user = ctx.auth.getUserOrFail()
    if (!(await Installations.isActive(user.organizationId, options.plugin))) {
      throw new NotFoundException()
    }
    return next()
  }
}
