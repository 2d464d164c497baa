import type AuditLog from '#models/audit_log'
import { BaseTransformer } from '@adonisjs/core/transformers'
import type { AuditNames } from '#services/audit_log_names'

const UNNAMED: AuditNames = { actor: null, target: null, related: {} }

/**
 * An audit entry with what its sentence needs ("Sam Agent changed the
 * status of SB-1002 to Resolved"): the names AuditLogNames.attach looked
 * up; the page words the sentence in the reader's language.
 */
export default class AuditLogTransformer extends BaseTransformer<AuditLog> {
  toObject() {
    const names = (this.resource.$extras.names as AuditNames | undefined) ?? UNNAMED
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
      actorName: names.actor,
      target: names.target,
      related: names.related,
      oldValues: (this.resource.oldValues ?? null) as Record<string, unknown> | null,
      newValues: (this.resource.newValues ?? null) as Record<string, unknown> | null,
      createdAt: this.resource.createdAt.toISO()!,
    }
  }
}
