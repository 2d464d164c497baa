import vine from '@vinejs/vine'
import type { Infer } from '@vinejs/vine/types'
import { PRIORITIES } from '#models/ticket'
import { recordId } from '#validators/rules/record_id'

/**
 * The filters of Admin → Reports and of GET /api/v1/admin/reports. Days
 * are calendar days in the organization's zone, both included; whether a
 * group or agent belongs to the caller's organization is the service's
 * check (a 422 on the field, as here).
 */
export const reportFiltersValidator = vine.create({
  from: vine.date({ formats: ['YYYY-MM-DD'] }).optional(),
  to: vine
    .date({ formats: ['YYYY-MM-DD'] })
    .afterOrSameAs('from')
    .optional(),
  group_id: recordId().optional(),
  agent_id: recordId().optional(),
  priority: vine.enum(PRIORITIES).optional(),
  interval: vine.enum(['day', 'week'] as const).optional(),
})

export type ReportFiltersInput = Infer<typeof reportFiltersValidator>

/** The query string without empty parameters: a form's "All" sends `group_id=`, meaning none. */
export function reportQuery(qs: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(qs).filter(([, value]) => value !== '' && value !== null)
  )
}
