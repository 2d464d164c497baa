import vine from '@vinejs/vine'
import { SUPPORTED_LOCALES } from '#services/locales'
import { PRIORITIES } from '#models/ticket'
import { TIME_ZONES } from '#services/time_zones'

export const organizationSettingsValidator = vine.create({
  name: vine.string().trim().minLength(2).maxLength(120),
  ticketPrefix: vine
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z][A-Z0-9]{0,9}$/),
  timezone: vine.string().in(TIME_ZONES),
  defaultLocale: vine.enum(SUPPORTED_LOCALES),
  /** Days a resolved ticket waits before closing on its own; 0 turns it off. */
  autoCloseDays: vine.number().min(0).max(365).withoutDecimals(),
  /** The priorities customers may pick when filing; agents and admins may pick any. */
  customerPriorities: vine.array(vine.enum(PRIORITIES)).minLength(1).distinct().optional(),
  /** Whether sign-in asks the local password or an auth provider plugin (a directory) first. */
  signInOrder: vine.enum(['local_first', 'provider_first'] as const).optional(),
})
