import vine from '@vinejs/vine'
import { ticketRules } from '#validators/ticket'
import { ASSIGNMENT_MODES } from '#models/group'
import { assignmentMaxOpen } from '#validators/group'

/**
 * /api/v1 request bodies, in the API's snake_case. The rules are the web
 * forms' (validators/ticket.ts); controllers map the names to the services'.
 */
export const apiLoginValidator = vine.create({
  email: vine.string().trim().maxLength(254),
  password: vine.string().maxLength(256),
})

export const apiRefreshValidator = vine.create({
  refresh_token: vine.string().trim().maxLength(200),
})

export const apiCreateTicketValidator = vine.create({
  group_id: ticketRules.id(),
  category_id: ticketRules.id().nullable().optional(),
  subcategory_id: ticketRules.id().nullable().optional(),
  title: ticketRules.title(),
  description: ticketRules.description(),
  priority: ticketRules.priority().optional(),
  attachments: ticketRules.attachments(),
})

export const apiCommentValidator = vine.create({
  body: ticketRules.body(),
  internal: vine.boolean().optional(),
  status: ticketRules.status().optional(),
  attachments: ticketRules.attachments(),
})

export const apiAssignValidator = vine.create({
  assigned_to: ticketRules.id().nullable(),
})

export const apiStatusValidator = vine.create({
  status: ticketRules.status(),
})

export const apiUpdateTicketValidator = vine.create({
  title: ticketRules.title().optional(),
  priority: ticketRules.priority().optional(),
  group_id: ticketRules.id().optional(),
  category_id: ticketRules.id().nullable().optional(),
  subcategory_id: ticketRules.id().nullable().optional(),
  status: ticketRules.status().optional(),
  assigned_to: ticketRules.id().nullable().optional(),
})

export const apiGroupValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
  description: vine.string().trim().maxLength(2000).nullable().optional(),
  email: vine.string().trim().email().maxLength(254).nullable().optional(),
  is_active: vine.boolean().optional(),
})

/** PUT /api/v1/admin/groups/:id: any of the fields; those left out keep their values. */
export const apiUpdateGroupValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120).optional(),
  description: vine.string().trim().maxLength(2000).nullable().optional(),
  email: vine.string().trim().email().maxLength(254).nullable().optional(),
  is_active: vine.boolean().optional(),
  assignment: vine
    .object({
      mode: vine.enum(ASSIGNMENT_MODES).optional(),
      max_open: assignmentMaxOpen().optional(),
    })
    .optional(),
})

export const apiDeleteGroupValidator = vine.create({
  move_open_tickets_to: ticketRules.id().nullable().optional(),
})

export const apiTaxonomyEntryValidator = vine.create({
  name: vine.string().trim().minLength(1).maxLength(120),
})

export const apiMemberValidator = vine.create({
  user_id: ticketRules.id(),
})
