import { DateTime } from 'luxon'
import Organization from '#models/organization'

/** IANA zone names this Node.js knows (so "Europe/Berln" is refused), UTC first. */
export const TIME_ZONES = [
  'UTC',
  ...Intl.supportedValuesOf('timeZone').filter((zone) => zone !== 'UTC'),
]

type Zoned = { timezone: string | null }

/** A person's zone: their own choice, else their organization's. */
export function zoneOf(user: Zoned | null | undefined, organization: { timezone: string }) {
  return user?.timezone ?? organization.timezone
}

/** The same, for a user whose organization is not at hand. */
export async function zoneOfUser(user: Zoned & { organizationId: number }) {
  if (user.timezone) {
    return user.timezone
  }
  const organization = await Organization.find(user.organizationId)
  return organization?.timezone ?? 'UTC'
}

/**
 * A moment in a zone. A zone name Luxon cannot resolve (stored before a
 * tz database update renamed it, say) falls back to UTC rather than
 * making every date on a page or in an e-mail "Invalid DateTime".
 */
export function inZone(moment: DateTime | Date, zone: string) {
  const value = moment instanceof Date ? DateTime.fromJSDate(moment) : moment
  const zoned = value.setZone(zone)
  return zoned.isValid ? zoned : value.setZone('UTC')
}

/** A moment as people in `zone` read it, with the zone named: "Mar 5, 2026, 2:03 PM GMT+1". */
export function formatInZone(moment: DateTime | Date, zone: string, locale = 'en') {
  return inZone(moment, zone)
    .setLocale(locale)
    .toLocaleString({ ...DateTime.DATETIME_MED, timeZoneName: 'short' })
}

/**
 * The instants a calendar day begins and ends (exclusive) in `zone`, for
 * date filters: "created on 2026-03-05" means that day where the viewer
 * is, not in UTC. `day` is a date picked from a form (its local y-m-d).
 */
export function dayBounds(day: Date, zone: string) {
  const date = { year: day.getFullYear(), month: day.getMonth() + 1, day: day.getDate() }
  const zoned = DateTime.fromObject(date, { zone })
  const start = zoned.isValid ? zoned : DateTime.fromObject(date, { zone: 'UTC' })
  return { start: start.toJSDate(), end: start.plus({ days: 1 }).toJSDate() }
}
