import { ROLES, type Role } from '#models/user'
import { HostValidationError } from '#platform/errors'
import type { UserFilter } from '#platform/host'
import { decodeCursor, pageLimit } from '#services/plugin_host/host_support'

const KEYS = new Set(['role', 'active', 'groupId', 'cursor', 'limit'])

/**
 * `users.list`'s filter, checked before any query: a plugin in plain
 * JavaScript gets a HostValidationError naming the field, and a misspelt
 * key (`roles`) is refused rather than silently listing everyone.
 */
export function checkedUserFilter(filter: UserFilter) {
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) {
    throw new HostValidationError({ filter: 'an object of role, active, groupId, cursor, limit' })
  }
  const unknown = Object.keys(filter).find((key) => !KEYS.has(key))
  if (unknown !== undefined) {
    throw new HostValidationError({ [unknown]: 'not a filter users.list takes' })
  }
  let roles: Role[] | undefined
  if (filter.role !== undefined) {
    roles = [filter.role].flat()
    if (!roles.length || roles.some((role) => !ROLES.includes(role))) {
      throw new HostValidationError({ role: `one of ${ROLES.join(', ')}, or a list of them` })
    }
  }
  if (filter.active !== undefined && typeof filter.active !== 'boolean') {
    throw new HostValidationError({ active: 'true or false' })
  }
  const groupId = filter.groupId
  if (groupId !== undefined && !(Number.isSafeInteger(groupId) && groupId > 0)) {
    throw new HostValidationError({ groupId: 'a group id' })
  }
  let after: number | undefined
  /** No cursor (the first page) may be left out, null or empty, as for listBySource. */
  if (filter.cursor !== undefined && filter.cursor !== null && filter.cursor !== '') {
    const [id] = typeof filter.cursor === 'string' ? decodeCursor(filter.cursor, 1) : []
    if (!Number.isSafeInteger(id)) {
      throw new HostValidationError({ cursor: 'not a cursor this call handed out' })
    }
    after = id as number
  }
  return { roles, active: filter.active, groupId, limit: pageLimit(filter.limit), after }
}
