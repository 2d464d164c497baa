import db from '@adonisjs/lucid/services/db'
import type AuditLog from '#models/audit_log'
import PluginCatalog from '#platform/plugin_catalog'
import { pluginName } from '#services/plugin_names'

/** What an entry's sentence needs besides its own columns (AuditLogTransformer). */
export type AuditNames = {
  /** The acting person's current name, or the acting plugin's; null for the system or someone since gone. */
  actor: string | null
  /** The record the entry is about, as people know it: SB-1042, Sam Agent, IT, a plugin's name. */
  target: string | null
  /** Names of other records its values mention: `user`, `group`, `category`, plugin `fields`. */
  related: Record<string, string | Record<string, string>>
}

type Kind = 'user' | 'ticket' | 'group' | 'category' | 'subcategory' | 'organization' | 'mailbox'

const LOOKUPS: Record<Kind, { table: string; label: string; scope: string }> = {
  user: { table: 'users', label: 'name', scope: 'organization_id' },
  ticket: { table: 'tickets', label: 'reference', scope: 'organization_id' },
  group: { table: 'groups', label: 'name', scope: 'organization_id' },
  category: { table: 'categories', label: 'name', scope: 'organization_id' },
  subcategory: { table: 'subcategories', label: 'name', scope: 'organization_id' },
  organization: { table: 'organizations', label: 'name', scope: 'id' },
  mailbox: { table: 'mailboxes', label: 'name', scope: 'organization_id' },
}

/** Values that name another record by id, and which kind of record. */
const REFERENCES: Record<string, Kind> = {
  userId: 'user',
  groupId: 'group',
  categoryId: 'category',
}

const valuesOf = (entry: AuditLog) => ({
  ...(entry.oldValues as Record<string, unknown> | null),
  ...(entry.newValues as Record<string, unknown> | null),
})

/**
 * Looks up, for a page of audit entries of one organization, the names its
 * sentences speak in, in one query per kind of record, and leaves them in
 * each entry's `$extras.names`. A record deleted since keeps the name the
 * entry itself remembers (a deleted group's old values carry its name).
 */
export default class AuditLogNames {
  static async attach(organizationId: number, entries: AuditLog[]) {
    const wanted = new Map<Kind, Set<number>>()
    const want = (kind: Kind, id: unknown) => {
      const number = Number(id)
      if (Number.isInteger(number) && number > 0) {
        wanted.set(kind, (wanted.get(kind) ?? new Set()).add(number))
      }
    }
    for (const entry of entries) {
      want('user', entry.actorId)
      if (entry.entityType in LOOKUPS) want(entry.entityType as Kind, entry.entityId)
      for (const [key, kind] of Object.entries(REFERENCES)) want(kind, valuesOf(entry)[key])
    }

    const names = new Map<string, string>()
    await Promise.all(
      [...wanted].map(async ([kind, ids]) => {
        const { table, label, scope } = LOOKUPS[kind]
        const rows = await db
          .from(table)
          .where(scope, organizationId)
          .whereIn('id', [...ids])
          .select('id', `${label} as label`)
        for (const row of rows) names.set(`${kind}:${row.id}`, row.label)
      })
    )

    for (const entry of entries) {
      const values = valuesOf(entry)
      const related: AuditNames['related'] = {}
      for (const [key, kind] of Object.entries(REFERENCES)) {
        const name = names.get(`${kind}:${values[key]}`)
        if (name) related[kind] = name
      }
      let target = names.get(`${entry.entityType}:${entry.entityId}`) ?? null
      if (entry.entityType === 'plugin' && entry.entityId) {
        const plugin = PluginCatalog.find(entry.entityId)
        target = plugin?.manifest?.name ?? entry.entityId
        related.fields = Object.fromEntries(
          Object.entries(plugin?.fields ?? {}).flatMap(([field, info]) =>
            info.label ? [[field, info.label]] : []
          )
        )
      }
      const subscriber = typeof values.subscriber === 'string' ? values.subscriber : ''
      const subscribed = subscriber ? PluginCatalog.bySubscriber(subscriber) : null
      if (subscribed && !subscribed.builtin) {
        related.plugin = subscribed.manifest?.name ?? subscribed.id
      }
      target ??= typeof values.name === 'string' ? values.name : null
      const attached: AuditNames = {
        actor: entry.actorPlugin
          ? pluginName(entry.actorPlugin)
          : entry.actorId
            ? (names.get(`user:${entry.actorId}`) ?? null)
            : null,
        target,
        related,
      }
      entry.$extras.names = attached
    }
  }
}
