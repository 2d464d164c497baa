import type { HttpContext } from '@adonisjs/core/http'
import type Translator from '#i18n/translator'
import { type PackageI18n, packageI18n } from '#i18n/framework_messages'

/** Sets the language a request is answered in, for our texts and the AdonisJS packages' alike. */
export function speak(ctx: HttpContext, translator: Translator) {
  ctx.translator = translator
  ctx.i18n = packageI18n(translator)
}

declare module '@adonisjs/core/http' {
  interface HttpContext {
    /** Puts server texts into the language of the person reading the response. */
    translator: Translator
    /** The same, in the shape AdonisJS packages ask for (app/i18n/framework_messages.ts). */
    i18n: PackageI18n
  }
}
