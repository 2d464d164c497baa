import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import Translator from '#i18n/translator'
import { acceptedLocale, guestLocale } from '#i18n/negotiation'
import { isApiRequest } from '#exceptions/api_error'

/**
 * Gives every request a translator before anything can fail, so even an
 * address no route matches gets its 404 in the visitor's language. The API
 * speaks English unless the client asks otherwise (Accept-Language); its
 * callers are programs, whose stored preferences do not apply.
 * UserLocaleMiddleware switches to the signed-in user's language later.
 */
export default class LocaleMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const locale = isApiRequest(ctx) ? (acceptedLocale(ctx) ?? 'en') : await guestLocale(ctx)
    ctx.translator = Translator.for(locale)
    return next()
  }
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    /** Puts server texts into the language of the person reading the response. */
    translator: Translator
  }
}
