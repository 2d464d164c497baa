import vine from '@vinejs/vine'
import { recordId } from '#validators/rules/record_id'
import { ASSIGNMENT_MODES } from '#models/group'

/** A cap beyond this is no cap; it keeps the number an integer the database holds. */
export const MAX_OPEN_LIMIT = 10_000

export const assignmentMaxOpen = () =>
  vine.number().withoutDecimals().range([1, MAX_OPEN_LIMIT]).nullable()

export const groupValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  description: vine.string().trim().maxLength(2000).nullable().optional(),
  email: vine.string().trim().email().maxLength(254).nullable().optional(),
  isActive: vine.boolean().optional(),
})

/** The group page's automatic assignment form (issue 16). */
export const groupAssignmentValidator = vine.create({
  assignmentMode: vine.enum(ASSIGNMENT_MODES),
  assignmentMaxOpen: assignmentMaxOpen().optional(),
})

export const groupMemberValidator = vine.create({
  userId: recordId(),
})

/** Deleting a group: where its open tickets go first (none: they stay). */
export const deleteGroupValidator = vine.create({
  moveOpenTicketsTo: vine.number().positive().withoutDecimals().nullable().optional(),
})
