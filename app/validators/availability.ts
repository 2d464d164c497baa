import vine from '@vinejs/vine'
import { futureInstant } from '#validators/rules/future_instant'

/** The organization's zone, in which a date alone ("away until 2026-12-24") begins. */
type AvailabilityMeta = { timezone: string }

/** The desk header's switch and the admin's "away until" (web forms: camelCase). */
export const availabilityValidator = vine.withMetaData<AvailabilityMeta>().create({
  available: vine.boolean(),
  awayUntil: futureInstant().nullable().optional(),
})

/** PUT /api/v1/me/availability and /api/v1/admin/users/:id/availability. */
export const apiAvailabilityValidator = vine.withMetaData<AvailabilityMeta>().create({
  available: vine.boolean(),
  away_until: futureInstant().nullable().optional(),
})
