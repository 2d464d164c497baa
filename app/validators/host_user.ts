import vine from '@vinejs/vine'
import { ROLES } from '#models/user'

/** Users a plugin creates or updates (a directory sync): the admin form's rules, plus the directory's id. */
const email = () => vine.string().trim().email().maxLength(254)
const name = () => vine.string().trim().minLength(1).maxLength(120)
const department = () => vine.string().trim().maxLength(120).nullable().optional()
const externalId = () => vine.string().trim().minLength(1).maxLength(255).nullable().optional()

export const hostNewUserValidator = vine.create({
  email: email(),
  name: name(),
  role: vine.enum(ROLES),
  department: department(),
  externalId: externalId(),
  groupIds: vine.array(vine.number().withoutDecimals().positive()).optional(),
})

export const hostUserFieldsValidator = vine.create({
  email: email().optional(),
  name: name().optional(),
  department: department(),
  externalId: externalId(),
})

export const hostRoleValidator = vine.create({ role: vine.enum(ROLES) })
