import { test } from '@japa/runner'
import { catalogues } from '#i18n/catalogues'
import { validationMessages } from '#validators/messages'
import { placeholdersOf, scanSources, type Found } from '#tests/support/translatable_texts'
import { validatorRules, type RuleUse } from '#tests/support/validator_rules'
import { de as clientGerman } from '../../../resources/js/i18n/de.js'

const german = catalogues.de

/** Where the server puts texts into words: code, and the e-mail templates. */
const SERVER = { folders: ['app', 'start', 'providers', 'resources/views'], ext: ['.ts', '.edge'] }
/** The client's own strings, and plugins' UI components. */
const CLIENT = { folders: ['resources/js', 'plugins'], ext: ['.vue', '.ts'] }

/** VineJS steps that change a value and never report. */
const TRANSFORMS = new Set(['trim', 'toLowerCase', 'toUpperCase', 'escape', 'normalizeEmail'])
/** Rules whose schema name differs from the key they report under. */
const REPORTED_AS: Record<string, string> = {
  'inList': 'in',
  'enumList': 'enum',
  'multipartFile': 'file',
  'requiredWhen': 'required',
  /** Lucid's unique rule has no name of its own. */
  '': 'database.unique',
}
/** Rules that report their own (scanned) texts. */
const OWN_MESSAGES = new Set(['strongPassword'])

function messageKeyOf(use: RuleUse) {
  if (TRANSFORMS.has(use.rule) || OWN_MESSAGES.has(use.rule)) {
    return null
  }
  const key = REPORTED_AS[use.rule] ?? use.rule
  return use.type === 'array' && ['minLength', 'maxLength', 'fixedLength'].includes(key)
    ? `array.${key}`
    : key
}

function missingFrom(catalogue: Record<string, string>, found: Found[], where: string) {
  const places = new Map<string, string[]>()
  for (const { text, at } of found) {
    if (!(text in catalogue)) {
      places.set(text, [...(places.get(text) ?? []), at])
    }
  }
  return [...places].map(
    ([text, at]) =>
      `No German for ${JSON.stringify(text)} (used at ${at.join(', ')}); add it to ${where}`
  )
}

function report(
  assert: { fail(message: string): void; isTrue(value: boolean): void },
  problems: string[]
) {
  if (problems.length) {
    assert.fail(`${problems.length} problem(s):\n${problems.join('\n')}`)
  }
  assert.isTrue(true)
}

test.group('German is complete', () => {
  test('every text the server shows or mails has a German entry', async ({ assert }) => {
    const { texts, problems } = await scanSources(SERVER.folders, SERVER.ext)
    assert.isAbove(texts.length, 100, 'the scan finds the translation calls')
    report(assert, [...problems, ...missingFrom(german.messages, texts, 'app/i18n/de/')])
  })

  test('every validation message has a German entry', async ({ assert }) => {
    const found = Object.entries(validationMessages).map(([rule, text]) => ({
      text,
      at: `app/validators/messages.ts (${rule})`,
    }))
    report(assert, missingFrom(german.messages, found, 'app/i18n/de/validation.ts'))
  })

  test('every rule a validator uses has a message, and every field a German name', async ({
    assert,
  }) => {
    const uses = await validatorRules()
    assert.isAbove(uses.length, 100, 'the walk finds the validators')
    const problems = new Set<string>()
    for (const use of uses) {
      const key = messageKeyOf(use)
      const message = key && (validationMessages[`${use.path}.${key}`] ?? validationMessages[key])
      if (key && !message) {
        problems.add(
          `No message for rule "${key}" (${use.validator}, field "${use.path}"); add one to app/validators/messages.ts`
        )
      }
      /** List elements are named by their position, in any language. */
      const named = use.field !== '*'
      if (named && !german.fields[use.path] && !german.fields[use.field]) {
        problems.add(
          `No German name for field "${use.path}" (${use.validator}); add it to fields in app/i18n/de/validation.ts`
        )
      }
    }
    report(assert, [...problems])
  })

  test('every text of the client has a German entry', async ({ assert }) => {
    const { texts, problems } = await scanSources(CLIENT.folders, CLIENT.ext)
    assert.isAbove(texts.length, 300, 'the scan finds the translation calls')
    report(assert, [...problems, ...missingFrom(clientGerman, texts, 'resources/js/i18n/de.ts')])
  })

  test('translations keep the placeholders of their English text', async ({ assert }) => {
    const problems = [german.messages, clientGerman].flatMap((catalogue) =>
      Object.entries(catalogue)
        .filter(([english, translated]) => {
          const expected = placeholdersOf(english).join(',')
          return placeholdersOf(translated).join(',') !== expected
        })
        .map(
          ([english, translated]) => `${JSON.stringify(english)} → ${JSON.stringify(translated)}`
        )
    )
    report(assert, problems)
  })

  test('no German server entry is left over from a text that is gone', async ({ assert }) => {
    const { texts } = await scanSources(SERVER.folders, SERVER.ext)
    const used = new Set([...texts.map(({ text }) => text), ...Object.values(validationMessages)])
    const stale = Object.keys(german.messages)
      .filter((english) => !used.has(english))
      .map((english) => `Unused German entry ${JSON.stringify(english)} in app/i18n/de/`)
    report(assert, stale)
  })
})
