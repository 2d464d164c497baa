import { type Message, msg } from '#i18n/message'
import type Translator from '#i18n/translator'

/**
 * What AdonisJS packages (auth, bouncer, session, shield, limiter) tell
 * people, by their English: a few terse ones are reworded here, all are
 * translated like our own texts.
 */
const PACKAGE_TEXTS: Record<string, Message> = {
  'Unauthorized access': msg('Sign in to continue.'),
  'Invalid or expired user session': msg('Sign in to continue.'),
  'Invalid or expired CSRF token': msg('This page has expired. Reload it and try again.'),
  'Access denied': msg('Access denied'),
  'Too many requests': msg('Too many requests.'),
  'The form could not be saved. Please check the errors below.': msg(
    'The form could not be saved. Please check the errors below.'
  ),
}

export type PackageI18n = {
  t(identifier: string, data?: Record<string, unknown>, fallback?: string): string
}

/**
 * The packages look for `ctx.i18n.t(identifier, data, fallbackMessage)`
 * (the @adonisjs/i18n interface) and use the fallback without it; this
 * answers that call from our catalogue.
 */
export function packageI18n(translator: Translator): PackageI18n {
  return {
    t(identifier, data, fallback) {
      const text = fallback ?? identifier
      const params = data as Record<string, string | number> | undefined
      return translator.t(PACKAGE_TEXTS[text] ?? text, params)
    },
  }
}
