import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import Translator from '#i18n/translator'
import { acceptedLocale, guestLocale } from '#i18n/negotiation'
import { speak } from '#i18n/request_language'
import { isApiRequest } from '#exceptions/api_error'

/**
 * Gives every request a language before anything can fail, so even an
 * address no route matches gets its 404 in the visitor's language. The API
 * speaks English unless the client asks otherwise (Accept-Language); its
 * callers are programs, whose stored preferences do not apply.
 * UserLocaleMiddleware switches to the signed-in user's language later.
 */
export default class LocaleMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const locale = isApiRequest(ctx) ? (acceptedLocale(ctx) ?? 'en') : await guestLocale(ctx)
    speak(ctx, Translator.for(locale))
    return next()
  }
}
