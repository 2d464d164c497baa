import type { Role } from '#platform/sdk'
import type { LdapSettings } from '../types.js'
import { normalizeDn } from './entries.js'
import type { DirectoryGroup } from './groups.js'

const RANK: Record<Role, number> = { customer: 0, agent: 1, admin: 2 }

export type Placement = { role: Role; groupIds: number[]; matched: string[] }

/**
 * What a person becomes from their directory groups: the highest role of
 * the mapping rows they match (admin > agent > customer) and every team
 * of those rows; the default role when none matches, or null when the
 * default is "refuse" (they may not sign in).
 */
export function placementOf(groups: DirectoryGroup[], settings: LdapSettings): Placement | null {
  const dns = new Set(groups.map((item) => normalizeDn(item.dn)))
  const names = new Set(groups.map((item) => item.name.toLowerCase()))
  const rows = (settings.mappings ?? []).filter((row) =>
    row.directoryGroup.includes('=')
      ? dns.has(normalizeDn(row.directoryGroup))
      : names.has(row.directoryGroup.trim().toLowerCase())
  )
  if (rows.length === 0) {
    const fallback = settings.defaultRole ?? 'customer'
    return fallback === 'refuse' ? null : { role: fallback, groupIds: [], matched: [] }
  }
  const role = rows.reduce<Role>(
    (best, row) => (RANK[row.role] > RANK[best] ? row.role : best),
    'customer'
  )
  const groupIds = [...new Set(rows.flatMap((row) => row.groupIds))].sort((a, b) => a - b)
  return { role, groupIds, matched: rows.map((row) => row.directoryGroup) }
}
