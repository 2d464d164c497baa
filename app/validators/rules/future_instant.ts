import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import { DateTime } from 'luxon'

/**
 * An ISO 8601 date (`2026-12-24`, midnight UTC) or date-time with an offset
 * (`2026-12-24T09:00:00+01:00`) that is still to come; the output is a
 * luxon DateTime. Luxon reads ISO as the API documents it, which VineJS's
 * day.js formats only approximate.
 */
const futureInstantRule = vine.createRule(
  (value: unknown, _options: undefined, field: FieldContext) => {
    if (!field.isValid || typeof value !== 'string') return
    const parsed = DateTime.fromISO(value, { zone: 'utc' })
    if (!parsed.isValid || parsed <= DateTime.now()) {
      field.report('The {{ field }} must be a future date or time.', 'futureInstant', field)
      return
    }
    field.mutate(parsed, field)
  }
)

export const futureInstant = () =>
  vine
    .string()
    .trim()
    .use(futureInstantRule())
    .transform((value) => value as unknown as DateTime)
