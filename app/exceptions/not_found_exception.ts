import { Exception } from '@adonisjs/core/exceptions'

/**
 * A record that does not exist for this caller: missing, in another
 * organization, or not visible to their role. All three look the same, so
 * guessed ids reveal nothing.
 */
export default class NotFoundException extends Exception {
  static status = 404
  static code = 'E_NOT_FOUND'
  static message = 'Not found.'
}
