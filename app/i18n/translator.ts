import { type Locale, SUPPORTED_LOCALES } from '#services/locales'
import { catalogues } from '#i18n/catalogues'
import { interpolate, Message, type Params } from '#i18n/message'

/**
 * Puts server texts into one language. The English text is the key, as in
 * the client's resources/js/i18n; a text without a translation shows in
 * English, and the completeness test keeps that from shipping.
 */
export default class Translator {
  static #cache = new Map<Locale, Translator>()

  static for(locale: Locale): Translator {
    let translator = this.#cache.get(locale)
    if (!translator) {
      translator = new Translator(locale)
      this.#cache.set(locale, translator)
    }
    return translator
  }

  static english = Translator.for('en')

  static isSupported(locale: unknown): locale is Locale {
    return (SUPPORTED_LOCALES as readonly unknown[]).includes(locale)
  }

  readonly #messages: Record<string, string>

  private constructor(readonly locale: Locale) {
    this.#messages = catalogues[locale].messages
  }

  /** An arrow function, so Edge templates and callbacks can take it as it is. */
  t = (text: string | Message, params?: Params): string => {
    const message = text instanceof Message ? text : new Message(text, params)
    const translated = this.#messages[message.text] ?? message.text
    return interpolate(translated, message.params, this.t)
  }
}
