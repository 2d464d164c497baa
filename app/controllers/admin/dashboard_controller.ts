import type { HttpContext } from '@adonisjs/core/http'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import AuditLogTransformer from '#transformers/audit_log_transformer'
import AuditLogNames from '#services/audit_log_names'
import Organization from '#models/organization'
import DashboardGlance from '#services/reports/dashboard_glance'

/**
 * The admin's landing page: the desk at a glance, what exists, and what to
 * set up next.
 */
export default class DashboardController {
  async show({ inertia, auth }: HttpContext) {
    const organizationId = auth.getUserOrFail().organizationId
    const organization = await Organization.findOrFail(organizationId)
    const [roles, groups, staffedGroups, settingsReviewed, recent, glance] = await Promise.all([
      db
        .from('users')
        .where('organization_id', organizationId)
        .where('is_active', true)
        .select('role')
        .count('* as total')
        .groupBy('role'),
      db.from('groups').where('organization_id', organizationId).count('* as total').first(),
      db
        .from('groups')
        .where('organization_id', organizationId)
        .whereExists((q) =>
          q.from('group_members').whereColumn('group_members.group_id', 'groups.id')
        )
        .count('* as total')
        .first(),
      AuditLog.query()
        .withScopes((scopes) => scopes.forOrganization(organizationId))
        .where('action', 'organization.settings_updated')
        .select('id')
        .first(),
      AuditLog.query()
        .withScopes((scopes) => scopes.forOrganization(organizationId))
        .orderBy('id', 'desc')
        .limit(8),
      DashboardGlance.of(organizationId, organization.timezone),
    ])

    await AuditLogNames.attach(organizationId, recent)
    const countOf = (role: string) => Number(roles.find((row) => row.role === role)?.total ?? 0)
    const stats = {
      admins: countOf('admin'),
      agents: countOf('agent'),
      customers: countOf('customer'),
      groups: Number(groups?.total ?? 0),
      staffedGroups: Number(staffedGroups?.total ?? 0),
      settingsReviewed: settingsReviewed !== null,
    }
    return inertia.render('admin/dashboard', {
      stats,
      glance,
      recentActivity: AuditLogTransformer.transform(recent),
    })
  }
}
