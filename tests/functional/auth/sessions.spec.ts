import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import AuditLog from '#models/audit_log'
import type User from '#models/user'
import UserService from '#services/user_service'
import PasswordResetService from '#services/password_reset_service'
import { systemContext } from '#services/request_context'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { WebAgent } from '#tests/support/web_agent'

const NEW_PASSWORD = 'a brand new passphrase 7'
const FIREFOX = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0'

async function signedIn(user: User, userAgent?: string) {
  const agent = new WebAgent(undefined, userAgent)
  await agent.signIn(user.email, FACTORY_PASSWORD)
  return agent
}

async function apiLogin(client: ApiClient, user: User, password = FACTORY_PASSWORD) {
  const login = await client
    .post('/api/v1/auth/login')
    .header('user-agent', 'curl/8.5.0')
    .json({ email: user.email, password })
  login.assertStatus(200)
  return login.body() as { access_token: string; refresh_token: string }
}

/** Whether an API sign-in still works: its access token and its refresh token. */
async function apiWorks(
  client: ApiClient,
  tokens: { access_token: string; refresh_token: string }
) {
  const me = await client.get('/api/v1/me').bearerToken(tokens.access_token)
  const refresh = await client
    .post('/api/v1/auth/refresh')
    .json({ refresh_token: tokens.refresh_token })
  return { access: me.status() === 200, refresh: refresh.status() === 200 }
}

/**
 * Sessions that really end (issue 8, points 1 and 2), over real HTTP with
 * a cookie jar as a browser has it. These run against the in-process test
 * server; the Redis store itself is covered by redis_sessions.spec.ts.
 */
test.group('Sessions: signing out really ends them', (group) => {
  isolate(group)

  test('a copied session cookie is worthless once its owner signs out', async ({ assert }) => {
    const { agent: person } = await organizationWithStaff()
    const owner = await signedIn(person)
    const thief = owner.copy()
    assert.isTrue(await thief.isSignedIn(), 'the copy works while the session lives')

    const out = await owner.submit('POST', '/logout')
    assert.equal(out.headers.get('location'), '/login')

    assert.isFalse(await thief.isSignedIn(), 'the copied cookie no longer signs anyone in')
    assert.isFalse(await owner.isSignedIn())
  })

  test('changing the password signs out other devices and API sign-ins, not this one', async ({
    assert,
    client,
  }) => {
    const { agent: person } = await organizationWithStaff()
    const laptop = await signedIn(person)
    const phone = await signedIn(person, FIREFOX)
    const api = await apiLogin(client, person)

    const changed = await laptop.submit('PUT', '/profile/password', {
      currentPassword: FACTORY_PASSWORD,
      password: NEW_PASSWORD,
      passwordConfirmation: NEW_PASSWORD,
    })
    assert.equal(changed.status, 302)

    assert.isTrue(await laptop.isSignedIn(), 'the device that changed it stays signed in')
    assert.isFalse(await phone.isSignedIn(), 'the second device is signed out')
    assert.deepEqual(await apiWorks(client, api), { access: false, refresh: false })
  })

  test("a password reset ends a thief's session and API sign-in", async ({ assert, client }) => {
    const { customer } = await organizationWithStaff()
    const thief = await signedIn(customer)
    const thiefApi = await apiLogin(client, customer)

    const token = await PasswordResetService.issue(customer, 'reset')
    await PasswordResetService.reset(token, NEW_PASSWORD, systemContext)

    assert.isFalse(await thief.isSignedIn())
    assert.deepEqual(await apiWorks(client, thiefApi), { access: false, refresh: false })
    const owner = await new WebAgent().submit('POST', '/login', {
      email: customer.email,
      password: NEW_PASSWORD,
    })
    assert.equal(owner.headers.get('location'), '/portal')
  })

  test('a deactivated user’s sessions and API sign-ins do not come back on reactivation', async ({
    assert,
    client,
  }) => {
    const { admin, agent: person } = await organizationWithStaff()
    const browser = await signedIn(person)
    const api = await apiLogin(client, person)
    const context = { ...systemContext, actor: admin }

    await UserService.setActive(person, false, context)
    await UserService.setActive(person, true, context)

    assert.isFalse(await browser.isSignedIn(), 'the old browser session stays ended')
    assert.deepEqual(await apiWorks(client, api), { access: false, refresh: false })
    const again = await signedIn(person)
    assert.isTrue(await again.isSignedIn(), 'a new sign-in works')
  })

  test('a role change ends every session of that user', async ({ assert }) => {
    const { admin, agent: person } = await organizationWithStaff()
    const browser = await signedIn(person)
    await UserService.update(
      person,
      { name: person.name, role: 'customer', department: null },
      { ...systemContext, actor: admin }
    )
    assert.isFalse(await browser.isSignedIn())
  })

  test('a remember-me cookie does not outlive "sign out everywhere"', async ({ assert }) => {
    const { agent: person } = await organizationWithStaff()
    const remembered = new WebAgent()
    await remembered.submit('POST', '/login', {
      email: person.email,
      password: FACTORY_PASSWORD,
      remember: 'true',
    })
    assert.isTrue(remembered.cookies.has('remember_web'))
    const here = await signedIn(person)
    await here.submit('DELETE', '/profile/sessions')

    remembered.cookies.delete('switchboard-session')
    assert.isFalse(await remembered.isSignedIn(), 'the remember-me token was revoked too')
    assert.isTrue(await here.isSignedIn())
  })
})

