import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import AuditLogService from '#services/audit_log_service'
import { isolate, organizationWithStaff } from '#tests/support/world'

test.group('Admin: audit log', (group) => {
  isolate(group)

  async function seed() {
    const home = await organizationWithStaff()
    const other = await organizationWithStaff()
    const ctx = { actor: home.admin, ip: '10.0.0.1', userAgent: 'UA' }
    await AuditLogService.record(ctx, {
      organizationId: home.organization.id,
      action: 'group.created',
      entityType: 'group',
      entityId: 1,
      newValues: { name: 'Searchable Team' },
    })
    await AuditLogService.record(
      { ...ctx, actor: home.agent },
      {
        organizationId: home.organization.id,
        action: 'auth.signed_in',
        entityType: 'user',
        entityId: home.agent.id,
      }
    )
    const old = await AuditLogService.record(ctx, {
      organizationId: home.organization.id,
      action: 'user.updated',
      entityType: 'user',
      entityId: home.customer.id,
    })
    old.createdAt = DateTime.fromISO('2020-01-15T10:00:00Z')
    await old.save()
    await AuditLogService.record(
      { ...ctx, actor: other.admin },
      {
        organizationId: other.organization.id,
        action: 'group.created',
        entityType: 'group',
        newValues: { name: 'Other org secret' },
      }
    )
    return home
  }

  function actions(response: { inertiaProps: Record<string, any> }): string[] {
    return response.inertiaProps.entries.data.map((entry: { action: string }) => entry.action)
  }

  test('shows only this organization, newest first, with filter facets', async ({
    client,
    assert,
  }) => {
    const home = await seed()
    const response = await client.get('/admin/audit').loginAs(home.admin).withInertia()
    response.assertInertiaComponent('admin/audit_logs/index')
    assert.deepEqual(actions(response), ['auth.signed_in', 'group.created', 'user.updated'])
    assert.notInclude(JSON.stringify(response.inertiaProps), 'Other org secret')
    assert.sameMembers(response.inertiaProps.facets.actions, [
      'auth.signed_in',
      'group.created',
      'user.updated',
    ])
  })

  test('filters by action, entity, actor, dates and text', async ({ client, assert }) => {
    const home = await seed()
    const get = (qs: string) => client.get(`/admin/audit?${qs}`).loginAs(home.admin).withInertia()

    assert.deepEqual(actions(await get('action=group.created')), ['group.created'])
    assert.deepEqual(actions(await get('entityType=user')), ['auth.signed_in', 'user.updated'])
    assert.deepEqual(actions(await get(`actorId=${home.agent.id}`)), ['auth.signed_in'])
    assert.deepEqual(actions(await get('to=2020-01-31')), ['user.updated'])
    assert.deepEqual(actions(await get('from=2020-02-01')), ['auth.signed_in', 'group.created'])
    assert.deepEqual(actions(await get('q=searchable')), ['group.created'])
    assert.deepEqual(actions(await get('q=secret')), [])
  })

  test('rows carry actor, IP and user agent', async ({ client, assert }) => {
    const home = await seed()
    const response = await client
      .get('/admin/audit?action=group.created')
      .loginAs(home.admin)
      .withInertia()
    const [row] = response.inertiaProps.entries.data
    assert.equal(row.actorLabel, home.admin.email)
    assert.equal(row.ip, '10.0.0.1')
    assert.equal(row.userAgent, 'UA')
    assert.deepEqual(row.newValues, { name: 'Searchable Team' })
    assert.isNotNull(await AuditLog.query().where('ip', '10.0.0.1').first())
  })
})
