import { test } from '@japa/runner'
import User from '#models/user'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'

function cookieNames(response: { header(name: string): string | string[] | undefined }) {
  const header = response.header('set-cookie') ?? []
  return (Array.isArray(header) ? header : [header]).map((cookie) => cookie.split('=')[0])
}

test.group('API: bearer-token requests skip the browser middleware', (group) => {
  isolate(group)

  test('no session or XSRF cookie, the same security headers', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const access = await User.accessTokens.create(agent)
    const response = await client.get('/api/v1/me').bearerToken(access.value!.release())
    response.assertStatus(200)
    response.assertBodyContains({ data: { email: agent.email } })
    assert.deepEqual(cookieNames(response), [])
    assert.equal(response.header('x-content-type-options'), 'nosniff')
    assert.equal(response.header('x-frame-options'), 'DENY')
    assert.exists(response.header('strict-transport-security'))
    assert.include(response.header('content-security-policy'), "frame-ancestors 'none'")
  })

  test('a write with a bearer token needs no CSRF token', async ({ client }) => {
    const { agent } = await organizationWithStaff()
    const access = await User.accessTokens.create(agent)
    const response = await client
      .put('/api/v1/me/notification-preferences')
      .bearerToken(access.value!.release())
      .json({})
    response.assertStatus(200)
  })

  test('pages keep their session and CSRF, bearer header or not', async ({ client, assert }) => {
    const { agent } = await organizationWithStaff()
    const access = await User.accessTokens.create(agent)
    const token = access.value!.release()
    const page = await client.get('/login').bearerToken(token)
    page.assertStatus(200)
    assert.includeMembers(cookieNames(page), ['switchboard-session', 'XSRF-TOKEN'])

    const forged = await client
      .post('/login')
      .bearerToken(token)
      .form({ email: agent.email, password: FACTORY_PASSWORD })
      .redirects(0)
    forged.assertStatus(302)
    assert.property(forged.flashMessage('errorsBag'), 'E_BAD_CSRF_TOKEN')
  })
})
