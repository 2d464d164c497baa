import type { HttpContext } from '@adonisjs/core/http'
import Organization from '#models/organization'
import type User from '#models/user'
import { type Locale, SUPPORTED_LOCALES, resolveLocale } from '#services/locales'
import Translator from '#i18n/translator'

/** The language a browser last used while signed in, for its pages before sign-in. */
export const LOCALE_COOKIE = 'locale'

/** The best shipped language the Accept-Language header asks for, if any. */
export function acceptedLocale(ctx: HttpContext): Locale | null {
  const match = ctx.request.language([...SUPPORTED_LOCALES])
  return Translator.isSupported(match) ? match : null
}

/**
 * A person who is not signed in: the language this browser last used while
 * signed in, else what it asks for, else the organization's default when
 * the install has only one, else English.
 */
export async function guestLocale(ctx: HttpContext): Promise<Locale> {
  const remembered = ctx.request.plainCookie(LOCALE_COOKIE)
  if (Translator.isSupported(remembered)) {
    return remembered
  }
  const accepted = acceptedLocale(ctx)
  if (accepted) {
    return accepted
  }
  const organizations = await Organization.query().select('default_locale').limit(2)
  return organizations.length === 1 ? resolveLocale(null, organizations[0].defaultLocale) : 'en'
}

/** A user's own choice, else their organization's default (as the client decides). */
export async function userLocale(user: User): Promise<Locale> {
  if (Translator.isSupported(user.locale)) {
    return user.locale
  }
  const organization = await Organization.findOrFail(user.organizationId)
  return resolveLocale(user.locale, organization.defaultLocale)
}

/**
 * The translator for a user as they are now, not as the request began:
 * after choosing a language, its confirmation is already in it.
 */
export async function translatorFor(user: User) {
  return Translator.for(await userLocale(user))
}
