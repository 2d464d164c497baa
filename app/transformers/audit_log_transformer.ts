import type AuditLog from '#models/audit_log'
import { BaseTransformer } from '@adonisjs/core/transformers'

export default class AuditLogTransformer extends BaseTransformer<AuditLog> {
  toObject() {
    return {
      id: Number(this.resource.id),
      ...this.pick(this.resource, [
        'action',
        'entityType',
        'entityId',
        'actorId',
        'actorLabel',
        'ip',
        'userAgent',
      ]),
      oldValues: (this.resource.oldValues ?? null) as Record<string, unknown> | null,
      newValues: (this.resource.newValues ?? null) as Record<string, unknown> | null,
      createdAt: this.resource.createdAt.toISO()!,
    }
  }
}
