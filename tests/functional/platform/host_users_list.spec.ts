import { test } from '@japa/runner'
import { GroupFactory, UserFactory } from '#database/factories/main'
import { HostValidationError } from '#platform/errors'
import type { Host, UserFilter } from '#platform/host'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { hostOf, thrown } from '#tests/support/host'

/** Every page of `users.list(filter)`, `limit` at a time, as a plugin would walk them. */
async function everyPage(host: Host, filter: UserFilter, limit: number) {
  const pages: number[][] = []
  let cursor: string | null = null
  do {
    const page = await host.users.list({ ...filter, cursor, limit })
    pages.push(page.users.map((user) => user.id))
    cursor = page.nextCursor
  } while (cursor)
  return pages
}

/**
 * helpdesk() (admin, agent in IT, customer) plus a deactivated admin, a
 * second agent in Facilities and a deactivated customer.
 */
async function people() {
  const desk = await helpdesk()
  const organizationId = desk.organization.id
  const formerAdmin = await UserFactory.apply('admin')
    .merge({ organizationId, isActive: false })
    .create()
  const facilitiesAgent = await UserFactory.apply('agent').merge({ organizationId }).create()
  await desk.facilities.related('members').attach([facilitiesAgent.id])
  const formerCustomer = await UserFactory.merge({ organizationId, isActive: false }).create()
  return { desk, formerAdmin, facilitiesAgent, formerCustomer }
}

const ids = (page: { users: { id: number }[] }) => page.users.map((user) => user.id)
const ascending = (...list: number[]) => [...list].sort((a, b) => a - b)

test.group('Host API: users.list', (group) => {
  isolate(group)

  test('by role (one or several), active or not, and group; every condition must hold', async ({
    assert,
  }) => {
    const { desk, formerAdmin, facilitiesAgent, formerCustomer } = await people()
    const host = hostOf(desk.organization)
    const everyone = ascending(
      desk.admin.id,
      desk.agent.id,
      desk.customer.id,
      formerAdmin.id,
      facilitiesAgent.id,
      formerCustomer.id
    )

    assert.deepEqual(ids(await host.users.list()), everyone, 'no filter: everyone, by id')
    assert.deepEqual(
      ids(await host.users.list({ role: 'admin' })),
      ascending(desk.admin.id, formerAdmin.id)
    )
    assert.deepEqual(ids(await host.users.list({ role: 'admin', active: true })), [desk.admin.id])
    assert.deepEqual(
      ids(await host.users.list({ role: ['admin', 'agent'], active: true })),
      ascending(desk.admin.id, desk.agent.id, facilitiesAgent.id)
    )
    assert.deepEqual(
      ids(await host.users.list({ active: false })),
      ascending(formerAdmin.id, formerCustomer.id)
    )
    assert.deepEqual(ids(await host.users.list({ groupId: desk.it.id })), [desk.agent.id])
    assert.deepEqual(ids(await host.users.list({ groupId: desk.facilities.id, role: 'agent' })), [
      facilitiesAgent.id,
    ])
    assert.deepEqual(ids(await host.users.list({ groupId: desk.facilities.id, role: 'admin' })), [])

    const itMembers = await host.users.list({ groupId: desk.it.id })
    const [agent] = itMembers.users
    assert.include(agent, {
      id: desk.agent.id,
      organizationId: desk.organization.id,
      role: 'agent',
      active: true,
      authSource: 'local',
    })
    assert.deepEqual(agent.groupIds, [desk.it.id])
  })

  test('a page at a time by id: the pages join up to the whole list, and the last says so', async ({
    assert,
  }) => {
    const { desk } = await people()
    const host = hostOf(desk.organization)
    const everyone = ids(await host.users.list())
    const pages = await everyPage(host, {}, 4)
    assert.deepEqual(
      pages.map((page) => page.length),
      [4, 2]
    )
    assert.deepEqual(pages.flat(), everyone)
    const staff = await everyPage(host, { role: ['admin', 'agent'] }, 2)
    assert.deepEqual(
      staff.map((page) => page.length),
      [2, 2],
      'the filter holds across pages: four staff, two pages'
    )
    assert.deepEqual(staff.flat(), ids(await host.users.list({ role: ['admin', 'agent'] })))
    const exact = await host.users.list({ limit: 6 })
    assert.isNull(exact.nextCursor, 'a page that holds the rest has no next cursor')
  })

  test("another organization's users never, nor the members of its groups", async ({ assert }) => {
    const mine = await helpdesk()
    const theirs = await helpdesk()
    const stranger = await UserFactory.apply('admin')
      .merge({ organizationId: theirs.organization.id })
      .create()
    const theirGroup = await GroupFactory.merge({
      organizationId: theirs.organization.id,
      name: 'Theirs',
    }).create()
    await theirGroup.related('members').attach([theirs.agent.id])
    const host = hostOf(mine.organization)

    const listed = ids(await host.users.list({ role: 'admin' }))
    assert.deepEqual(listed, [mine.admin.id])
    assert.notInclude(ids(await host.users.list()), stranger.id)
    assert.deepEqual(ids(await host.users.list({ groupId: theirGroup.id })), [])
    assert.deepEqual(ids(await host.users.list({ groupId: theirs.it.id })), [])
  })

  test('a filter that is not one is a HostValidationError naming the field', async ({ assert }) => {
    const { desk } = await people()
    const host = hostOf(desk.organization)
    const cases: [string, unknown][] = [
      ['role', { role: 'owner' }],
      ['role', { role: [] }],
      ['role', { role: ['admin', 'root'] }],
      ['active', { active: 'yes' }],
      ['groupId', { groupId: 0 }],
      ['groupId', { groupId: 1.5 }],
      ['groupId', { groupId: '3' }],
      ['limit', { limit: 0 }],
      ['limit', { limit: 501 }],
      ['cursor', { cursor: 'not-a-cursor' }],
      ['cursor', { cursor: Buffer.from('["x"]').toString('base64url') }],
      ['cursor', { cursor: 42 }],
      ['roles', { roles: 'admin' }],
    ]
    for (const [field, filter] of cases) {
      const error = await thrown(() => host.users.list(filter as UserFilter))
      assert.instanceOf(error, HostValidationError, JSON.stringify(filter))
      assert.property(error.fields, field, JSON.stringify(filter))
    }
    const first = await host.users.list({ cursor: null })
    assert.lengthOf(first.users, 6, 'a null cursor is the first page')
  })
})
