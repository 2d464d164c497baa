import { Exception } from '@adonisjs/core/exceptions'

/**
 * Raised when a signed-in user reaches an area or record their role does not
 * allow. Rendered as the 403 page, or the JSON error shape for the API.
 */
export default class ForbiddenException extends Exception {
  static status = 403
  static code = 'E_FORBIDDEN'
  static message = 'You are not allowed to do that.'
}
