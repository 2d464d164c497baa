import type { Locale } from '#services/locales'
import { fieldNames } from '#validators/messages'
import de from '#i18n/de/index'

/**
 * Every language's server texts: `messages` maps the English text to its
 * translation (English needs none: its texts are the keys), `fields` names
 * form fields (`title`, `group_id`) as people read them in error messages.
 */
export type Catalogue = {
  messages: Record<string, string>
  fields: Record<string, string>
}

export const catalogues: Record<Locale, Catalogue> = {
  en: { messages: {}, fields: fieldNames },
  de,
}
