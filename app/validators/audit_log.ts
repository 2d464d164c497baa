import vine from '@vinejs/vine'
import { pageNumber, recordId } from '#validators/rules/record_id'

export const auditLogFiltersValidator = vine.create({
  action: vine.string().trim().maxLength(64).optional(),
  entityType: vine.string().trim().maxLength(64).optional(),
  actorId: recordId().optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  q: vine.string().trim().maxLength(120).optional(),
  page: pageNumber().optional(),
})
