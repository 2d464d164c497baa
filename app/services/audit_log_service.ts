import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import AuditLog from '#models/audit_log'
import type { ActorContext } from '#services/request_context'

export type AuditEntry = {
  organizationId: number | null
  action: string
  entityType: string
  entityId?: string | number | null
  oldValues?: Record<string, unknown> | null
  newValues?: Record<string, unknown> | null
}

/** Fields that never reach the audit trail, whatever the caller passes. */
const REDACTED = new Set(['password', 'passwordHash', 'token', 'secret'])

function redact(values?: Record<string, unknown> | null) {
  if (!values) {
    return null
  }
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, REDACTED.has(key) ? '[redacted]' : value])
  )
}

/**
 * Writes audit_logs rows. Pass the caller's transaction so the audit row
 * commits or rolls back with the change it describes.
 */
export default class AuditLogService {
  static async record(
    context: ActorContext,
    entry: AuditEntry,
    trx?: TransactionClientContract
  ): Promise<AuditLog> {
    return AuditLog.create(
      {
        organizationId: entry.organizationId,
        actorId: context.actor?.id ?? null,
        actorLabel: context.plugin?.name ?? context.actor?.email ?? null,
        actorPlugin: context.plugin?.id ?? null,
        action: entry.action,
        entityType: entry.entityType,
        entityId:
          entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
        oldValues: redact(entry.oldValues),
        newValues: redact(entry.newValues),
        ip: context.ip,
        userAgent: context.userAgent,
      },
      trx ? { client: trx } : undefined
    )
  }

  /** Only the keys whose values differ, as { old, new } pairs ready for an entry. */
  static diff<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
    const oldValues: Record<string, unknown> = {}
    const newValues: Record<string, unknown> = {}
    for (const key of Object.keys(after)) {
      if (!sameValue(before[key], after[key])) {
        oldValues[key] = before[key] ?? null
        newValues[key] = after[key] ?? null
      }
    }
    return { oldValues, newValues, changed: Object.keys(newValues).length > 0 }
  }
}

/** Equal as audit values: lists and objects by content, the rest by identity. */
function sameValue(a: unknown, b: unknown) {
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    return JSON.stringify(a) === JSON.stringify(b)
  }
  return a === b
}
