import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'

test.group('API: tokens', (group) => {
  isolate(group)

  test('login returns an access and a refresh token; the access token works', async ({
    client,
    assert,
  }) => {
    const { agent } = await organizationWithStaff()
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: agent.email, password: FACTORY_PASSWORD })
    login.assertStatus(200)
    assert.properties(login.body(), ['access_token', 'refresh_token', 'expires_in', 'token_type'])
    assert.equal(login.body().expires_in, 900)
    const me = await client.get('/api/v1/me').bearerToken(login.body().access_token)
    me.assertStatus(200)
    me.assertBodyContains({ data: { email: agent.email, role: 'agent' } })
  })

  test('wrong credentials get one generic 401 in the error shape', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const response = await client
      .post('/api/v1/auth/login')
      .json({ email: agent.email, password: 'wrong password 1' })
    response.assertStatus(401)
    assert.properties(response.body(), ['error', 'details', 'timestamp', 'requestId'])
    assert.equal(response.body().error, 'These credentials do not match an active account.')
  })

  test('a malformed body gets a 422 with per-field details', async ({ client, assert }) => {
    const response = await client.post('/api/v1/auth/login').json({ email: 42 })
    response.assertStatus(422)
    assert.properties(response.body().details, ['email', 'password'])
  })

  test('refresh rotates the pair; the old refresh token then revokes the whole family', async ({
    client,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: customer.email, password: FACTORY_PASSWORD })
    const first = login.body()

    const rotated = await client
      .post('/api/v1/auth/refresh')
      .json({ refresh_token: first.refresh_token })
    rotated.assertStatus(200)
    const second = rotated.body()
    assert.notEqual(second.refresh_token, first.refresh_token)
    assert.notEqual(second.access_token, first.access_token)
    const stale = await client.get('/api/v1/me').bearerToken(first.access_token)
    stale.assertStatus(401)
    const fresh = await client.get('/api/v1/me').bearerToken(second.access_token)
    fresh.assertStatus(200)

    const replay = await client
      .post('/api/v1/auth/refresh')
      .json({ refresh_token: first.refresh_token })
    replay.assertStatus(401)
    assert.match(replay.body().error, /already used/)
    const afterReplay = await client.get('/api/v1/me').bearerToken(second.access_token)
    afterReplay.assertStatus(401)
    const secondRefresh = await client
      .post('/api/v1/auth/refresh')
      .json({ refresh_token: second.refresh_token })
    secondRefresh.assertStatus(401)
    assert.exists(await AuditLog.findBy('action', 'auth.refresh_token_reused'))
  })

  test('logout ends the login: its access and refresh tokens stop working', async ({ client }) => {
    const { customer } = await organizationWithStaff()
    const login = await client
      .post('/api/v1/auth/login')
      .json({ email: customer.email, password: FACTORY_PASSWORD })
    const { access_token: access, refresh_token: refresh } = login.body()
    const logout = await client.post('/api/v1/auth/logout').bearerToken(access)
    logout.assertStatus(204)
    const me = await client.get('/api/v1/me').bearerToken(access)
    me.assertStatus(401)
    const renewed = await client.post('/api/v1/auth/refresh').json({ refresh_token: refresh })
    renewed.assertStatus(401)
  })

  test('sign-in limits apply to the API too, with Retry-After', async ({ client, assert }) => {
    const { customer } = await organizationWithStaff()
    for (let n = 0; n < 5; n++) {
      await client
        .post('/api/v1/auth/login')
        .json({ email: customer.email, password: `nope nope ${n}` })
    }
    const blocked = await client
      .post('/api/v1/auth/login')
      .json({ email: customer.email, password: FACTORY_PASSWORD })
    blocked.assertStatus(429)
    assert.match(blocked.body().error, /Too many sign-in attempts. Try again in 15 minutes./)
    assert.isAbove(Number(blocked.header('retry-after')), 0)
    assert.property(blocked.body().details, 'retryAfter')
  })

  test('route families are rate limited per caller', async ({ client, assert }) => {
    let last
    for (let n = 0; n < 31; n++) {
      last = await client.post('/api/v1/auth/refresh').json({ refresh_token: `made-up-${n}` })
    }
    last!.assertStatus(429)
    assert.equal(last!.body().code, 'E_TOO_MANY_REQUESTS')
  })

  test('an unknown API route answers in the error shape', async ({ client, assert }) => {
    const response = await client.get('/api/v1/nothing-here')
    response.assertStatus(404)
    assert.properties(response.body(), ['error', 'code', 'timestamp', 'requestId'])
  })
})
