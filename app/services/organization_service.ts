import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import type Organization from '#models/organization'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import type { organizationSettingsValidator } from '#validators/organization'

export default class OrganizationService {
  static async updateSettings(
    organization: Organization,
    input: Infer<typeof organizationSettingsValidator>,
    context: ActorContext
  ) {
    const before = {
      name: organization.name,
      ticketPrefix: organization.ticketPrefix,
      timezone: organization.timezone,
      defaultLocale: organization.defaultLocale,
      autoCloseDays: organization.autoCloseDays,
      signInOrder: organization.signInOrder,
      customerPriorities: organization.customerPriorities,
    }
    const { oldValues, newValues, changed } = AuditLogService.diff(before, input)
    if (!changed) {
      return organization
    }
    return db.transaction(async (trx) => {
      organization.useTransaction(trx)
      const zoneChanged = input.timezone !== undefined && input.timezone !== before.timezone
      organization.merge(input)
      await organization.save()
      if (zoneChanged) {
        // Report tables count days in the organization's zone: the worker rebuilds them.
        await trx.rawQuery(
          'UPDATE organizations SET reports_rebuild_requested_at = now() WHERE id = ?',
          [organization.id]
        )
      }
      await AuditLogService.record(
        context,
        {
          organizationId: organization.id,
          action: 'organization.settings_updated',
          entityType: 'organization',
          entityId: organization.id,
          oldValues,
          newValues,
        },
        trx
      )
      return organization
    })
  }
}
