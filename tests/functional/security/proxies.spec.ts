import { test } from '@japa/runner'
import AuditLog from '#models/audit_log'
import Organization from '#models/organization'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { startServerProcess } from '#tests/support/server_process'

/**
 * X-Forwarded-For is believed only from proxies named in TRUSTED_PROXIES
 * (none by default): a client that forges it must neither escape the
 * per-IP limits nor write a chosen IP into the audit trail.
 */
test.group('Forwarded headers from untrusted clients', (group) => {
  isolate(group)

  test('a forged X-Forwarded-For neither resets the per-IP sign-in limit nor lands in the audit log', async ({
    client,
    assert,
  }) => {
    await organizationWithStaff()
    let last
    for (let attempt = 1; attempt <= 21; attempt++) {
      last = await client
        .post('/login')
        .header('x-forwarded-for', `203.0.113.${attempt}`)
        .form({ email: `sprayed-${attempt}@example.com`, password: 'wrong password 1' })
        .withCsrfToken()
        .redirects(0)
    }
    last!.assertFieldError('email', 'Too many sign-in attempts')

    const failures = await AuditLog.query().where('action', 'auth.sign_in_failed')
    assert.lengthOf(failures, 20)
    assert.deepEqual([...new Set(failures.map((entry) => entry.ip))], ['127.0.0.1'])
  })

  test('a forged X-Forwarded-For does not reset the per-IP API limit', async ({ client }) => {
    let last
    for (let attempt = 1; attempt <= 31; attempt++) {
      last = await client
        .post('/api/v1/auth/refresh')
        .header('x-forwarded-for', `198.51.100.${attempt}`)
        .json({ refresh_token: 'not-a-token' })
    }
    last!.assertStatus(429)
  })
})

test.group('Forwarded headers from a trusted proxy', (group) => {
  const organizations: number[] = []
  group.each.teardown(async () => {
    await Organization.query().whereIn('id', organizations.splice(0)).delete()
  })

  test('behind a proxy named in TRUSTED_PROXIES, the client address it forwards is used', async ({
    assert,
  }) => {
    const server = await startServerProcess({ TRUSTED_PROXIES: '127.0.0.1/32' })
    try {
      assert.isNull(server.exitCode, server.output())
      const response = await fetch(`${server.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-forwarded-for': '192.0.2.44',
        },
        body: JSON.stringify({ email: 'nobody@example.com', password: 'wrong password 1' }),
      })
      assert.equal(response.status, 401)
      const entry = await AuditLog.query()
        .where('action', 'auth.sign_in_failed')
        .whereRaw(`new_values->>'email' = ?`, ['nobody@example.com'])
        .orderBy('id', 'desc')
        .firstOrFail()
      assert.equal(entry.ip, '192.0.2.44')
      await entry.delete()
    } finally {
      await server.stop()
    }
  })

  test('a malformed TRUSTED_PROXIES stops the server at boot with a message naming it', async ({
    assert,
  }) => {
    const server = await startServerProcess({ TRUSTED_PROXIES: '10.0.0.0/8, not-an-ip' })
    await server.stop()
    assert.notEqual(server.exitCode, null)
    assert.include(server.output(), 'TRUSTED_PROXIES')
    assert.include(server.output(), 'not-an-ip')
  })
})
