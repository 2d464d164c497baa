import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'
import { DateTime } from 'luxon'

/**
 * An ISO 8601 date or date-time that is still to come; the output is a
 * luxon DateTime. A date alone (`2026-12-24`) and a date-time without an
 * offset are read in the zone the validator's metadata names (`timezone`,
 * the organization's): "away until the 24th" means from the start of that
 * day where the team works, not at midnight UTC. A date-time with an
 * offset (`2026-12-24T09:00:00+01:00`) is that instant wherever it is
 * read. Luxon reads ISO as the API documents it, which VineJS's day.js
 * formats only approximate.
 */
const futureInstantRule = vine.createRule(
  (value: unknown, _options: undefined, field: FieldContext) => {
    if (!field.isValid || typeof value !== 'string') return
    const parsed = DateTime.fromISO(value, { zone: zoneFrom(field.meta) })
    if (!parsed.isValid || parsed <= DateTime.now()) {
      field.report('The {{ field }} must be a future date or time.', 'futureInstant', field)
      return
    }
    field.mutate(parsed.toUTC(), field)
  }
)

/** The metadata's zone when Luxon knows it (a renamed zone stored long ago may not be), else UTC. */
function zoneFrom(meta: Record<string, unknown>) {
  const zone = typeof meta.timezone === 'string' ? meta.timezone : 'UTC'
  return DateTime.now().setZone(zone).isValid ? zone : 'UTC'
}

export const futureInstant = () =>
  vine
    .string()
    .trim()
    .use(futureInstantRule())
    .transform((value) => value as unknown as DateTime)
