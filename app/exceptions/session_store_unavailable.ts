import { Exception } from '@adonisjs/core/exceptions'
import { msg } from '#i18n/message'

/**
 * Web sessions live in Redis. While Redis cannot be reached, a request
 * that carries a session is answered 503 at once (pages: the "unavailable"
 * page; API: the JSON error) instead of hanging or signing the person out:
 * nothing is written, so nothing is lost, and the same request works again
 * when Redis is back. Requests without a session cookie (API clients with
 * a bearer token) never touch the session store and keep working.
 */
export default class SessionStoreUnavailableException extends Exception {
  static status = 503
  static code = 'E_SERVICE_UNAVAILABLE'

  readonly translatable = msg(
    'Switchboard cannot reach its session store right now. Nothing you saved is lost; try again in a moment.'
  )

  constructor(cause: unknown) {
    super('', { status: 503, code: 'E_SERVICE_UNAVAILABLE', cause })
    this.message = this.translatable.toString()
  }
}
