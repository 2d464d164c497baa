/**
 * Languages the interface ships in. Dates and numbers follow the chosen
 * locale everywhere; a user without a choice gets the organization's default.
 */
export const SUPPORTED_LOCALES = ['en', 'de'] as const
export type Locale = (typeof SUPPORTED_LOCALES)[number]

export function resolveLocale(userLocale: string | null | undefined, orgDefault: string): Locale {
  const candidate = userLocale ?? orgDefault
  return (SUPPORTED_LOCALES as readonly string[]).includes(candidate) ? (candidate as Locale) : 'en'
}
