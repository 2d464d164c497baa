import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import router from '@adonisjs/core/services/router'
import User from '#models/user'
import TicketLists from '#services/tickets/ticket_lists'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { WebAgent } from '#tests/support/web_agent'
import { enablePlugin } from '#tests/support/plugins'

/** What a database error looks like when it leaks: SQL, PostgreSQL codes and words. */
const DATABASE_LEAK =
  /\b(select|insert|update|delete) .*\bfrom\b|out of range for type|invalid byte sequence|22P0\d|22003|22021|23503|\bpg_|syntax error at/i

/** Text PostgreSQL cannot store, and text that is not valid Unicode. */
const NUL = 'printer\u0000jam'
const LONE_SURROGATE = 'printer \ud800 jam'

/** Ids no row can have: beyond int4, beyond 2^53, zero, negative, decimals. */
const IMPOSSIBLE_IDS = ['99999999999999999999', '99999999999', '2147483648', '0', '-1', '1.5']

/** Every field name a form or the API takes, so each route gets the hostile values where it reads them. */
function hostileBody(text: string) {
  const textFields = [
    'title',
    'description',
    'body',
    'name',
    'email',
    'q',
    'department',
    'password',
    'currentPassword',
    'passwordConfirmation',
    'password_confirmation',
    'organizationName',
    'ticketPrefix',
    'token',
    'refresh_token',
    'status',
    'priority',
    'role',
    'theme',
    'locale',
    'action',
    'onboarding',
  ]
  const idFields = [
    'groupId',
    'group_id',
    'categoryId',
    'category_id',
    'subcategoryId',
    'subcategory_id',
    'assignedTo',
    'assigned_to',
    'userId',
    'user_id',
    'targetGroupId',
  ]
  return {
    ...Object.fromEntries(textFields.map((field) => [field, text])),
    ...Object.fromEntries(idFields.map((field) => [field, 99999999999])),
    ids: [99999999999],
  }
}

