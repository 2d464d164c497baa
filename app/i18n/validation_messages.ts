import { SimpleMessagesProvider } from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import type { Locale } from '#services/locales'
import { labelledMessages, validationMessages } from '#validators/messages'
import Translator from '#i18n/translator'
import { catalogues } from '#i18n/catalogues'

/**
 * VineJS messages in one language. The rule messages of
 * app/validators/messages.ts are translated like any other text; a
 * custom rule's own message (the password strength rule reports its
 * reason) is translated as it is reported.
 */
class TranslatedMessagesProvider extends SimpleMessagesProvider {
  constructor(
    private translator: Translator,
    messages: Record<string, string>,
    fields: Record<string, string>
  ) {
    super(
      Object.fromEntries(
        Object.entries(messages).map(([rule, text]) => [rule, translator.t(text)])
      ),
      fields
    )
  }

  getMessage(
    rawMessage: string,
    rule: string,
    field: FieldContext,
    args?: Parameters<SimpleMessagesProvider['getMessage']>[3]
  ) {
    return super.getMessage(this.translator.t(rawMessage), rule, field, args)
  }
}

const providers = new Map<string, TranslatedMessagesProvider>()

function cached(key: string, build: () => TranslatedMessagesProvider) {
  let provider = providers.get(key)
  if (!provider) {
    provider = build()
    providers.set(key, provider)
  }
  return provider
}

/** Messages for the app's own forms, fields named as the forms label them. */
export function validationMessagesFor(locale: Locale) {
  return cached(`form:${locale}`, () => {
    const translator = Translator.for(locale)
    return new TranslatedMessagesProvider(translator, validationMessages, catalogues[locale].fields)
  })
}

/**
 * Messages for fields named by a label of their own (a plugin's settings).
 * English starts those sentences with the label ("API token is required.");
 * the translations already do for every field, so they serve both.
 */
export function labelledMessagesFor(locale: Locale, labels: Record<string, string>) {
  const translator = Translator.for(locale)
  const messages = locale === 'en' ? labelledMessages : validationMessages
  return new TranslatedMessagesProvider(translator, messages, labels)
}
