import { Exception } from '@adonisjs/core/exceptions'
import type { Message } from '#i18n/message'

type FieldMessage = { field: string; message: string; rule: string; translatable: Message }

/**
 * A business-rule failure tied to one form field ("this e-mail is taken",
 * "the last admin cannot be demoted"). It takes the same path as a VineJS
 * validation error: beside the field in the UI (flashed, redirect back) and
 * as `details` per field in the API's JSON error. The message stays a
 * Message until the exception handler puts it into the reader's language.
 */
export default class FormError extends Exception {
  static status = 422
  static code = 'E_VALIDATION_ERROR'

  messages: FieldMessage[]

  constructor(field: string, message: Message, rule = 'business_rule') {
    super(message.toString(), { status: 422, code: 'E_VALIDATION_ERROR' })
    this.messages = [{ field, message: message.toString(), rule, translatable: message }]
  }

  get translatable() {
    return this.messages[0].translatable
  }

  /** The messages in one language, for the response that shows them. */
  localize(translate: (message: Message) => string) {
    for (const entry of this.messages) {
      entry.message = translate(entry.translatable)
    }
    return this
  }
}
