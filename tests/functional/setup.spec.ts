import { test } from '@japa/runner'
import User from '#models/user'
import Organization from '#models/organization'
import AuditLog from '#models/audit_log'
import SetupService from '#services/setup_service'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'

const valid = {
  organizationName: 'Acme Corp',
  name: 'Ada Admin',
  email: 'Ada@Acme.example.com',
  password: 'correct horse 42',
  passwordConfirmation: 'correct horse 42',
}

test.group('First run', (group) => {
  isolate(group)

  test('every page redirects to /setup while no admin exists', async ({ client }) => {
    for (const path of ['/', '/login', '/portal', '/admin/users', '/profile']) {
      const response = await client.get(path).redirects(0)
      response.assertStatus(302)
      response.assertHeader('location', '/setup')
    }
  })

  test('health and the API are not redirected', async ({ client }) => {
    const health = await client.get('/health')
    health.assertStatus(200)
    const api = await client.get('/api/v1/me').redirects(0)
    api.assertStatus(401)
  })

  test('the setup form reports invalid fields', async ({ client }) => {
    const response = await client
      .post('/setup')
      .form({ ...valid, email: 'not-an-email', password: 'short', passwordConfirmation: 'short' })
      .withCsrfToken()
      .redirects(0)
    response.assertStatus(302)
    response.assertFieldError('email')
    response.assertFieldError('password', 'The password must be at least 10 characters long.')
    response.assertNoFieldError('organizationName')
  })

  test('setup creates the organization and its admin, signs in, and is then gone', async ({
    client,
    assert,
  }) => {
    const response = await client.post('/setup').form(valid).withCsrfToken().redirects(0)
    response.assertStatus(302)
    response.assertHeader('location', '/admin')

    const admin = await User.findByOrFail('email', 'ada@acme.example.com')
    assert.equal(admin.role, 'admin')
    assert.isTrue(admin.password!.startsWith('$scrypt$'))
    const organization = await Organization.findOrFail(admin.organizationId)
    assert.equal(organization.name, 'Acme Corp')
    assert.equal(organization.slug, 'acme-corp')
    const actions = await AuditLog.query().where('organization_id', organization.id).orderBy('id')
    assert.deepEqual(
      actions.map((row) => row.action),
      ['organization.created', 'user.created']
    )

    const gone = await client.get('/setup').redirects(0)
    gone.assertStatus(404)
    const again = await client
      .post('/setup')
      .form({ ...valid, email: 'mallory@example.com' })
      .withCsrfToken()
      .redirects(0)
    again.assertStatus(404)
    assert.isNull(await User.findBy('email', 'mallory@example.com'))
    const login = await client.get('/login').redirects(0)
    login.assertStatus(200)
  })

  test('a second completion is refused even when it raced past the page check', async ({
    assert,
  }) => {
    const first = await SetupService.complete({ ...valid, email: 'one@example.com' }, systemContext)
    SetupService.resetCache()
    const second = await SetupService.complete(
      { ...valid, email: 'two@example.com' },
      systemContext
    )
    assert.isNotNull(first)
    assert.isNull(second)
    const admins = await User.query().where('role', 'admin')
    assert.lengthOf(admins, 1)
  })
})
