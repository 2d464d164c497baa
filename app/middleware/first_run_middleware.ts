import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import SetupService from '#services/setup_service'

/** Paths that work before setup: the setup page itself, health and the API. */
const OPEN_BEFORE_SETUP = [/^\/setup(\/|$)/, /^\/health$/, /^\/api\//]

/**
 * Until the first admin exists, every page redirects to /setup. Static
 * assets never reach the router, so they are unaffected.
 */
export default class FirstRunMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const path = ctx.request.url()
    if (OPEN_BEFORE_SETUP.some((pattern) => pattern.test(path))) {
      return next()
    }
    if (!(await SetupService.isComplete())) {
      return ctx.response.redirect().toRoute('setup.show')
    }
    return next()
  }
}
