import { test } from '@japa/runner'
import User, { type Role } from '#models/user'
import Group from '#models/group'
import Organization from '#models/organization'
import UserPolicy from '#policies/user_policy'
import GroupPolicy from '#policies/group_policy'
import OrganizationPolicy from '#policies/organization_policy'
import AuditLogPolicy from '#policies/audit_log_policy'
import PluginPolicy from '#policies/plugin_policy'
import EventDelivery from '#models/event_delivery'

/**
 * The access table for users, groups, settings, the audit log and plugins, cell by
 * cell: every role, in its own organization and against another one.
 * Plain instances, no database: policies are pure functions of their input.
 */
function user(role: Role, organizationId = 1, id = 10) {
  const instance = new User()
  instance.merge({ id, role, organizationId, isActive: true })
  return instance
}

const ROLES: Role[] = ['customer', 'agent', 'admin']
const sameOrgTarget = user('customer', 1, 99)
const otherOrgTarget = user('customer', 2, 98)
const group = Object.assign(new Group(), { id: 5, organizationId: 1 })
const otherGroup = Object.assign(new Group(), { id: 6, organizationId: 2 })
const organization = Object.assign(new Organization(), { id: 1 })
const otherOrganization = Object.assign(new Organization(), { id: 2 })
const delivery = Object.assign(new EventDelivery(), { id: 7, organizationId: 1 })
const otherDelivery = Object.assign(new EventDelivery(), { id: 8, organizationId: 2 })

const only = (allowed: Role[]) => (role: Role) => allowed.includes(role)

type Cell = { ability: string; check: (actor: User) => boolean; expected: (role: Role) => boolean }

const cells: Cell[] = [
  {
    ability: 'users.viewAny',
    check: (a) => new UserPolicy().viewAny(a),
    expected: only(['admin']),
  },
  { ability: 'users.create', check: (a) => new UserPolicy().create(a), expected: only(['admin']) },
  {
    ability: 'users.update (same org)',
    check: (a) => new UserPolicy().update(a, sameOrgTarget),
    expected: only(['admin']),
  },
  {
    ability: 'users.update (other org)',
    check: (a) => new UserPolicy().update(a, otherOrgTarget),
    expected: only([]),
  },
  {
    ability: 'users.changeRole (same org)',
    check: (a) => new UserPolicy().changeRole(a, sameOrgTarget),
    expected: only(['admin']),
  },
  {
    ability: 'users.changeRole (other org)',
    check: (a) => new UserPolicy().changeRole(a, otherOrgTarget),
    expected: only([]),
  },
  {
    ability: 'users.changeRole (self)',
    check: (a) => new UserPolicy().changeRole(a, a),
    expected: only([]),
  },
  {
    ability: 'users.deactivate (same org)',
    check: (a) => new UserPolicy().deactivate(a, sameOrgTarget),
    expected: only(['admin']),
  },
  {
    ability: 'users.deactivate (other org)',
    check: (a) => new UserPolicy().deactivate(a, otherOrgTarget),
    expected: only([]),
  },
  {
    ability: 'users.deactivate (self)',
    check: (a) => new UserPolicy().deactivate(a, a),
    expected: only([]),
  },
  {
    ability: 'groups.viewAny',
    check: (a) => new GroupPolicy().viewAny(a),
    expected: only(['admin']),
  },
  {
    ability: 'groups.create',
    check: (a) => new GroupPolicy().create(a),
    expected: only(['admin']),
  },
  {
    ability: 'groups.update (same org)',
    check: (a) => new GroupPolicy().update(a, group),
    expected: only(['admin']),
  },
  {
    ability: 'groups.update (other org)',
    check: (a) => new GroupPolicy().update(a, otherGroup),
    expected: only([]),
  },
  {
    ability: 'groups.delete (same org)',
    check: (a) => new GroupPolicy().delete(a, group),
    expected: only(['admin']),
  },
  {
    ability: 'groups.delete (other org)',
    check: (a) => new GroupPolicy().delete(a, otherGroup),
    expected: only([]),
  },
  {
    ability: 'groups.manageMembers (same org)',
    check: (a) => new GroupPolicy().manageMembers(a, group),
    expected: only(['admin']),
  },
  {
    ability: 'groups.manageMembers (other org)',
    check: (a) => new GroupPolicy().manageMembers(a, otherGroup),
    expected: only([]),
  },
  {
    ability: 'settings.update (own org)',
    check: (a) => new OrganizationPolicy().update(a, organization),
    expected: only(['admin']),
  },
  {
    ability: 'settings.update (other org)',
    check: (a) => new OrganizationPolicy().update(a, otherOrganization),
    expected: only([]),
  },
  {
    ability: 'auditLog.viewAny',
    check: (a) => new AuditLogPolicy().viewAny(a),
    expected: only(['admin']),
  },
  {
    ability: 'plugins.viewAny',
    check: (a) => new PluginPolicy().viewAny(a),
    expected: only(['admin']),
  },
  {
    ability: 'plugins.manage',
    check: (a) => new PluginPolicy().manage(a),
    expected: only(['admin']),
  },
  {
    ability: 'plugins.retryDelivery (same org)',
    check: (a) => new PluginPolicy().retryDelivery(a, delivery),
    expected: only(['admin']),
  },
  {
    ability: 'plugins.retryDelivery (other org)',
    check: (a) => new PluginPolicy().retryDelivery(a, otherDelivery),
    expected: only([]),
  },
]

test.group('Access table (policies)', () => {
  for (const cell of cells) {
    for (const role of ROLES) {
      const allowed = cell.expected(role)
      test(`${cell.ability}: ${role} is ${allowed ? 'allowed' : 'denied'}`, ({ assert }) => {
        assert.equal(cell.check(user(role)), allowed)
      })
    }
  }
})
