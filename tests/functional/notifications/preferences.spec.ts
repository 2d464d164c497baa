import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'

const CUSTOMER_KINDS = ['ticket_created_receipt', 'ticket_status_changed', 'ticket_replied']
const STAFF_KINDS = ['ticket_created_group', 'ticket_assigned', 'ticket_customer_replied']

test.group('Notification preferences: profile page', (group) => {
  isolate(group)

  test('lists the kinds that apply to the person, with their choice', async ({
    client,
    assert,
  }) => {
    const { customer, agent } = await organizationWithStaff()
    customer.notificationPreferences = { ticket_replied: false }
    await customer.save()

    const page = await client.get('/profile').loginAs(customer).withInertia()
    page.assertInertiaComponent('profile/edit')
    const choices = page.inertiaProps.notifications as {
      kind: string
      label: string
      help: string
      enabled: boolean
    }[]
    assert.deepEqual(
      choices.map((choice) => [choice.kind, choice.enabled]),
      [
        ['ticket_created_receipt', true],
        ['ticket_status_changed', true],
        ['ticket_replied', false],
      ]
    )
    assert.equal(choices[2].label, 'Replies on my tickets')
    assert.isTrue(choices.every((choice) => choice.help.length > 0))

    const staff = await client.get('/profile').loginAs(agent).withInertia()
    assert.deepEqual(
      (staff.inertiaProps.notifications as { kind: string }[]).map((choice) => choice.kind),
      [...CUSTOMER_KINDS, ...STAFF_KINDS]
    )
  })

  test('saving stores every choice shown, toasts and audits what changed', async ({
    client,
    assert,
  }) => {
    const { agent } = await organizationWithStaff()
    const response = await client
      .put('/profile/notifications')
      .loginAs(agent)
      .form({
        ticket_created_receipt: 'true',
        ticket_status_changed: 'true',
        ticket_replied: 'true',
        ticket_created_group: 'false',
        ticket_assigned: 'true',
        ticket_customer_replied: 'false',
      })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertToast('success', 'Your notification settings have been saved.')
    await agent.refresh()
    assert.deepInclude(agent.notificationPreferences, {
      ticket_created_group: false,
      ticket_customer_replied: false,
    })
    const entry = await AuditLog.findByOrFail('action', 'profile.notifications_updated')
    assert.equal(entry.entityId, String(agent.id))
    assert.equal(entry.actorId, agent.id)
    assert.deepEqual(entry.oldValues, { ticket_created_group: true, ticket_customer_replied: true })
    assert.deepEqual(entry.newValues, {
      ticket_created_group: false,
      ticket_customer_replied: false,
    })

    const again = await client
      .put('/profile/notifications')
      .loginAs(agent)
      .form({ ticket_created_group: 'true' })
      .withCsrfToken()
      .redirects(0)
    again.assertToast('success')
    await agent.refresh()
    assert.deepInclude(agent.notificationPreferences, {
      ticket_created_group: true,
      ticket_customer_replied: false,
    })
    assert.lengthOf(await AuditLog.query().where('action', 'profile.notifications_updated'), 2)
  })

  test('refuses what is not a yes or no, and staff kinds for customers', async ({
    client,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    const garbled = await client
      .put('/profile/notifications')
      .loginAs(customer)
      .form({ ticket_replied: 'perhaps' })
      .withCsrfToken()
      .redirects(0)
    garbled.assertFieldError('ticket_replied')

    const foreign = await client
      .put('/profile/notifications')
      .loginAs(customer)
      .form({ ticket_replied: 'false', ticket_assigned: 'false' })
      .withCsrfToken()
      .redirects(0)
    foreign.assertFieldError('ticket_assigned', 'Only agents and admins get this notification.')

    await customer.refresh()
    assert.deepEqual(customer.notificationPreferences, {})
    assert.isNull(await AuditLog.findBy('action', 'profile.notifications_updated'))
  })

  test('guests cannot save preferences', async ({ client }) => {
    await organizationWithStaff()
    const response = await client
      .put('/profile/notifications')
      .form({ ticket_replied: 'false' })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/login')
  })
})

test.group('Notification preferences: API', (group) => {
  isolate(group)

  test('GET /me shows them; PUT /me/notification-preferences changes what is sent', async ({
    client,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: customer.email, password: FACTORY_PASSWORD })
    const token = login.body().access_token as string

    const me = await client.get('/api/v1/me').bearerToken(token)
    me.assertStatus(200)
    assert.deepEqual(me.body().data.notification_preferences, {
      ticket_created_receipt: true,
      ticket_status_changed: true,
      ticket_replied: true,
    })

    const changed = await client
      .put('/api/v1/me/notification-preferences')
      .bearerToken(token)
      .json({ ticket_replied: false })
    changed.assertStatus(200)
    assert.deepEqual(changed.body(), {
      data: { ticket_created_receipt: true, ticket_status_changed: true, ticket_replied: false },
    })
    await customer.refresh()
    assert.deepEqual(customer.notificationPreferences, { ticket_replied: false })
    const entry = await AuditLog.findByOrFail('action', 'profile.notifications_updated')
    assert.deepEqual(entry.newValues, { ticket_replied: false })

    const after = await client.get('/api/v1/me').bearerToken(token)
    assert.isFalse(after.body().data.notification_preferences.ticket_replied)

    const openapi = await client.get('/api/v1/openapi.json')
    const document = openapi.body()
    const schema = document.components.schemas.NotificationPreferences
    assert.includeMembers(Object.keys(changed.body().data), schema.required)
    assert.includeMembers(Object.keys(schema.properties), Object.keys(changed.body().data))
  })

  test('refuses staff kinds for customers and values that are not booleans', async ({
    client,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: customer.email, password: FACTORY_PASSWORD })
    const token = login.body().access_token as string

    const foreign = await client
      .put('/api/v1/me/notification-preferences')
      .bearerToken(token)
      .json({ ticket_assigned: false })
    foreign.assertStatus(422)
    assert.equal(foreign.body().code, 'E_VALIDATION_ERROR')
    assert.property(foreign.body().details, 'ticket_assigned')

    const garbled = await client
      .put('/api/v1/me/notification-preferences')
      .bearerToken(token)
      .json({ ticket_replied: 'sometimes' })
    garbled.assertStatus(422)
    assert.property(garbled.body().details, 'ticket_replied')

    const anonymous = await client
      .put('/api/v1/me/notification-preferences')
      .json({ ticket_replied: false })
    anonymous.assertStatus(401)
    await customer.refresh()
    assert.deepEqual(customer.notificationPreferences, {})
  })
})
