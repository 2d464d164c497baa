import type { ExternalIdentity, HostUser, Role } from '#platform/sdk'

/** A directory person the mapping lets in, with what they should be in Switchboard. */
export type Wanted = {
  dn: string
  identity: ExternalIdentity & { role: Role; groupIds: number[] }
}

export type Change =
  | { kind: 'create'; email: string; reason: string; identity: Wanted['identity'] }
  | {
      kind: 'update'
      userId: number
      email: string
      reason: string
      fields: { name?: string; email?: string; department?: string | null; externalId?: string }
      role?: Role
      groupIds?: number[]
      reactivate?: boolean
    }
  | { kind: 'deactivate'; userId: number; email: string; reason: string }
  | { kind: 'skip'; email: string; reason: string }

export type DirectoryRead = {
  wanted: Wanted[]
  /** People the filter lets in whom the mapping refuses (default role "refuse"), by DN. */
  refused: { dn: string; email: string | null }[]
  /** People without what an account needs (an e-mail address). */
  unusable: { dn: string; problem: string }[]
}

const key = (ids: number[]) => [...new Set(ids)].sort((x, y) => x - y).join(',')
const sameSet = (a: number[], b: number[]) => key(a) === key(b)

/**
 * What a sync would do, from the directory as read and the organization's
 * users: create the missing, update the changed (details, role, teams,
 * reactivation), deactivate the directory's accounts whose person left or
 * no longer passes the filter or the mapping. Accounts are matched by
 * external id, then by e-mail; a local account with a directory person's
 * e-mail is left alone and reported.
 */
export function planSync(read: DirectoryRead, users: HostUser[], pluginId: string): Change[] {
  const owned = users.filter((user) => user.authSource === pluginId)
  const byExternalId = new Map(owned.filter((u) => u.externalId).map((u) => [u.externalId!, u]))
  const byEmail = new Map(users.map((user) => [user.email.toLowerCase(), user]))
  const kept = new Set<number>()
  const changes: Change[] = []

  for (const { identity } of read.wanted) {
    const email = identity.email.toLowerCase()
    const sameEmail = byEmail.get(email)
    const user =
      byExternalId.get(identity.externalId) ??
      (sameEmail?.authSource === pluginId ? sameEmail : undefined)
    if (!user) {
      changes.push(
        sameEmail
          ? { kind: 'skip', email, reason: `a ${sameEmail.authSource} account has this e-mail` }
          : { kind: 'create', email, reason: 'new in the directory', identity }
      )
      continue
    }
    kept.add(user.id)
    const update = compare(user, identity)
    if (update) changes.push(update)
  }

  const refused = new Set(read.refused.map((person) => person.email?.toLowerCase()))
  for (const user of owned) {
    if (kept.has(user.id) || !user.active) continue
    changes.push({
      kind: 'deactivate',
      userId: user.id,
      email: user.email,
      reason: refused.has(user.email.toLowerCase())
        ? 'in no mapped group, and people in none are refused'
        : 'no longer in the directory, or no longer matches the user filter',
    })
  }
  for (const person of read.unusable) {
    changes.push({ kind: 'skip', email: person.dn, reason: person.problem })
  }
  return changes
}

function compare(user: HostUser, identity: Wanted['identity']): Change | null {
  const fields: Extract<Change, { kind: 'update' }>['fields'] = {}
  const reasons: string[] = []
  if (user.name !== identity.name) fields.name = identity.name
  if (user.email.toLowerCase() !== identity.email.toLowerCase()) fields.email = identity.email
  if ((user.department ?? null) !== (identity.department ?? null)) {
    fields.department = identity.department ?? null
  }
  if (user.externalId !== identity.externalId) fields.externalId = identity.externalId
  if (Object.keys(fields).length) reasons.push(`changed ${Object.keys(fields).join(', ')}`)
  const role = user.role !== identity.role ? identity.role : undefined
  if (role) reasons.push(`role ${user.role} → ${role}`)
  const groupIds = sameSet(user.groupIds, identity.groupIds) ? undefined : identity.groupIds
  if (groupIds) reasons.push('teams changed')
  const reactivate = !user.active
  if (reactivate) reasons.push('back in the directory')
  if (!reasons.length) return null
  return {
    kind: 'update',
    userId: user.id,
    email: user.email,
    reason: reasons.join('; '),
    fields,
    ...(role ? { role } : {}),
    ...(groupIds ? { groupIds } : {}),
    ...(reactivate ? { reactivate } : {}),
  }
}

export function countChanges(changes: Change[]) {
  const counts = { create: 0, update: 0, deactivate: 0, skip: 0 }
  for (const change of changes) counts[change.kind]++
  return counts
}
