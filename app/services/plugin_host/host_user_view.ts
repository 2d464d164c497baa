import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type { HostUser } from '#platform/host'
import { userSnapshot } from '#platform/snapshots'

/**
 * Users as the host API answers them. Group memberships are read for all
 * of them in one query, so a page of 500 users costs one query, not 500.
 */
export async function hostUsers(users: User[]): Promise<HostUser[]> {
  if (!users.length) return []
  const memberships = await db
    .from('group_members')
    .whereIn(
      'user_id',
      users.map((user) => user.id)
    )
    .orderBy('group_id')
    .select('user_id', 'group_id')
  const groupsOf = new Map<number, number[]>()
  for (const row of memberships) {
    const userId = Number(row.user_id)
    groupsOf.set(userId, [...(groupsOf.get(userId) ?? []), Number(row.group_id)])
  }
  return users.map((user) => ({
    ...userSnapshot(user),
    active: user.isActive,
    externalId: user.externalId,
    department: user.department,
    directoryGroups: user.directoryGroups ?? [],
    groupIds: groupsOf.get(user.id) ?? [],
  }))
}

export async function hostUser(user: User): Promise<HostUser> {
  const [view] = await hostUsers([user])
  return view
}