test.group('Sessions: the profile lists and ends them', (group) => {
  isolate(group)

  test('the profile lists browser sessions and API sign-ins with device, address and last activity', async ({
    assert,
    client,
  }) => {
    const { agent: person } = await organizationWithStaff()
    const laptop = await signedIn(person)
    await signedIn(person, FIREFOX)
    await apiLogin(client, person)

    const { props } = await laptop.page('/profile')
    const { web, api } = props.signIns as Record<'web' | 'api', Record<string, unknown>[]>
    assert.lengthOf(web, 2)
    assert.lengthOf(api, 1)
    const current = web.find((entry) => entry.current)!
    assert.equal(current.device, 'Chrome on Linux')
    assert.include(
      web.map((entry) => entry.device),
      'Firefox on Windows'
    )
    assert.equal(api[0].device, 'curl 8.5.0')
    for (const entry of [...web, ...api]) {
      assert.match(String(entry.id), /^(web|api)-[0-9a-f]{20}$/)
      assert.isString(entry.ip)
      assert.isString(entry.lastSeenAt)
    }
    const text = JSON.stringify(props)
    for (const cookie of laptop.cookies.values()) {
      assert.notInclude(text, cookie.slice(0, 30), 'no session id or cookie is exposed')
    }
  })

  test('"sign out" on one entry ends that device; "sign out everywhere else" ends the rest', async ({
    assert,
    client,
  }) => {
    const { agent: person } = await organizationWithStaff()
    const laptop = await signedIn(person)
    const phone = await signedIn(person, FIREFOX)
    const tablet = await signedIn(
      person,
      'Mozilla/5.0 (iPad; CPU OS 17_0) Version/17.0 Safari/604.1'
    )
    const api = await apiLogin(client, person)

    const list = async () => {
      const page = await laptop.page('/profile')
      return page.props.signIns
    }
    const before = await list()
    const phoneEntry = before.web.find(
      (entry: { device: string }) => entry.device === 'Firefox on Windows'
    )
    const ended = await laptop.submit('DELETE', `/profile/sessions/${phoneEntry.id}`)
    assert.equal(ended.status, 302)
    assert.isFalse(await phone.isSignedIn())
    assert.isTrue(await tablet.isSignedIn())

    await laptop.submit('DELETE', '/profile/sessions')
    assert.isFalse(await tablet.isSignedIn())
    assert.deepEqual(await apiWorks(client, api), { access: false, refresh: false })
    assert.isTrue(await laptop.isSignedIn())
    const left = await list()
    assert.lengthOf(left.web, 1)
    assert.lengthOf(left.api, 0)
    assert.exists(await AuditLog.findBy('action', 'auth.signed_out_elsewhere'))
  })

  test('"sign out" on its own entry signs this browser out, like the sign-out button', async ({
    assert,
  }) => {
    const { agent: person } = await organizationWithStaff()
    const laptop = await signedIn(person)
    const copy = laptop.copy()
    const page = await laptop.page('/profile')
    const own = page.props.signIns.web.find((entry: { current: boolean }) => entry.current)
    const out = await laptop.submit('DELETE', `/profile/sessions/${own.id}`)
    assert.equal(out.headers.get('location'), '/login')
    assert.isFalse(await laptop.isSignedIn())
    assert.isFalse(await copy.isSignedIn())
    const audited = await AuditLog.query()
      .where('action', 'auth.signed_out')
      .where('actor_id', person.id)
    assert.lengthOf(audited, 1)
  })

  test("nobody can end another person's session by its id", async ({ assert }) => {
    const { agent: victim, customer: attacker } = await organizationWithStaff()
    const victimBrowser = await signedIn(victim)
    const victimPage = await victimBrowser.page('/profile')
    const handle = victimPage.props.signIns.web[0].id as string

    const attackerBrowser = await signedIn(attacker)
    const attempt = await attackerBrowser.submit('DELETE', `/profile/sessions/${handle}`)
    assert.equal(attempt.status, 404)
    assert.isTrue(await victimBrowser.isSignedIn())
  })
})

