import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import AuditLog from '#models/audit_log'
import Group from '#models/group'
import { GroupFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'

test.group('Admin: groups', (group) => {
  isolate(group)

  test('an empty list tells the admin what to do first', async ({ client }) => {
    const { admin } = await organizationWithStaff()
    const response = await client.get('/admin/groups').loginAs(admin).withInertia()
    response.assertInertiaComponent('admin/groups/index')
    response.assertInertiaPropsContains({ groups: [] })
  })

  test('creating a group, with a clear error for a duplicate name', async ({ client, assert }) => {
    const { admin, organization } = await organizationWithStaff()
    const created = await client
      .post('/admin/groups')
      .loginAs(admin)
      .form({ name: 'IT support', description: 'Laptops', email: 'it@example.com' })
      .withCsrfToken()
      .redirects(0)
    const itGroup = await Group.findByOrFail('name', 'IT support')
    created.assertHeader('location', `/admin/groups/${itGroup.id}`)
    assert.equal(itGroup.organizationId, organization.id)
    assert.exists(await AuditLog.findBy('action', 'group.created'))

    const duplicate = await client
      .post('/admin/groups')
      .loginAs(admin)
      .form({ name: 'it SUPPORT' })
      .withCsrfToken()
      .redirects(0)
    duplicate.assertFieldError('name', 'A group with this name already exists.')

    const elsewhere = await organizationWithStaff()
    const sameNameOtherOrg = await client
      .post('/admin/groups')
      .loginAs(elsewhere.admin)
      .form({ name: 'IT support' })
      .withCsrfToken()
      .redirects(0)
    sameNameOtherOrg.assertNoFieldError('name')
  })

  test('agents and admins can be members; customers and outsiders cannot', async ({
    client,
    assert,
  }) => {
    const { admin, agent, customer, organization } = await organizationWithStaff()
    const team = await GroupFactory.merge({ organizationId: organization.id }).create()
    const { agent: outsider } = await organizationWithStaff()

    await client
      .post(`/admin/groups/${team.id}/members`)
      .loginAs(admin)
      .form({ userId: agent.id })
      .withCsrfToken()
    await client
      .post(`/admin/groups/${team.id}/members`)
      .loginAs(admin)
      .form({ userId: admin.id })
      .withCsrfToken()
    for (const user of [customer, outsider]) {
      const refused = await client
        .post(`/admin/groups/${team.id}/members`)
        .loginAs(admin)
        .form({ userId: user.id })
        .withCsrfToken()
        .redirects(0)
      refused.assertFieldError(
        'userId',
        'Only agents and admins of this organization can be group members.'
      )
    }
    const members = await db.from('group_members').where('group_id', team.id).orderBy('user_id')
    assert.sameMembers(
      members.map((row) => row.user_id),
      [agent.id, admin.id]
    )

    const page = await client.get(`/admin/groups/${team.id}`).loginAs(admin).withInertia()
    assert.equal(page.inertiaProps.group.memberCount, 2)
    assert.notInclude(
      page.inertiaProps.candidates.map((user: { id: number }) => user.id),
      agent.id
    )

    await client
      .delete(`/admin/groups/${team.id}/members/${agent.id}`)
      .loginAs(admin)
      .withCsrfToken()
    const remaining = await db.from('group_members').where('group_id', team.id)
    assert.deepEqual(
      remaining.map((row) => row.user_id),
      [admin.id]
    )
    const trail = await AuditLog.query().where('entity_type', 'group').orderBy('id')
    assert.deepEqual(
      trail.map((row) => row.action),
      ['group.member_added', 'group.member_added', 'group.member_removed']
    )
  })

  test('renaming and deactivating are audited; deleting removes it', async ({ client, assert }) => {
    const { admin, organization } = await organizationWithStaff()
    const team = await GroupFactory.merge({
      organizationId: organization.id,
      name: 'Old name',
    }).create()
    await client
      .put(`/admin/groups/${team.id}`)
      .loginAs(admin)
      .form({ name: 'New name', description: '', email: '', isActive: 'false' })
      .withCsrfToken()
    await team.refresh()
    assert.equal(team.name, 'New name')
    assert.isFalse(team.isActive)
    const entry = await AuditLog.findByOrFail('action', 'group.updated')
    assert.deepInclude(entry.oldValues, { name: 'Old name', isActive: true })
    assert.deepInclude(entry.newValues, { name: 'New name', isActive: false })

    await client.delete(`/admin/groups/${team.id}`).loginAs(admin).withCsrfToken()
    assert.isNull(await Group.find(team.id))
    assert.exists(await AuditLog.findBy('action', 'group.deleted'))
  })
})
