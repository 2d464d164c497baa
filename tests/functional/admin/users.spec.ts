import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import User from '#models/user'
import { UserFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { mailbox } from '#tests/support/mailbox'

test.group('Admin: users', (group) => {
  isolate(group)

  test('the list searches name and e-mail and filters by role and status, within the organization', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    await UserFactory.merge({ organizationId: organization.id, name: 'Zelda Searchable' }).create()
    await UserFactory.apply('inactive')
      .merge({ organizationId: organization.id, name: 'Old Timer' })
      .create()
    const outsider = await organizationWithStaff()
    await UserFactory.merge({
      organizationId: outsider.organization.id,
      name: 'Searchable Elsewhere',
    }).create()

    // A word no factory-made name or e-mail contains (a random "Zelda…" address once did)
    const search = await client.get('/admin/users?q=searchable').loginAs(admin).withInertia()
    search.assertInertiaComponent('admin/users/index')
    const found = search.inertiaProps.users.data.map((user: { name: string }) => user.name)
    assert.deepEqual(found, ['Zelda Searchable'])

    const inactive = await client.get('/admin/users?status=inactive').loginAs(admin).withInertia()
    assert.deepEqual(
      inactive.inertiaProps.users.data.map((user: { name: string }) => user.name),
      ['Old Timer']
    )

    const agents = await client.get('/admin/users?role=agent').loginAs(admin).withInertia()
    assert.isTrue(
      agents.inertiaProps.users.data.every((user: { role: string }) => user.role === 'agent')
    )
    assert.lengthOf(agents.inertiaProps.users.data, 1)
  })

  test('inviting a user e-mails a set-password link that activates the account', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const response = await client
      .post('/admin/users')
      .loginAs(admin)
      .form({ name: 'Ivy Invited', email: 'ivy@example.com', role: 'agent', onboarding: 'invite' })
      .withCsrfToken()
      .redirects(0)
    const ivy = await User.findByOrFail('email', 'ivy@example.com')
    response.assertHeader('location', `/admin/users/${ivy.id}`)
    response.assertToast('success', 'Invitation sent to ivy@example.com.')
    assert.equal(ivy.organizationId, organization.id)
    assert.isNull(ivy.password)

    const mail = await mailbox.waitFor('ivy@example.com')
    assert.equal(mail.subject, 'You have been invited to Switchboard')
    assert.include(mail.text, organization.name)
    const token = mail.text.match(/reset-password\/([A-Za-z0-9_-]+)/)![1]
    const page = await client.get(`/reset-password/${token}`).withInertia()
    page.assertInertiaPropsContains({ valid: true, purpose: 'invite' })

    await client
      .post('/reset-password')
      .form({ token, password: 'ivy chooses 42!', passwordConfirmation: 'ivy chooses 42!' })
      .withCsrfToken()
    await ivy.refresh()
    assert.isTrue(await ivy.verifyPassword('ivy chooses 42!'))
    assert.exists(await AuditLog.findBy('action', 'auth.invitation_accepted'))

    const created = await AuditLog.query()
      .where('action', 'user.created')
      .where('entity_id', String(ivy.id))
      .firstOrFail()
    assert.equal(created.actorId, admin.id)
    assert.deepInclude(created.newValues, {
      email: 'ivy@example.com',
      role: 'agent',
      onboarding: 'invite',
    })
  })

  test('creating with a password lets the user sign in at once', async ({ client, assert }) => {
    const { admin } = await organizationWithStaff()
    await client
      .post('/admin/users')
      .loginAs(admin)
      .form({
        name: 'Pat',
        email: 'pat@example.com',
        role: 'customer',
        onboarding: 'password',
        password: 'pat password 12',
      })
      .withCsrfToken()
    const pat = await User.findByOrFail('email', 'pat@example.com')
    assert.isTrue(await pat.verifyPassword('pat password 12'))
    assert.lengthOf(await mailbox.all(), 0)
  })

  test('a taken e-mail, a missing password and an unknown role are reported beside their fields', async ({
    client,
  }) => {
    const { admin, agent } = await organizationWithStaff()
    const response = await client
      .post('/admin/users')
      .loginAs(admin)
      .form({
        name: 'Dup',
        email: agent.email.toUpperCase(),
        role: 'wizard',
        onboarding: 'password',
      })
      .withCsrfToken()
      .redirects(0)
    response.assertFieldError('email', 'This e-mail address is already in use.')
    response.assertFieldError('role')
    response.assertFieldError('password')
  })

  test('changing a role is audited with old and new values', async ({ client, assert }) => {
    const { admin, customer } = await organizationWithStaff()
    await client
      .put(`/admin/users/${customer.id}`)
      .loginAs(admin)
      .header('user-agent', 'AdminBrowser/2')
      .form({ name: customer.name, role: 'agent', department: 'Support' })
      .withCsrfToken()
    await customer.refresh()
    assert.equal(customer.role, 'agent')
    const entry = await AuditLog.findByOrFail('action', 'user.role_changed')
    assert.deepEqual(entry.oldValues, { role: 'customer', department: null })
    assert.deepEqual(entry.newValues, { role: 'agent', department: 'Support' })
    assert.equal(entry.actorId, admin.id)
    assert.equal(entry.userAgent, 'AdminBrowser/2')
    assert.equal(entry.entityType, 'user')
    assert.equal(entry.entityId, String(customer.id))
  })

  test('admins cannot change their own role or deactivate themselves (denied with a toast)', async ({
    client,
    assert,
  }) => {
    const { admin } = await organizationWithStaff()
    const demote = await client
      .put(`/admin/users/${admin.id}`)
      .loginAs(admin)
      .form({ name: admin.name, role: 'customer' })
      .withCsrfToken()
      .redirects(0)
    demote.assertStatus(302)
    demote.assertToast('error', 'Access denied')
    const deactivate = await client
      .post(`/admin/users/${admin.id}/deactivate`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    deactivate.assertToast('error', 'Access denied')
    await admin.refresh()
    assert.equal(admin.role, 'admin')
    assert.isTrue(admin.isActive)
  })

  test('the last active admin cannot be demoted by another path', async ({ client, assert }) => {
    const { admin, organization } = await organizationWithStaff()
    const second = await UserFactory.apply('admin')
      .merge({ organizationId: organization.id })
      .create()
    const first = await client
      .put(`/admin/users/${second.id}`)
      .loginAs(admin)
      .form({ name: second.name, role: 'agent' })
      .withCsrfToken()
      .redirects(0)
    first.assertNoFieldError('role')
    await admin.merge({ isActive: true }).save()
    const { default: userService } = await import('#services/user_service')
    await assert.rejects(
      () =>
        userService.update(
          admin,
          { name: admin.name, role: 'agent' },
          { actor: admin, ip: null, userAgent: null }
        ),
      'An organization needs at least one active admin.'
    )
  })

  test('deactivating and reactivating are audited and shown in the list', async ({
    client,
    assert,
  }) => {
    const { admin, agent } = await organizationWithStaff()
    const off = await client
      .post(`/admin/users/${agent.id}/deactivate`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    off.assertToast('success', 'has been deactivated and signed out')
    await agent.refresh()
    assert.isFalse(agent.isActive)

    await client.post(`/admin/users/${agent.id}/reactivate`).loginAs(admin).withCsrfToken()
    await agent.refresh()
    assert.isTrue(agent.isActive)
    const actions = await AuditLog.query()
      .where('entity_id', String(agent.id))
      .whereIn('action', ['user.deactivated', 'user.reactivated'])
      .orderBy('id')
    assert.deepEqual(
      actions.map((row) => row.action),
      ['user.deactivated', 'user.reactivated']
    )
  })

  test('a failed invitation e-mail is reported and can be resent', async ({ client, assert }) => {
    const { admin, organization } = await organizationWithStaff()
    const pending = await UserFactory.merge({
      organizationId: organization.id,
      password: null,
    }).create()
    const response = await client
      .post(`/admin/users/${pending.id}/invitation`)
      .loginAs(admin)
      .withCsrfToken()
      .redirects(0)
    response.assertToast('success', `Invitation sent to ${pending.email}.`)
    await mailbox.waitFor(pending.email)
    const entry = await AuditLog.findByOrFail('action', 'user.invitation_sent')
    assert.deepEqual(entry.newValues, { delivered: true })
  })
})
