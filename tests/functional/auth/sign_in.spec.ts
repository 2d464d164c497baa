import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import User from '#models/user'
import UserService from '#services/user_service'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { systemContext } from '#services/request_context'

const GENERIC = 'These credentials do not match an active account.'

test.group('Sign in', (group) => {
  isolate(group)

  test('each role lands in its own area', async ({ client }) => {
    const { admin, agent, customer } = await organizationWithStaff()
    const expected = [
      [admin, '/admin'],
      [agent, '/desk'],
      [customer, '/portal'],
    ] as const
    for (const [user, area] of expected) {
      const response = await client
        .post('/login')
        .form({ email: user.email, password: FACTORY_PASSWORD })
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', area)
    }
  })

  test('sign-in is case-insensitive on the e-mail and is audited with IP and agent', async ({
    client,
    assert,
  }) => {
    const { agent } = await organizationWithStaff()
    const response = await client
      .post('/login')
      .header('user-agent', 'JapaTest/1.0')
      .form({ email: agent.email.toUpperCase(), password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/desk')

    const entry = await AuditLog.query().where('action', 'auth.signed_in').firstOrFail()
    assert.equal(entry.actorId, agent.id)
    assert.equal(entry.organizationId, agent.organizationId)
    assert.equal(entry.userAgent, 'JapaTest/1.0')
    assert.isNotNull(entry.ip)
    await agent.refresh()
    assert.isNotNull(agent.lastSignInAt)
  })

  test('wrong password, unknown e-mail and deactivated account fail alike', async ({
    client,
    assert,
  }) => {
    const { customer, organization } = await organizationWithStaff()
    const inactive = await UserFactory.apply('inactive')
      .merge({ organizationId: organization.id })
      .create()
    const attempts = [
      { email: customer.email, password: 'not the password 1' },
      { email: 'nobody@example.com', password: FACTORY_PASSWORD },
      { email: inactive.email, password: FACTORY_PASSWORD },
    ]
    for (const attempt of attempts) {
      const response = await client.post('/login').form(attempt).withCsrfToken().redirects(0)
      response.assertStatus(302)
      response.assertFieldError('email', GENERIC)
    }

    const failures = await AuditLog.query().where('action', 'auth.sign_in_failed').orderBy('id')
    assert.deepEqual(
      failures.map((row) => row.newValues.reason),
      ['wrong_password', 'unknown_email', 'deactivated']
    )
    assert.equal(failures[0].organizationId, organization.id)
    assert.isNull(failures[1].organizationId)
  })

  test('remember me sets a long-lived token cookie', async ({ client, assert }) => {
    const { customer } = await organizationWithStaff()
    const response = await client
      .post('/login')
      .form({ email: customer.email, password: FACTORY_PASSWORD, remember: 'true' })
      .withCsrfToken()
      .redirects(0)
    const cookie = response.cookie('remember_web')
    assert.exists(cookie, 'remember_web cookie')
    const tokens = await User.rememberMeTokens.all(customer)
    assert.lengthOf(tokens, 1)
  })

  test('signing out ends the session and is audited', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const response = await client.post('/logout').loginAs(agent).withCsrfToken().redirects(0)
    response.assertHeader('location', '/login')
    const entry = await AuditLog.query().where('action', 'auth.signed_out').firstOrFail()
    assert.equal(entry.actorId, agent.id)
  })

  test('five wrong passwords lock the e-mail with a message saying how long', async ({
    client,
  }) => {
    const { customer } = await organizationWithStaff()
    for (let attempt = 0; attempt < 5; attempt++) {
      await client
        .post('/login')
        .form({ email: customer.email, password: `wrong password ${attempt}` })
        .withCsrfToken()
    }
    const blocked = await client
      .post('/login')
      .form({ email: customer.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    blocked.assertStatus(302)
    blocked.assertFieldError('email', 'Too many sign-in attempts. Try again in 15 minutes.')
  })

  test('one IP spraying many e-mails is locked out', async ({ client }) => {
    const { customer } = await organizationWithStaff()
    for (let attempt = 0; attempt < 20; attempt++) {
      await client
        .post('/login')
        .form({ email: `guess${attempt}@example.com`, password: 'wrong password 1' })
        .withCsrfToken()
    }
    const blocked = await client
      .post('/login')
      .form({ email: customer.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    blocked.assertFieldError('email', 'Too many sign-in attempts. Try again in 15 minutes.')
  })

  test('a sign-in form without the CSRF token is refused', async ({ client, assert }) => {
    const { customer } = await organizationWithStaff()
    const response = await client
      .post('/login')
      .form({ email: customer.email, password: FACTORY_PASSWORD })
      .redirects(0)
    response.assertStatus(302)
    assert.notEqual(response.header('location'), '/portal')
    assert.property(response.flashMessage('errorsBag'), 'E_BAD_CSRF_TOKEN')
    assert.isNull(await AuditLog.findBy('action', 'auth.signed_in'))
  })
})

test.group('Deactivation', (group) => {
  isolate(group)

  test('a deactivated user is signed out on their very next request', async ({ client }) => {
    const { agent, admin } = await organizationWithStaff()
    const before = await client.get('/desk').loginAs(agent)
    before.assertStatus(200)
    await UserService.setActive(agent, false, { ...systemContext, actor: admin })
    const response = await client.get('/desk').loginAs(agent).redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/login')
  })

  test('their remember-me tokens stop working', async ({ client, assert }) => {
    const { customer, admin } = await organizationWithStaff()
    const login = await client
      .post('/login')
      .form({ email: customer.email, password: FACTORY_PASSWORD, remember: 'true' })
      .withCsrfToken()
      .redirects(0)
    const remember = login.cookie('remember_web')!
    assert.exists(remember)

    const withToken = await client
      .get('/portal')
      .withEncryptedCookie('remember_web', remember.value)
      .redirects(0)
    withToken.assertStatus(200)

    await UserService.setActive(customer, false, { ...systemContext, actor: admin })
    const afterwards = await client
      .get('/portal')
      .withEncryptedCookie('remember_web', remember.value)
      .redirects(0)
    afterwards.assertStatus(302)
    afterwards.assertHeader('location', '/login')
    assert.lengthOf(await User.rememberMeTokens.all(customer), 0)
  })

  test('their API tokens stop working', async ({ client }) => {
    const { agent, admin } = await organizationWithStaff()
    const token = await User.accessTokens.create(agent)
    const before = await client.get('/api/v1/me').bearerToken(token.value!.release())
    before.assertStatus(200)
    before.assertBodyContains({ data: { email: agent.email } })

    await UserService.setActive(agent, false, { ...systemContext, actor: admin })
    const after = await client.get('/api/v1/me').bearerToken(token.value!.release())
    after.assertStatus(401)
    after.assertBodyContains({ code: 'E_UNAUTHORIZED_ACCESS' })
  })
})
