import vine from '@vinejs/vine'
import { pageNumber } from '#validators/rules/record_id'
import { ROLES, THEMES } from '#models/user'
import { newPassword } from '#validators/auth'
import { SUPPORTED_LOCALES } from '#services/locales'
import { TIME_ZONES } from '#services/time_zones'

const uniqueEmail = () =>
  vine
    .string()
    .trim()
    .email()
    .maxLength(254)
    .unique({ table: 'users', column: 'email', caseInsensitive: true })

export const createUserValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  email: uniqueEmail(),
  role: vine.enum(ROLES),
  department: vine.string().trim().maxLength(120).optional(),
  /** "invite" e-mails a set-password link; "password" sets one now. */
  onboarding: vine.enum(['invite', 'password'] as const),
  password: newPassword().optional().requiredWhen('onboarding', '=', 'password'),
})

export const updateUserValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  role: vine.enum(ROLES),
  department: vine.string().trim().maxLength(120).nullable().optional(),
})

export const userFiltersValidator = vine.create({
  q: vine.string().trim().maxLength(120).optional(),
  role: vine.enum(ROLES).optional(),
  status: vine.enum(['active', 'inactive'] as const).optional(),
  page: pageNumber().optional(),
})

export const updateProfileValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  locale: vine.enum(SUPPORTED_LOCALES).nullable().optional(),
  /** Empty or absent: the organization's time zone. */
  timezone: vine.string().in(TIME_ZONES).nullable().optional(),
  theme: vine.enum(THEMES),
})

export const updateThemeValidator = vine.create({
  theme: vine.enum(THEMES),
})

export const changePasswordValidator = vine.create({
  currentPassword: vine.string().maxLength(256),
  password: newPassword().confirmed({ confirmationField: 'passwordConfirmation' }),
})
