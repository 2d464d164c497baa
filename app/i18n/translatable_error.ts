import type { Message } from '#i18n/message'

/**
 * A domain error whose message people read. It keeps the Message, so the
 * controller that shows it (a flash, a form error) can put it into the
 * reader's language; `message` is the English, for logs.
 */
export default class TranslatableError extends Error {
  constructor(readonly translatable: Message) {
    super(translatable.toString())
  }
}
