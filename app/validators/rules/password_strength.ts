import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import { type Message, msg } from '#i18n/message'

/** The most-used passwords from public breach lists that pass the length rule. */
const COMMON = new Set([
  '1234567890',
  '0987654321',
  'qwertyuiop',
  'password12',
  'password123',
  'password1234',
  'passw0rd123',
  'iloveyou123',
  'abcdefghij',
  'abc1234567',
  'qwerty1234',
  'qwerty12345',
  '1q2w3e4r5t',
  '1qaz2wsx3edc',
  'zaq12wsxcde3',
  'letmein123',
  'welcome123',
  'administrator',
  'admin12345',
  'changeme123',
  'switchboard',
  'switchboard1',
  'helpdesk123',
  'football123',
  'baseball123',
  'superman123',
  'trustno1234',
  'sunshine123',
  'princess123',
  'dragon1234',
])

export const PASSWORD_RULES_TEXT =
  'Use at least 10 characters, with letters and at least one digit or symbol.'

/** Why a password is too weak, or null when it is acceptable. */
function weaknessOf(password: string): Message | null {
  if (password.length < 10) {
    return msg('The password must be at least 10 characters long.')
  }
  if (password.length > 128) {
    return msg('The password must be at most 128 characters long.')
  }
  if (!/\p{L}/u.test(password) || !/[^\p{L}]/u.test(password)) {
    return msg('The password must mix letters with at least one digit or symbol.')
  }
  if (COMMON.has(password.toLowerCase()) || new Set(password).size < 4) {
    return msg('This password is too common or too simple. Choose another one.')
  }
  return null
}

/** The reason in English, for `node ace user:create`. */
export function passwordWeakness(password: string): string | null {
  return weaknessOf(password)?.toString() ?? null
}

/**
 * Reports the reason in English; the request's messages provider
 * (app/i18n/validation_messages.ts) puts it into the reader's language.
 */
export const strongPassword = vine.createRule(
  (value: unknown, _: undefined, field: FieldContext) => {
    if (typeof value !== 'string') {
      return
    }
    const weakness = weaknessOf(value)
    if (weakness) {
      field.report(weakness.text, 'strongPassword', field)
    }
  },
  { name: 'strongPassword' }
)
