import { test } from '@japa/runner'
import { Redis } from 'ioredis'
import User from '#models/user'
import Organization from '#models/organization'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { organizationWithStaff } from '#tests/support/world'
import { startServerProcess } from '#tests/support/server_process'
import { eventually, startRedisProcess } from '#tests/support/worker_process'
import { WebAgent } from '#tests/support/web_agent'

/**
 * Web sessions as production keeps them: a server process with
 * SESSION_STORE=redis against a Redis of the test's own, which the test
 * reads directly and freezes. The server cannot see a test transaction, so
 * the data is committed and the organization deleted afterwards.
 */
test.group('Sessions in Redis', (group) => {
  const organizations: number[] = []
  const stops: (() => Promise<unknown>)[] = []
  group.each.teardown(async () => {
    for (const stop of stops.splice(0).reverse()) {
      await stop()
    }
    await Organization.query().whereIn('id', organizations.splice(0)).delete()
  })

  async function world() {
    const redis = await startRedisProcess()
    stops.push(() => redis.stop())
    const server = await startServerProcess({
      SESSION_STORE: 'redis',
      REDIS_PORT: String(redis.port),
      REDIS_DB: '0',
    })
    stops.push(() => server.stop())
    const staff = await organizationWithStaff()
    organizations.push(staff.organization.id)
    const inspect = new Redis({ port: redis.port, lazyConnect: true })
    stops.push(async () => inspect.disconnect())
    return { redis, server, inspect, ...staff }
  }

  /** The id inside the signed session cookie (`s:<base64url JSON>.<signature>`). */
  function sessionIdOf(agent: WebAgent) {
    const signed = decodeURIComponent(agent.cookies.get('switchboard-session')!)
    const payload = signed.slice(2, signed.lastIndexOf('.'))
    return JSON.parse(Buffer.from(payload, 'base64url').toString()).message as string
  }

  async function sessionKeys(inspect: Redis) {
    const keys = await inspect.keys('session:*')
    return keys.filter((key) => !key.startsWith('session:tag:'))
  }

  test('the cookie holds only an id; signing out deletes the session from Redis, so a copy is worthless', async ({
    assert,
  }) => {
    const { server, inspect, agent: person } = await world()
    const owner = new WebAgent(server.url)
    await owner.signIn(person.email, FACTORY_PASSWORD)
    const sessionId = sessionIdOf(owner)
    assert.match(sessionId, /^[0-9a-f-]{36}$/, 'the cookie carries an id, not the session itself')
    assert.equal(await inspect.exists(`session:${sessionId}`), 1)
    assert.lengthOf(await inspect.smembers(`session:tag:${person.id}`), 1)

    const thief = owner.copy()
    assert.isTrue(await thief.isSignedIn())
    const before = await sessionKeys(inspect)

    await owner.submit('POST', '/logout')
    const after = await sessionKeys(inspect)
    assert.isEmpty(
      before.filter((key) => after.includes(key)),
      'the signed-in session is gone from Redis'
    )
    assert.isFalse(await thief.isSignedIn())
  })

  test('"sign out everywhere else" deletes the other sessions from Redis at once', async ({
    assert,
  }) => {
    const { server, inspect, agent: person } = await world()
    const laptop = new WebAgent(server.url)
    await laptop.signIn(person.email, FACTORY_PASSWORD)
    const phone = new WebAgent(server.url, 'Mozilla/5.0 (Android 14) Chrome/130.0 Mobile')
    await phone.signIn(person.email, FACTORY_PASSWORD)
    assert.lengthOf(await inspect.smembers(`session:tag:${person.id}`), 2)
    const phoneSession = `session:${sessionIdOf(phone)}`

    await laptop.submit('DELETE', '/profile/sessions')
    await eventually(
      async () => (await inspect.exists(phoneSession)) === 0,
      5000,
      "the phone's session deleted from Redis"
    )
    assert.isFalse(await phone.isSignedIn())
    assert.isTrue(await laptop.isSignedIn())
  })

  test('while Redis does not answer, pages say so at once (503) and bearer-token API calls keep working; afterwards the session is still there', async ({
    assert,
  }) => {
    const { server, redis, customer } = await world()
    const browser = new WebAgent(server.url)
    await browser.signIn(customer.email, FACTORY_PASSWORD)
    const issued = await User.accessTokens.create(customer)
    const token = issued.value!.release()

    redis.pause()
    try {
      const started = Date.now()
      const page = await browser.get('/portal')
      assert.equal(page.status, 503, server.output().slice(-3000))
      assert.equal(((await page.json()) as { component: string }).component, 'errors/unavailable')
      assert.isBelow(Date.now() - started, 5000, 'answered, not hung')

      const json = await browser.get('/api/v1/me', { accept: 'application/json' })
      assert.equal(json.status, 503)
      assert.equal(((await json.json()) as { code: string }).code, 'E_SERVICE_UNAVAILABLE')

      const api = await fetch(`${server.url}/api/v1/me`, {
        headers: { authorization: `Bearer ${token}`, accept: 'application/json' },
      })
      assert.equal(api.status, 200, 'the API does not need the session store')
    } finally {
      redis.resume()
    }
    assert.isTrue(await browser.isSignedIn(), 'nothing was lost: the same session works again')
  })
})