test.group('Sessions: over the API', (group) => {
  isolate(group)

  test('GET /me/sessions lists; DELETE ends one or all others; never another user’s', async ({
    assert,
    client,
  }) => {
    const { agent: person, customer: other } = await organizationWithStaff()
    const script = await apiLogin(client, person)
    const second = await apiLogin(client, person)
    const browser = await signedIn(person)
    const othersApi = await apiLogin(client, other)

    const listed = await client.get('/api/v1/me/sessions').bearerToken(script.access_token)
    listed.assertStatus(200)
    const { web, api } = listed.body().data
    assert.lengthOf(web, 1)
    assert.lengthOf(api, 2)
    assert.properties(api[0], ['id', 'device', 'ip', 'signed_in_at', 'last_seen_at', 'current'])
    assert.lengthOf(
      api.filter((entry: { current: boolean }) => entry.current),
      1
    )

    const foreign = await client.get('/api/v1/me/sessions').bearerToken(othersApi.access_token)
    const foreignHandle = foreign.body().data.api[0].id
    const refused = await client
      .delete(`/api/v1/me/sessions/${foreignHandle}`)
      .bearerToken(script.access_token)
    refused.assertStatus(404)
    assert.deepEqual(await apiWorks(client, othersApi), { access: true, refresh: true })

    const all = await client.delete('/api/v1/me/sessions').bearerToken(script.access_token)
    all.assertStatus(204)
    assert.isFalse(await browser.isSignedIn())
    const secondNow = await apiWorks(client, second)
    assert.isFalse(secondNow.access)
    const mine = await client.get('/api/v1/me').bearerToken(script.access_token)
    mine.assertStatus(200)
  })

  test('a refresh token of an ended sign-in says so, without crying "reuse"', async ({
    assert,
    client,
  }) => {
    const { agent: person, admin } = await organizationWithStaff()
    const api = await apiLogin(client, person)
    await UserService.setActive(person, false, { ...systemContext, actor: admin })
    await UserService.setActive(person, true, { ...systemContext, actor: admin })
    const refresh = await client
      .post('/api/v1/auth/refresh')
      .json({ refresh_token: api.refresh_token })
    refresh.assertStatus(401)
    assert.include(refresh.body().error, 'This sign-in has ended')
    assert.isNull(await AuditLog.findBy('action', 'auth.refresh_token_reused'))
  })
})
