import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { PRIVACY_HEADERS } from '#helpers/privacy_headers'

/**
 * The first server middleware: the headers go on the raw response, so
 * static files (written straight to it) carry them as well as pages, API
 * answers and error pages.
 */
export default class PrivacyHeadersMiddleware {
  handle(ctx: HttpContext, next: NextFn) {
    for (const [name, value] of Object.entries(PRIVACY_HEADERS)) {
      ctx.response.response.setHeader(name, value)
    }
    return next()
  }
}
