import type { Infer } from '@vinejs/vine/types'
import AuditLog from '#models/audit_log'
import { dayBounds } from '#services/time_zones'
import type { auditLogFiltersValidator } from '#validators/audit_log'

/**
 * The admin's view of the audit trail: only their organization's rows,
 * newest first, with the filters of the audit page.
 */
export default class AuditLogQuery {
  /** `zone` places the from/to days on the viewer's calendar. */
  static async page(
    organizationId: number,
    filters: Infer<typeof auditLogFiltersValidator>,
    zone = 'UTC'
  ) {
    const query = AuditLog.query().withScopes((scopes) => scopes.forOrganization(organizationId))
    if (filters.action) {
      query.where('action', filters.action)
    }
    if (filters.entityType) {
      query.where('entity_type', filters.entityType)
    }
    if (filters.actorId) {
      query.where('actor_id', filters.actorId)
    }
    if (filters.from) {
      query.where('created_at', '>=', dayBounds(filters.from, zone).start)
    }
    if (filters.to) {
      query.where('created_at', '<', dayBounds(filters.to, zone).end)
    }
    if (filters.q) {
      const like = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`
      query.where((q) =>
        q
          .whereILike('actor_label', like)
          .orWhereILike('ip', like)
          .orWhereRaw('new_values::text ILIKE ?', [like])
          .orWhereRaw('old_values::text ILIKE ?', [like])
      )
    }
    return query
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .paginate(filters.page ?? 1, 50)
  }

  /** Distinct actions and entity types seen in this organization, for the filter menus. */
  static async facets(organizationId: number) {
    const [actions, entityTypes] = await Promise.all([
      AuditLog.query()
        .withScopes((scopes) => scopes.forOrganization(organizationId))
        .distinct('action')
        .orderBy('action'),
      AuditLog.query()
        .withScopes((scopes) => scopes.forOrganization(organizationId))
        .distinct('entity_type')
        .orderBy('entity_type'),
    ])
    return {
      actions: actions.map((row) => row.action),
      entityTypes: entityTypes.map((row) => row.entityType),
    }
  }
}
