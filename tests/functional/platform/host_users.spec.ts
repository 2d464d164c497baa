import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import OutboxEvent from '#models/outbox_event'
import User from '#models/user'
import { GroupFactory, UserFactory } from '#database/factories/main'
import { HostNotFound, HostValidationError } from '#platform/errors'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { hostOf, thrown } from '#tests/support/host'

const ADA = { email: 'Ada@Corp.Example', name: 'Ada Lovelace', role: 'agent' as const }

async function tokenOf(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

test.group('Host API: users', (group) => {
  isolate(group)

  test('create: provisioned as directory sign-in does, with the plugin as source and actor', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const ada = await host.users.create({
      ...ADA,
      department: 'Research',
      externalId: 'uid=ada',
      groupIds: [desk.it.id],
    })
    assert.include(ada, {
      email: 'ada@corp.example',
      name: 'Ada Lovelace',
      role: 'agent',
      authSource: 'fixture-host',
      externalId: 'uid=ada',
      department: 'Research',
      active: true,
      organizationId: desk.organization.id,
    })
    assert.deepEqual(ada.groupIds, [desk.it.id])
    const stored = await User.findOrFail(ada.id)
    assert.isNull(stored.password, 'no local password: the directory signs them in')

    const audit = await AuditLog.query()
      .where('action', 'user.created')
      .where('entity_id', String(ada.id))
      .firstOrFail()
    assert.include(audit.toJSON(), { actorPlugin: 'fixture-host', actorLabel: 'Fixture: host' })
    const event = await OutboxEvent.query()
      .where('name', 'user.created')
      .where('organization_id', desk.organization.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.deepEqual((event.payload as any).actor, {
      id: null,
      name: 'Fixture: host',
      role: null,
      plugin: 'fixture-host',
    })

    const taken = await thrown(() => host.users.create({ ...ADA, email: desk.agent.email }))
    assert.instanceOf(taken, HostValidationError)
    assert.property(taken.fields, 'email')
    const badRole = await thrown(() => host.users.create({ ...ADA, role: 'owner' as any }))
    assert.instanceOf(badRole, HostValidationError)
    assert.property(badRole.fields, 'role')
  })

  test('find: by id, e-mail or external id (this plugin as source unless told)', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const ada = await host.users.create({ ...ADA, externalId: 'uid=ada' })

    const idOf = async (lookup: Parameters<typeof host.users.find>[0]) => {
      const found = await host.users.find(lookup)
      return found?.id ?? null
    }
    assert.equal(await idOf({ id: ada.id }), ada.id)
    assert.equal(await idOf({ email: 'ADA@corp.example' }), ada.id)
    assert.equal(await idOf({ externalId: 'uid=ada' }), ada.id)
    assert.equal(await idOf({ externalId: 'uid=ada', source: 'fixture-host' }), ada.id)
    assert.isNull(await host.users.find({ externalId: 'uid=ada', source: 'local' }))
    assert.isNull(await host.users.find({ email: 'nobody@corp.example' }))
  })

  test('listBySource: a page at a time, by id, only this source and organization', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const created = []
    for (const name of ['A', 'B', 'C']) {
      created.push(
        await host.users.create({ email: `${name}@corp.example`, name, role: 'customer' })
      )
    }
    const other = await helpdesk()
    await hostOf(other.organization).users.create({
      email: 'x@other.example',
      name: 'X',
      role: 'customer',
    })

    const first = await host.users.listBySource(undefined, { limit: 2 })
    assert.deepEqual(
      first.users.map((user) => user.name),
      ['A', 'B']
    )
    const second = await host.users.listBySource('fixture-host', {
      cursor: first.nextCursor,
      limit: 2,
    })
    assert.deepEqual(
      second.users.map((user) => user.name),
      ['C']
    )
    assert.isNull(second.nextCursor)
    const local = await host.users.listBySource('local')
    assert.sameMembers(
      local.users.map((user) => user.id),
      [desk.admin.id, desk.agent.id, desk.customer.id]
    )
    assert.equal(created.length, 3)
  })

  test('update: name, e-mail, department and external id, audited as the plugin', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const ada = await host.users.create(ADA)
    const updated = await host.users.update(ada.id, {
      name: 'Ada King',
      email: 'ada.king@corp.example',
      department: 'Maths',
      externalId: 'uid=ada.king',
    })
    assert.include(updated, {
      name: 'Ada King',
      email: 'ada.king@corp.example',
      department: 'Maths',
      externalId: 'uid=ada.king',
    })
    const audit = await AuditLog.query()
      .where('action', 'user.updated')
      .where('entity_id', String(ada.id))
      .firstOrFail()
    assert.equal(audit.actorPlugin, 'fixture-host')
    assert.deepInclude(audit.newValues, { name: 'Ada King', department: 'Maths' })
    const taken = await thrown(() => host.users.update(ada.id, { email: desk.admin.email }))
    assert.instanceOf(taken, HostValidationError)
    assert.property(taken.fields, 'email')
  })

  test('deactivate ends sessions and API tokens at once; reactivate lets them sign in again', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const token = await tokenOf(desk.agent)
    const before = await client.get('/api/v1/me').bearerToken(token)
    before.assertStatus(200)

    const deactivated = await host.users.deactivate(desk.agent.id)
    assert.isFalse(deactivated.active)
    const after = await client.get('/api/v1/me').bearerToken(token)
    after.assertStatus(401)
    const stored = await User.findOrFail(desk.agent.id)
    assert.isNotNull(stored.sessionsValidFrom)

    const reactivated = await host.users.reactivate(desk.agent.id)
    assert.isTrue(reactivated.active)
    const fresh = await client.get('/api/v1/me').bearerToken(await tokenOf(stored))
    fresh.assertStatus(200)
    const actions = await AuditLog.query()
      .where('entity_id', String(desk.agent.id))
      .whereIn('action', ['user.deactivated', 'user.reactivated'])
      .orderBy('id')
    assert.deepEqual(
      actions.map((entry) => [entry.action, entry.actorPlugin]),
      [
        ['user.deactivated', 'fixture-host'],
        ['user.reactivated', 'fixture-host'],
      ]
    )
  })

  test('the last active admin can be neither deactivated nor demoted', async ({ assert }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const deactivate = await thrown(() => host.users.deactivate(desk.admin.id))
    assert.instanceOf(deactivate, HostValidationError)
    assert.match(deactivate.fields.active, /at least one active admin/)
    const demote = await thrown(() => host.users.setRole(desk.admin.id, 'agent'))
    assert.instanceOf(demote, HostValidationError)
    assert.property(demote.fields, 'role')

    const promoted = await host.users.setRole(desk.agent.id, 'admin')
    assert.equal(promoted.role, 'admin')
    const demoted = await host.users.setRole(desk.admin.id, 'agent')
    assert.equal(demoted.role, 'agent', 'with another admin, demoting is fine')
  })

  test('setGroups: exactly these groups of this organization; staff only', async ({ assert }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const network = await GroupFactory.merge({
      organizationId: desk.organization.id,
      name: 'Network',
    }).create()
    const moved = await host.users.setGroups(desk.agent.id, [desk.facilities.id, network.id])
    assert.sameMembers(moved.groupIds, [desk.facilities.id, network.id])
    const cleared = await host.users.setGroups(desk.agent.id, [])
    assert.deepEqual(cleared.groupIds, [])
    const customer = await thrown(() => host.users.setGroups(desk.customer.id, [desk.it.id]))
    assert.instanceOf(customer, HostValidationError)
    assert.property(customer.fields, 'groupIds')
    const removed = await AuditLog.query()
      .where('action', 'group.member_removed')
      .where('actor_plugin', 'fixture-host')
    assert.lengthOf(removed, 3, 'IT, then Facilities and Network')
  })

  test("another organization's users and groups are not found, by every call", async ({
    assert,
  }) => {
    const mine = await helpdesk()
    const theirs = await helpdesk()
    const host = hostOf(mine.organization)
    const stranger = await UserFactory.merge({ organizationId: theirs.organization.id }).create()

    assert.isNull(await host.users.find({ id: theirs.agent.id }))
    assert.isNull(await host.users.find({ email: theirs.agent.email }))
    const listed = await host.users.listBySource('local')
    assert.notInclude(
      listed.users.map((user) => user.id),
      theirs.agent.id
    )
    const calls: [string, () => Promise<unknown>][] = [
      ['update', () => host.users.update(theirs.agent.id, { name: 'Mallory' })],
      ['deactivate', () => host.users.deactivate(theirs.agent.id)],
      ['reactivate', () => host.users.reactivate(stranger.id)],
      ['setRole', () => host.users.setRole(theirs.agent.id, 'customer')],
      ['setGroups', () => host.users.setGroups(theirs.agent.id, [])],
      ['setGroups with their group', () => host.users.setGroups(mine.agent.id, [theirs.it.id])],
      ['create in their group', () => host.users.create({ ...ADA, groupIds: [theirs.it.id] })],
    ]
    for (const [name, call] of calls) {
      assert.instanceOf(await thrown(call), HostNotFound, name)
    }
    const untouched = await User.findOrFail(theirs.agent.id)
    assert.include(untouched.toJSON(), { role: 'agent', isActive: true })
    assert.isNull(await User.findBy('email', 'ada@corp.example'), 'nothing half created')
  })
})
