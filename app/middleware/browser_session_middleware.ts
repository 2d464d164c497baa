import { inject } from '@adonisjs/core'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import SessionMiddleware from '@adonisjs/session/session_middleware'
import { isBearerApiRequest } from '#helpers/bearer_api_request'

/**
 * The session middleware, except for bearer-token API requests: for those
 * it only cost a fresh session id, an encrypted Set-Cookie on every API
 * response and a commit, for a session nothing on the API path reads.
 */
@inject()
export default class BrowserSessionMiddleware {
  constructor(private session: SessionMiddleware<any>) {}

  handle(ctx: HttpContext, next: NextFn) {
    if (isBearerApiRequest(ctx)) {
      return next()
    }
    return this.session.handle(ctx, next)
  }
}
