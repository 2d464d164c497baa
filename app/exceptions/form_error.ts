import { Exception } from '@adonisjs/core/exceptions'

/**
 * A business-rule failure tied to one form field ("this e-mail is taken",
 * "the last admin cannot be demoted"). It takes the same path as a VineJS
 * validation error: beside the field in the UI (flashed, redirect back) and
 * as `details` per field in the API's JSON error.
 */
export default class FormError extends Exception {
  static status = 422
  static code = 'E_VALIDATION_ERROR'

  messages: { field: string; message: string; rule: string }[]

  constructor(field: string, message: string, rule = 'business_rule') {
    super(message, { status: 422, code: 'E_VALIDATION_ERROR' })
    this.messages = [{ field, message, rule }]
  }
}
