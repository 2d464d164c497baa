import { test } from '@japa/runner'
import vine from '@vinejs/vine'
import Translator from '#i18n/translator'
import { msg } from '#i18n/message'
import { labelledMessagesFor, validationMessagesFor } from '#i18n/validation_messages'
import { strongPassword } from '#validators/rules/password_strength'
import { STATUS_LABELS } from '#services/tickets/ticket_lifecycle'

async function errorsOf(promise: Promise<unknown>) {
  try {
    await promise
  } catch (error) {
    return (error as { messages: { field: string; message: string }[] }).messages
  }
  throw new Error('expected a validation error')
}

test.group('Translator', () => {
  test('English is the key; German replaces it and keeps the params', ({ assert }) => {
    const text = 'Invitation sent to {email}.'
    assert.equal(Translator.for('en').t(text, { email: 'a@b.c' }), 'Invitation sent to a@b.c.')
    assert.equal(Translator.for('de').t(text, { email: 'a@b.c' }), 'Einladung an a@b.c gesendet.')
  })

  test('a Message inside a Message is translated into the same language', ({ assert }) => {
    const message = msg('A ticket cannot go from "{from}" to "{to}".', {
      from: STATUS_LABELS.closed,
      to: STATUS_LABELS.open,
    })
    assert.equal(String(message), 'A ticket cannot go from "Closed" to "Open".')
    assert.equal(
      Translator.for('de').t(message),
      'Ein Ticket kann nicht von „Geschlossen“ zu „Offen“ wechseln.'
    )
  })

  test('a text without a translation shows in English', ({ assert }) => {
    assert.equal(
      Translator.for('de').t('Not in any catalogue {x}', { x: 1 }),
      'Not in any catalogue 1'
    )
  })

  test('validation messages name the field as German forms do', async ({ assert }) => {
    const validator = vine.create({
      title: vine.string().minLength(3),
      password: vine.string().use(strongPassword()),
    })
    const data = { title: 'ab', password: 'short1' }
    const german = await errorsOf(
      validator.validate(data, { messagesProvider: validationMessagesFor('de') })
    )
    assert.deepEqual(german, [
      {
        field: 'title',
        message: '„Betreff“ muss mindestens 3 Zeichen lang sein.',
        rule: 'minLength',
        meta: { min: 3 },
      },
      {
        field: 'password',
        message: 'Das Passwort muss mindestens 10 Zeichen lang sein.',
        rule: 'strongPassword',
      },
    ] as never)
    const english = await errorsOf(
      validator.validate(data, { messagesProvider: validationMessagesFor('en') })
    )
    assert.equal(english[0].message, 'The title must be at least 3 characters long.')
    assert.equal(english[1].message, 'The password must be at least 10 characters long.')
  })

  test('a plugin’s labelled settings are refused in German too', async ({ assert }) => {
    const validator = vine.create({ apiToken: vine.string() })
    const labels = { apiToken: 'API token' }
    const [german] = await errorsOf(
      validator.validate({}, { messagesProvider: labelledMessagesFor('de', labels) })
    )
    assert.equal(german.message, '„API token“ ist ein Pflichtfeld.')
    const [english] = await errorsOf(
      validator.validate({}, { messagesProvider: labelledMessagesFor('en', labels) })
    )
    assert.equal(english.message, 'API token is required.')
  })
})
