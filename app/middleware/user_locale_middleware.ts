import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import Translator from '#i18n/translator'
import { LOCALE_COOKIE, userLocale } from '#i18n/negotiation'
import { isApiRequest } from '#exceptions/api_error'
import { speak } from '#i18n/request_language'

/**
 * A signed-in person reads the server in their own language. The browser
 * remembers it in a cookie, so the sign-in page after signing out, and
 * addresses no route matches (answered before sessions are read), stay in
 * that language too.
 */
export default class UserLocaleMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const user = ctx.auth.user
    if (user && !isApiRequest(ctx)) {
      const locale = await userLocale(user)
      speak(ctx, Translator.for(locale))
      if (ctx.request.plainCookie(LOCALE_COOKIE) !== locale) {
        ctx.response.plainCookie(LOCALE_COOKIE, locale, { maxAge: '1y', httpOnly: true })
      }
    }
    return next()
  }
}
