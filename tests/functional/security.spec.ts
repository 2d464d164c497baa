import { test } from '@japa/runner'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { FACTORY_PASSWORD } from '#database/factories/main'
import env from '#start/env'

test.group('Security baseline', (group) => {
  isolate(group)

  test('pages are served with secure headers', async ({ client, assert }) => {
    await organizationWithStaff()
    const response = await client.get('/login')
    response.assertStatus(200)
    response.assertHeader('x-frame-options', 'DENY')
    response.assertHeader('x-content-type-options', 'nosniff')
    assert.match(response.header('strict-transport-security') ?? '', /max-age=\d+/)
    const csp = response.header('content-security-policy') ?? ''
    assert.include(csp, "default-src 'self'")
    assert.include(csp, "frame-ancestors 'none'")
    assert.match(csp, /script-src 'self'[^;]*'nonce-/)
  })

  test('session and XSRF cookies are HttpOnly where needed and SameSite', async ({
    client,
    assert,
  }) => {
    const { agent } = await organizationWithStaff()
    const response = await client
      .post('/login')
      .form({ email: agent.email, password: FACTORY_PASSWORD, remember: 'true' })
      .withCsrfToken()
      .redirects(0)
    const setCookies = ([] as string[]).concat(response.header('set-cookie') ?? [])
    const session = setCookies.find((cookie) => cookie.startsWith('switchboard-session='))
    const remember = setCookies.find((cookie) => cookie.startsWith('remember_web='))
    assert.exists(session)
    assert.match(session!, /HttpOnly/i)
    assert.match(session!, /SameSite=Lax/i)
    assert.match(remember!, /HttpOnly/i)
    assert.match(remember!, /SameSite=Lax/i)
  })

  test('API errors share one JSON shape with a request id', async ({ client, assert }) => {
    const response = await client.get('/api/v1/me').header('x-request-id', 'req-42')
    response.assertStatus(401)
    const body = response.body()
    assert.properties(body, ['error', 'details', 'timestamp', 'requestId'])
    assert.equal(body.requestId, 'req-42')
    assert.isTrue(!Number.isNaN(Date.parse(body.timestamp)))
  })

  test('an unknown page is a friendly 404, not a stack trace', async ({ client, assert }) => {
    const { customer } = await organizationWithStaff()
    const response = await client.get('/no-such-page').loginAs(customer).withInertia()
    response.assertStatus(404)
    response.assertInertiaComponent('errors/not_found')
    assert.notInclude(response.text(), 'node_modules')
  })
})

test.group('Page data embedded in HTML', (group) => {
  isolate(group)

  test('the page data script holds no raw <, > or &, and reads back unchanged', async ({
    client,
    assert,
  }) => {
    const { helpdesk, openTicket } = await import('#tests/support/tickets')
    const desk = await helpdesk()
    const title = '<!--<script> </script> & \u2028'
    await openTicket(desk.customer, desk.it.id, { title })
    const response = await client.get('/desk').loginAs(desk.agent)
    const html = response.text()
    const data = html.match(/<script data-page="app" type="application\/json">([\s\S]*?)<\/script>/)
    assert.exists(data, 'the page data script is there and ends where it should')
    assert.notMatch(data![1], /[<>&\u2028]/)
    const page = JSON.parse(data![1])
    assert.equal(page.props.tickets.data[0].title, title)
  })
})

test.group('Privacy headers', (group) => {
  isolate(group)

  test('every response carries Referrer-Policy and Permissions-Policy: pages, files, API, errors, bad URLs', async ({
    assert,
  }) => {
    await organizationWithStaff()
    const base = `http://${env.get('HOST')}:${env.get('PORT')}`
    const paths = [
      '/login',
      '/favicon.svg',
      '/health',
      '/api/v1/me',
      '/api/v1/openapi.json',
      '/no-such-page',
      '/api/v1/tickets/%E0%A4%A',
      '/portal/%C0%80',
    ]
    for (const path of paths) {
      const response = await fetch(`${base}${path}`)
      assert.equal(response.headers.get('referrer-policy'), 'strict-origin-when-cross-origin', path)
      assert.include(response.headers.get('permissions-policy') ?? '', 'camera=()', path)
      assert.include(response.headers.get('permissions-policy') ?? '', 'geolocation=()', path)
    }
  })
})
