import vine from '@vinejs/vine'
import { futureInstant } from '#validators/rules/future_instant'

/** The desk header's switch and the admin's "away until" (web forms: camelCase). */
export const availabilityValidator = vine.create({
  available: vine.boolean(),
  awayUntil: futureInstant().nullable().optional(),
})

/** PUT /api/v1/me/availability and /api/v1/admin/users/:id/availability. */
export const apiAvailabilityValidator = vine.create({
  available: vine.boolean(),
  away_until: futureInstant().nullable().optional(),
})
