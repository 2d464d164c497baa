import vine from '@vinejs/vine'
import { recordId } from '#validators/rules/record_id'

export const groupValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  description: vine.string().trim().maxLength(2000).nullable().optional(),
  email: vine.string().trim().email().maxLength(254).nullable().optional(),
  isActive: vine.boolean().optional(),
})

export const groupMemberValidator = vine.create({
  userId: recordId(),
})

/** Deleting a group: where its open tickets go first (none: they stay). */
export const deleteGroupValidator = vine.create({
  moveOpenTicketsTo: vine.number().positive().withoutDecimals().nullable().optional(),
})
