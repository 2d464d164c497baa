import { test } from '@japa/runner'
import { redact } from '../engine/model/redaction.js'

test.group('Model engine: redaction', () => {
  test('e-mail addresses go: {text}')
    .with([
      { text: 'Write to anna.schmidt@example.de please', expected: 'Write to [email] please' },
      { text: 'cc: ops+alerts@mail.corp.example.com.', expected: 'cc: [email].' },
      { text: '<jürgen.müller@beispiel.de>', expected: '<[email]>' },
      { text: 'mailto:help@acme.io', expected: 'mailto:[email]' },
    ])
    .run(({ assert }, { text, expected }) => {
      assert.equal(redact(text), expected)
    })

  test('phone numbers go: {text}')
    .with([
      // international
      { text: 'Call +49 30 12345678 today', expected: 'Call [phone] today' },
      { text: 'Tel.: +49 (0)30 1234-5678', expected: 'Tel.: [phone]' },
      { text: 'mobile +491711234567', expected: 'mobile [phone]' },
      { text: 'ring 0049 171 1234567', expected: 'ring [phone]' },
      { text: 'UK office +44 20 7946 0958.', expected: 'UK office [phone].' },
      { text: 'US: +1 (555) 123-4567', expected: 'US: [phone]' },
      // German
      { text: 'Festnetz 030 12345678', expected: 'Festnetz [phone]' },
      { text: 'Handy 0171/1234567', expected: 'Handy [phone]' },
      { text: 'Telefon (089) 123 456-78', expected: 'Telefon [phone]' },
      { text: 'Durchwahl 0221-987654', expected: 'Durchwahl [phone]' },
      // English
      { text: 'London 020 7946 0958', expected: 'London [phone]' },
      { text: 'call (555) 123-4567', expected: 'call [phone]' },
      { text: 'or 555.123.4567', expected: 'or [phone]' },
    ])
    .run(({ assert }, { text, expected }) => {
      assert.equal(redact(text), expected)
    })

  test('numbers that are no phone numbers stay: {$self}')
    .with([
      'Since 2024-03-15 at 10:30',
      'seit dem 01.02.2024 um 08:00-17:00',
      'Ticket SB-1042 and order A0301234567',
      'Version 1.12.3 on 192.168.0.100',
      'Preis 1.299,00 EUR, Menge 250',
      'Room 0.12, floor 3',
    ])
    .run(({ assert }, text) => {
      assert.equal(redact(text), text)
    })

  test('both in one text', ({ assert }) => {
    assert.equal(
      redact('Reach me at max@example.org or +49 171 2345678, thanks'),
      'Reach me at [email] or [phone], thanks'
    )
  })
})
