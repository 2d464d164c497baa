import vine from '@vinejs/vine'

export const auditLogFiltersValidator = vine.create({
  action: vine.string().trim().maxLength(64).optional(),
  entityType: vine.string().trim().maxLength(64).optional(),
  actorId: vine.number().positive().optional(),
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  q: vine.string().trim().maxLength(120).optional(),
  page: vine.number().min(1).optional(),
})
