import { Exception } from '@adonisjs/core/exceptions'
import type { Message } from '#i18n/message'

/**
 * 429 with the wait before the next attempt; the API error body carries it
 * as details.retryAfter and the Retry-After header.
 */
export default class TooManyRequestsException extends Exception {
  static status = 429
  static code = 'E_TOO_MANY_REQUESTS'

  response: { availableIn: number }

  constructor(
    readonly translatable: Message,
    retryAfterSeconds: number
  ) {
    super(translatable.toString(), { status: 429, code: 'E_TOO_MANY_REQUESTS' })
    this.response = { availableIn: retryAfterSeconds }
  }
}