async function tokenFor(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

function allRoutes() {
  return Object.values(router.toJSON())
    .flat()
    .flatMap((route) =>
      route.methods
        .filter((method) => method.toUpperCase() !== 'HEAD')
        .map((method) => ({ method: method.toUpperCase(), pattern: route.pattern }))
    )
}

function withParams(pattern: string, id: string) {
  return pattern
    .replace(/:(id|userId|attachmentId|deliveryId)\??/g, id)
    .replace(/:pluginId\??/g, 'fixture-events')
    .replace(/:handle\??/g, 'web-00000000000000000000')
    .replace(/:token\??/g, 'not-a-token')
    .replace(/\/\*$/, '/anything')
}

function assertNoLeak(assert: any, what: string, status: number, text: string) {
  assert.isBelow(status, 500, `${what} answered ${status}: ${text.slice(0, 300)}`)
  assert.notMatch(text, DATABASE_LEAK, `${what} leaked a database error`)
}

async function send(
  client: ApiClient,
  method: string,
  url: string,
  auth: { bearer?: string; user?: User },
  body?: Record<string, unknown>
) {
  let request = client.request(url, method as never).redirects(0)
  if (auth.bearer) {
    request = request.bearerToken(auth.bearer).header('accept', 'application/json')
  }
  if (auth.user) {
    request = request.loginAs(auth.user).withCsrfToken()
  }
  if (body && method !== 'GET') {
    request = request.json(body)
  }
  return request
}

/**
 * The attack suite of issue 8, point 7, over every registered route: as
 * an admin (who passes every role check, so the inputs reach the code that
 * reads them), impossible ids in every id parameter and body field, NUL
 * bytes and lone surrogates in every text field and search. Nothing may
 * answer 5xx or show a database error.
 */
test.group('Hostile input on every route', (group) => {
  isolate(group)

  test('impossible ids in route parameters are "not found", never a 500', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const bearer = await tokenFor(desk.admin)
    const routes = allRoutes().filter((route) =>
      /:(id|userId|attachmentId|deliveryId)/.test(route.pattern)
    )
    assert.isAbove(routes.length, 30)
    for (const route of routes) {
      for (const id of IMPOSSIBLE_IDS) {
        const url = withParams(route.pattern, id)
        const auth = url.startsWith('/api/') ? { bearer } : { user: desk.admin }
        const response = await send(client, route.method, url, auth, {})
        assertNoLeak(assert, `${route.method} ${url}`, response.status(), response.text())
        assert.equal(response.status(), 404, `${route.method} ${url}`)
      }
    }
  })

  test('NUL bytes, lone surrogates and impossible foreign keys in any body field: a 4xx naming the field, never a 500', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const bearer = await tokenFor(desk.admin)
    // Plugin routes too, past their "enabled here" check, so their validation sees the input.
    await enablePlugin(desk.organization, 'fixture-pages')
    const writes = allRoutes().filter((route) => route.method !== 'GET')
    assert.isAbove(writes.length, 40)
    for (const route of writes) {
      for (const text of [NUL, LONE_SURROGATE]) {
        const url = withParams(route.pattern, String(ticket.id))
        const auth = url.startsWith('/api/') ? { bearer } : { user: desk.admin }
        const response = await send(client, route.method, url, auth, hostileBody(text))
        assertNoLeak(assert, `${route.method} ${url}`, response.status(), response.text())
      }
    }
    const api = await client
      .post('/api/v1/tickets')
      .bearerToken(bearer)
      .json({ group_id: desk.it.id, title: NUL, description: 'fine' })
    api.assertStatus(422)
    assert.deepEqual(Object.keys(api.body().details), ['title'])
    assert.include(api.body().details.title[0], 'NUL byte')

    const foreignKey = await client
      .post('/api/v1/tickets')
      .bearerToken(bearer)
      .json({ group_id: 99999999999, title: 'A fine title', description: 'fine' })
    foreignKey.assertStatus(422)
    assert.deepEqual(foreignKey.body().details, { group_id: ['There is no such group.'] })
  })

  test('a NUL in a form field is shown beside that field', async ({ client }) => {
    const desk = await helpdesk()
    const response = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .redirects(0)
      .form({ groupId: String(desk.it.id), title: 'Printer jam', description: NUL })
    response.assertStatus(302)
    response.assertFieldError('description', 'NUL byte')
  })

  test('searches and filters with hostile text or numbers: 4xx for the API, 400 for pages, never a 500', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id)
    const bearer = await tokenFor(desk.admin)
    const queries = [
      `q=${encodeURIComponent(NUL)}`,
      `q=${encodeURIComponent('%E0%A4%A')}`,
      'q=%E0%A4%A',
      'q=%ED%A0%80',
      'page=400000000000000000',
      'page=-3',
      'per_page=100000000000',
      'group_id=99999999999',
      'assigned_to=99999999999999999999',
      'requester_id=1e400',
      'created_from=99999-99-99',
      'status[]=open&status[]=%00',
    ]
    for (const path of [
      '/api/v1/tickets',
      '/api/v1/admin/tickets',
      '/desk',
      '/portal',
      '/admin/users',
      '/admin/audit',
      '/desk/tickets/export',
    ]) {
      for (const query of queries) {
        const url = `${path}?${query}`
        const response = url.startsWith('/api/')
          ? await client.get(url).bearerToken(bearer)
          : await client.get(url).loginAs(desk.admin).redirects(0)
        assertNoLeak(assert, url, response.status(), response.text())
      }
    }
    const search = await client
      .get(`/api/v1/tickets?q=${encodeURIComponent(NUL)}`)
      .bearerToken(bearer)
    search.assertStatus(422)
    assert.deepEqual(Object.keys(search.body().details), ['q'])
    const page = await client
      .get(`/desk?q=${encodeURIComponent(NUL)}`)
      .loginAs(desk.admin)
      .withInertia()
    page.assertStatus(400)
    page.assertInertiaComponent('errors/bad_request')
    const huge = await client.get('/api/v1/tickets?page=400000000000000000').bearerToken(bearer)
    huge.assertStatus(422)
    assert.deepEqual(Object.keys(huge.body().details), ['page'])
  })

  test('a page past the end is an empty page that says where it is', async ({ client, assert }) => {
    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id)
    const tokens = {
      customer: await User.accessTokens.create(desk.customer),
      admin: await User.accessTokens.create(desk.admin),
    }
    for (const [path, token] of [
      ['/api/v1/tickets', tokens.customer],
      ['/api/v1/admin/tickets', tokens.admin],
    ] as const) {
      const response = await client.get(`${path}?page=500`).bearerToken(token.value!.release())
      response.assertStatus(200)
      assert.lengthOf(response.body().data, 0, path)
      assert.equal(response.body().metadata.current_page, 500, path)
      assert.equal(response.body().metadata.total, 1, path)
    }
    for (const [path, user] of [
      ['/desk?queue=all&page=500', desk.admin],
      ['/portal?page=500', desk.customer],
    ] as const) {
      const page = await client.get(path).loginAs(user).withInertia()
      assert.lengthOf(page.inertiaProps.tickets.data, 0, path)
      assert.equal(page.inertiaProps.tickets.metadata.currentPage, 500, path)
    }
    for (const path of ['/admin/users?page=500', '/admin/audit?page=500']) {
      const page = await client.get(path).loginAs(desk.admin).withInertia()
      const list = (page.inertiaProps.users ?? page.inertiaProps.entries) as {
        data: unknown[]
        metadata: { currentPage: number }
      }
      assert.lengthOf(list.data, 0, path)
      assert.equal(list.metadata.currentPage, 500, path)
    }
  })

  test('an address with broken percent-encoding: 400, in the JSON error shape under /api', async ({
    assert,
  }) => {
    const agent = new WebAgent()
    for (const path of ['/api/v1/tickets/%E0%A4%A', '/api/v1/%C0%80', '/api/v1/tickets/1%']) {
      const response = await fetch(`${agent.baseUrl}${path}`)
      assert.equal(response.status, 400, path)
      const body = (await response.json()) as Record<string, unknown>
      assert.equal(body.code, 'E_BAD_REQUEST', path)
      assert.properties(body, ['error', 'code', 'details', 'timestamp', 'requestId'])
    }
    const page = await fetch(`${agent.baseUrl}/desk/tickets/%E0%A4%A`)
    assert.equal(page.status, 400)
  })

  test('an unexpected failure answers 500 with only error, timestamp and request id', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const bearer = await tokenFor(desk.customer)
    const original = TicketLists.page
    TicketLists.page = async () => {
      throw new Error('relation "tickets_secret" does not exist (42P01) at select * from tickets')
    }
    try {
      const response = await client.get('/api/v1/tickets').bearerToken(bearer)
      response.assertStatus(500)
      assert.sameMembers(Object.keys(response.body()), ['error', 'timestamp', 'requestId'])
      assert.notInclude(response.text(), 'tickets_secret')
      assert.notInclude(response.text(), '42P01')
    } finally {
      TicketLists.page = original
    }
  })
})
