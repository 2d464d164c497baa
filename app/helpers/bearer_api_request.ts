import type { HttpContext } from '@adonisjs/core/http'
import { isApiRequest } from '#exceptions/api_error'

/**
 * A request the API answers with a bearer token. The API authenticates
 * with the token alone, so a browser session (its cookie, the session
 * guard) is never read or written for it: the middleware that exist for
 * pages step aside (see start/kernel.ts).
 */
export function isBearerApiRequest(ctx: HttpContext) {
  return isApiRequest(ctx) && /^bearer\s/i.test(ctx.request.header('authorization') ?? '')
}
