import app from '@adonisjs/core/services/app'
import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import ShieldMiddleware from '@adonisjs/shield/shield_middleware'
import type { ShieldConfig } from '@adonisjs/shield/types'
import { isBearerApiRequest } from '#helpers/bearer_api_request'

let apiShield: Promise<ShieldMiddleware> | undefined

/**
 * Shield for the API: the same response headers (nosniff, framing, HSTS,
 * CSP, which also cover attachments downloaded through the API), without
 * CSRF. CSRF is already not checked under /api, but its guard still made a
 * secret, put it in the session and sent an encrypted XSRF-TOKEN cookie on
 * every API response. Built once; the config does not change at runtime.
 */
function shieldForApi() {
  apiShield ??= app.container.make('encryption').then((encryption) => {
    const config = app.config.get<ShieldConfig>('shield', {})
    return new ShieldMiddleware({ ...config, csrf: { enabled: false } }, encryption.use())
  })
  return apiShield
}

/**
 * Shield, minus CSRF for bearer-token API requests (which have no session
 * for it to keep its secret in: see BrowserSessionMiddleware).
 */
export default class BrowserShieldMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const shield = isBearerApiRequest(ctx)
      ? await shieldForApi()
      : await app.container.make(ShieldMiddleware)
    return shield.handle(ctx, next)
  }
}
