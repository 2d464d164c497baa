import db from '@adonisjs/lucid/services/db'
import User, { type Role } from '#models/user'
import { HostNotFound, HostValidationError } from '#platform/errors'
import type { HostScope, UserLookup, UsersHost } from '#platform/host'
import AuditLogService from '#services/audit_log_service'
import DirectoryAccounts from '#services/directory_accounts'
import GroupService from '#services/group_service'
import UserService from '#services/user_service'
import {
  asHostCall,
  assertOwned,
  decodeCursor,
  encodeCursor,
  pageLimit,
  pluginActor,
} from '#services/plugin_host/host_support'
import { checkedUserFilter } from '#services/plugin_host/host_user_filter'
import { hostUser, hostUsers } from '#services/plugin_host/host_user_view'
import {
  hostNewUserValidator,
  hostRoleValidator,
  hostUserFieldsValidator,
} from '#validators/host_user'

/**
 * Users for a plugin (a directory sync, the admins to e-mail): lookups and
 * lists scoped to its organization; creation through directory provisioning (auth source = the
 * plugin), deactivation and roles through UserService, so sessions and
 * tokens end at once and the last admin stays.
 */
export function usersHost(scope: HostScope): UsersHost {
  const context = pluginActor(scope)
  const inOrganization = () =>
    User.query().withScopes((scopes) => scopes.forOrganization(scope.organizationId))

  /** One page of a query ordered by id, fetched one row long to know whether another follows. */
  async function pageOf(query: ReturnType<typeof inOrganization>, limit: number) {
    const rows = await query.orderBy('id').limit(limit + 1)
    const users = await hostUsers(rows.slice(0, limit))
    return {
      users,
      nextCursor: rows.length > limit ? encodeCursor([users.at(-1)!.id]) : null,
    }
  }

  async function load(id: number) {
    const user = Number.isSafeInteger(id) ? await inOrganization().where('id', id).first() : null
    if (!user) {
      throw new HostNotFound('user', id)
    }
    return user
  }

  async function emailTaken(email: string, except?: number) {
    const taken = await User.query()
      .whereRaw('lower(email) = ?', [email.trim().toLowerCase()])
      .if(except, (query) => query.whereNot('id', except!))
      .first()
    if (taken) {
      throw new HostValidationError({ email: 'This e-mail address is already taken.' })
    }
  }

  /** Replaces memberships by the difference, each change audited as the admin page's are. */
  async function replaceGroups(user: User, groupIds: number[]) {
    for (const groupId of groupIds) {
      await assertOwned(scope, 'group', groupId)
    }
    if (groupIds.length && !user.isStaff) {
      throw new HostValidationError({
        groupIds: 'Only agents and admins of this organization can be group members.',
      })
    }
    const { groupIds: current } = await hostUser(user)
    const wanted = new Set(groupIds)
    for (const groupId of current.filter((id) => !wanted.has(id))) {
      const group = await GroupService.findInOrganization(scope.organizationId, groupId)
      await GroupService.removeMember(group, user.id, context)
    }
    for (const groupId of [...wanted].filter((id) => !current.includes(id))) {
      const group = await GroupService.findInOrganization(scope.organizationId, groupId)
      await GroupService.addMember(group, user.id, context)
    }
  }

  return {
    async find(lookup: UserLookup) {
      const query = inOrganization()
      if ('id' in lookup) {
        if (!Number.isSafeInteger(lookup.id)) return null
        query.where('id', lookup.id)
      } else if ('email' in lookup) {
        query.whereRaw('lower(email) = ?', [String(lookup.email).trim().toLowerCase()])
      } else {
        query
          .where('auth_source', lookup.source ?? scope.pluginId)
          .where('external_id', lookup.externalId)
      }
      const user = await query.first()
      return user ? hostUser(user) : null
    },

    async list(filter = {}) {
      const { roles, active, groupId, limit, after } = checkedUserFilter(filter)
      const query = inOrganization()
      if (roles) query.whereIn('role', roles)
      if (active !== undefined) query.where('is_active', active)
      if (groupId !== undefined) {
        /** Another organization's group has no members here: the group must be this one's. */
        query.whereIn(
          'id',
          db
            .from('group_members')
            .innerJoin('groups', 'groups.id', 'group_members.group_id')
            .where('groups.id', groupId)
            .where('groups.organization_id', scope.organizationId)
            .select('group_members.user_id')
        )
      }
      if (after !== undefined) query.where('id', '>', after)
      return pageOf(query, limit)
    },

    async listBySource(source = scope.pluginId, page = {}) {
      const limit = pageLimit(page.limit)
      const query = inOrganization().where('auth_source', source)
      if (page.cursor) {
        const [after] = decodeCursor(page.cursor, 1)
        query.where('id', '>', Number(after))
      }
      return pageOf(query, limit)
    },

    async create(input) {
      const data = await asHostCall(() => hostNewUserValidator.validate(input))
      await emailTaken(data.email)
      for (const groupId of data.groupIds ?? []) {
        await assertOwned(scope, 'group', groupId)
      }
      const user = await DirectoryAccounts.provision(
        scope.organizationId,
        scope.pluginId,
        {
          email: data.email,
          name: data.name,
          role: data.role,
          department: data.department ?? null,
          externalId: data.externalId ?? '',
        },
        context
      )
      if (data.groupIds?.length) {
        await replaceGroups(user, data.groupIds)
      }
      return hostUser(user)
    },

    async update(id, fields) {
      const user = await load(id)
      const data = await asHostCall(() => hostUserFieldsValidator.validate(fields))
      if (data.email !== undefined) {
        await emailTaken(data.email, user.id)
      }
      await db.transaction(async (trx) => {
        const target = await User.query({ client: trx })
          .withScopes((scopes) => scopes.forOrganization(scope.organizationId))
          .where('id', user.id)
          .forUpdate()
          .firstOrFail()
        const before = {
          email: target.email,
          name: target.name,
          department: target.department,
          externalId: target.externalId,
        }
        const after = Object.fromEntries(
          Object.entries(data).filter(([, value]) => value !== undefined)
        ) as Partial<typeof before>
        const { oldValues, newValues, changed } = AuditLogService.diff(before, after)
        if (!changed) return
        target.merge(after)
        await target.save()
        await AuditLogService.record(
          context,
          {
            organizationId: target.organizationId,
            action: 'user.updated',
            entityType: 'user',
            entityId: target.id,
            oldValues,
            newValues,
          },
          trx
        )
        user.merge(target.$attributes)
      })
      return hostUser(user)
    },

    async deactivate(id) {
      const user = await load(id)
      await asHostCall(() => UserService.setActive(user, false, context), 'active')
      return hostUser(user)
    },

    async reactivate(id) {
      const user = await load(id)
      await asHostCall(() => UserService.setActive(user, true, context), 'active')
      return hostUser(user)
    },

    async setRole(id, role: Role) {
      const user = await load(id)
      await asHostCall(async () => {
        const data = await hostRoleValidator.validate({ role })
        await UserService.update(
          user,
          { name: user.name, role: data.role, department: user.department },
          context
        )
      }, 'role')
      return hostUser(user)
    },

    async setGroups(id, groupIds) {
      const user = await load(id)
      if (!Array.isArray(groupIds) || !groupIds.every(Number.isSafeInteger)) {
        throw new HostValidationError({ groupIds: 'a list of group ids' })
      }
      await replaceGroups(user, groupIds)
      return hostUser(await load(id))
    },
  }
}
