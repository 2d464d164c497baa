import type { HttpContext } from '@adonisjs/core/http'
import { auditLogFiltersValidator } from '#validators/audit_log'
import AuditLogQuery from '#services/audit_log_query'
import AuditLogNames from '#services/audit_log_names'
import AuditLogPolicy from '#policies/audit_log_policy'
import AuditLogTransformer from '#transformers/audit_log_transformer'
import UserService from '#services/user_service'
import { zoneOfUser } from '#services/time_zones'

export default class AuditLogsController {
  async index({ inertia, request, bouncer, auth }: HttpContext) {
    await bouncer.with(AuditLogPolicy).authorize('viewAny')
    const user = auth.getUserOrFail()
    const organizationId = user.organizationId
    const [, parsed] = await auditLogFiltersValidator.tryValidate(request.qs())
    const filters = parsed ?? {}
    const [page, facets, actors] = await Promise.all([
      AuditLogQuery.page(organizationId, filters, await zoneOfUser(user)),
      AuditLogQuery.facets(organizationId),
      UserService.staff(organizationId),
    ])
    await AuditLogNames.attach(organizationId, page.all())
    const qs = request.qs()
    return inertia.render('admin/audit_logs/index', {
      entries: AuditLogTransformer.paginate(page.all(), page.getMeta()),
      facets,
      actors: actors.map((actor) => ({ id: actor.id, name: actor.name, email: actor.email })),
      filters: {
        action: filters.action ?? '',
        entityType: filters.entityType ?? '',
        actorId: filters.actorId ? String(filters.actorId) : '',
        from: typeof qs.from === 'string' && filters.from ? qs.from : '',
        to: typeof qs.to === 'string' && filters.to ? qs.to : '',
        q: filters.q ?? '',
      },
    })
  }
}
