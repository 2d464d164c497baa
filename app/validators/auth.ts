import vine from '@vinejs/vine'
import { strongPassword } from '#validators/rules/password_strength'

const email = () => vine.string().trim().email().maxLength(254)
export const newPassword = () => vine.string().use(strongPassword())

export const signInValidator = vine.create({
  email: vine.string().trim().maxLength(254),
  password: vine.string().maxLength(256),
  remember: vine.boolean().optional(),
})

export const forgotPasswordValidator = vine.create({
  email: email(),
})

export const resetPasswordValidator = vine.create({
  token: vine.string().maxLength(128),
  password: newPassword().confirmed({ confirmationField: 'passwordConfirmation' }),
})

export const setupValidator = vine.create({
  organizationName: vine.string().trim().minLength(2).maxLength(120),
  name: vine.string().trim().minLength(1).maxLength(120),
  email: email(),
  password: newPassword().confirmed({ confirmationField: 'passwordConfirmation' }),
})
