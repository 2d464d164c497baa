import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type User from '#models/user'

const MAX_GROUPS = 200
const MAX_NAME = 200

/**
 * Directory group names as stored on the user: trimmed, distinct, sorted,
 * within sane sizes. Undefined when the provider did not answer any (the
 * stored names then stay as they are).
 */
export function directoryGroupNames(groups: unknown): string[] | undefined {
  if (!Array.isArray(groups)) {
    return undefined
  }
  const names = groups
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.trim().slice(0, MAX_NAME))
    .filter(Boolean)
  return [...new Set(names)].sort().slice(0, MAX_GROUPS)
}

/**
 * Replaces the user's group memberships with the directory's answer, in
 * the provisioning's transaction. Only this organization's groups count
 * (other ids are ignored), and only staff can be members, so a customer
 * ends up in none. Returns the ids applied, or undefined when the
 * provider answered none (memberships stay as they are).
 */
export async function replaceDirectoryMemberships(
  trx: TransactionClientContract,
  user: User,
  groupIds: unknown
): Promise<number[] | undefined> {
  if (!Array.isArray(groupIds)) {
    return undefined
  }
  const wanted = groupIds.filter((id): id is number => Number.isSafeInteger(id) && id > 0)
  const isStaff = user.role === 'admin' || user.role === 'agent'
  const rows =
    isStaff && wanted.length
      ? await trx
          .from('groups')
          .where('organization_id', user.organizationId)
          .whereIn('id', wanted)
          .select('id')
      : []
  const ids = rows.map((row) => Number(row.id)).sort((a, b) => a - b)
  await trx.from('group_members').where('user_id', user.id).delete()
  if (ids.length) {
    await trx.table('group_members').insert(ids.map((id) => ({ group_id: id, user_id: user.id })))
  }
  return ids
}
