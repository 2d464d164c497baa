import { test } from '@japa/runner'
import router from '@adonisjs/core/services/router'
import User from '#models/user'
import Installations from '#platform/installations'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { enablePlugin } from '#tests/support/plugins'
import { systemContext } from '#services/request_context'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

test.group('Plugin pages and actions', (group) => {
  isolate(group)

  test('routes are named plugins.<id>.… under /plugins/<id> and /api/v1/plugins/<id>', ({
    assert,
  }) => {
    const routes = Object.values(router.toJSON())
      .flat()
      .filter((route) => route.name?.startsWith('plugins.fixture-pages.'))
      .map((route) => `${route.methods[0]} ${route.pattern} ${route.name}`)
    assert.sameMembers(routes, [
      'GET /plugins/fixture-pages/greetings plugins.fixture-pages.greetings',
      'POST /plugins/fixture-pages/greetings plugins.fixture-pages.greetings.save',
      'GET /plugins/fixture-pages/greetings/:slug plugins.fixture-pages.greetings.show',
      'GET /plugins/fixture-pages/board plugins.fixture-pages.board',
      'GET /plugins/fixture-pages/me plugins.fixture-pages.me',
      'GET /api/v1/plugins/fixture-pages/greetings plugins.fixture-pages.api.greetings.show',
      'PUT /api/v1/plugins/fixture-pages/greetings plugins.fixture-pages.api.greetings.update',
    ])
  })

  test("a page renders its component with the loader's data in the area's layout", async ({
    client,
    assert,
  }) => {
    const { organization, admin } = await organizationWithStaff()
    await enablePlugin(organization, 'fixture-pages')
    const page = await client.get('/plugins/fixture-pages/greetings').loginAs(admin).withInertia()
    page.assertStatus(200)
    page.assertInertiaComponent('admin/plugin_page')
    assert.deepInclude(page.inertiaProps, {
      plugin: 'fixture-pages',
      component: 'GreetingsPage',
      title: 'Greetings',
      data: { greeting: 'Hello' },
    })
    assert.equal(page.inertiaProps.urls['greetings.save'], '/plugins/fixture-pages/greetings')
    assert.equal(
      page.inertiaProps.urls['api.greetings.show'],
      '/api/v1/plugins/fixture-pages/greetings'
    )
    const shown = await client
      .get('/plugins/fixture-pages/greetings/morning')
      .loginAs(admin)
      .withInertia()
    assert.deepEqual(shown.inertiaProps.data, { slug: 'morning' })
  })

  test('each route checks its role: customer, agent, admin', async ({ client }) => {
    const { organization, admin, agent, customer } = await organizationWithStaff()
    await enablePlugin(organization, 'fixture-pages')
    const expect = async (user: User, url: string, status: number) => {
      const response = await client.get(url).loginAs(user).redirects(0)
      response.assertStatus(status)
    }
    await expect(customer, '/plugins/fixture-pages/greetings', 403)
    await expect(agent, '/plugins/fixture-pages/greetings', 403)
    await expect(admin, '/plugins/fixture-pages/greetings', 200)
    await expect(customer, '/plugins/fixture-pages/board', 403)
    await expect(agent, '/plugins/fixture-pages/board', 200)
    await expect(admin, '/plugins/fixture-pages/board', 200)
    await expect(customer, '/plugins/fixture-pages/me', 200)
    const save = await client
      .post('/plugins/fixture-pages/greetings')
      .loginAs(agent)
      .withCsrfToken()
      .form({ greeting: 'Good day' })
      .redirects(0)
    save.assertStatus(403)
    const guest = await client.get('/plugins/fixture-pages/greetings').redirects(0)
    guest.assertStatus(302)
    guest.assertHeader('location', '/login')
  })

  test("another organization's admin gets 404, and so does everyone once it is switched off", async ({
    client,
  }) => {
    const home = await organizationWithStaff()
    const other = await organizationWithStaff()
    await enablePlugin(home.organization, 'fixture-pages')
    const foreign = await client.get('/plugins/fixture-pages/greetings').loginAs(other.admin)
    foreign.assertStatus(404)
    const post = await client
      .post('/plugins/fixture-pages/greetings')
      .loginAs(other.admin)
      .withCsrfToken()
      .form({ greeting: 'Taken over' })
      .redirects(0)
    post.assertStatus(404)

    await Installations.disable(home.organization.id, 'fixture-pages', systemContext)
    const off = await client.get('/plugins/fixture-pages/greetings').loginAs(home.admin)
    off.assertStatus(404)
  })

  test('the navigation lists the pages the viewer may open, only while the plugin is enabled', async ({
    client,
    assert,
  }) => {
    const { organization, admin, agent, customer } = await organizationWithStaff()
    const navOf = async (user: User) => {
      const response = await client.get('/profile').loginAs(user).withInertia()
      return response.inertiaProps.pluginNav as Record<string, { route: string; title: string }[]>
    }
    assert.deepEqual(await navOf(admin), { admin: [], desk: [], profile: [] })

    await enablePlugin(organization, 'fixture-pages')
    const forAdmin = await navOf(admin)
    assert.deepEqual(
      forAdmin.admin.map((entry) => [entry.route, entry.title]),
      [['plugins.fixture-pages.greetings', 'Greetings']],
      'the page with a parameter (nav: false) is not listed'
    )
    assert.deepEqual(
      forAdmin.desk.map((entry) => entry.title),
      ['Greeting board']
    )
    assert.deepEqual(
      forAdmin.profile.map((entry) => entry.title),
      ['Greeting']
    )
    const forAgent = await navOf(agent)
    assert.deepEqual(
      [forAgent.admin.length, forAgent.desk.length, forAgent.profile.length],
      [0, 1, 1]
    )
    const forCustomer = await navOf(customer)
    assert.deepEqual(
      [forCustomer.admin.length, forCustomer.desk.length, forCustomer.profile.length],
      [0, 0, 1]
    )

    await Installations.disable(organization.id, 'fixture-pages', systemContext)
    assert.deepEqual(await navOf(admin), { admin: [], desk: [], profile: [] })
  })

  test('a form action validates: errors next to the field, then saves with a toast', async ({
    client,
  }) => {
    const { organization, admin } = await organizationWithStaff()
    await enablePlugin(organization, 'fixture-pages')
    const invalid = await client
      .post('/plugins/fixture-pages/greetings')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/plugins/fixture-pages/greetings')
      .form({ greeting: 'Yo' })
      .redirects(0)
    invalid.assertStatus(302)
    invalid.assertFieldError('greeting', 'at least 3')

    const saved = await client
      .post('/plugins/fixture-pages/greetings')
      .loginAs(admin)
      .withCsrfToken()
      .header('referer', '/plugins/fixture-pages/greetings')
      .form({ greeting: 'Good morning' })
      .redirects(0)
    saved.assertStatus(302)
    saved.assertHeader('location', '/plugins/fixture-pages/greetings')
    saved.assertFlashMessage('success', 'Greeting saved.')
    const page = await client.get('/plugins/fixture-pages/greetings').loginAs(admin).withInertia()
    page.assertInertiaPropsContains({ data: { greeting: 'Good morning' } })
  })
})

test.group('Plugin API routes', (group) => {
  isolate(group)

  test('answer bearer tokens of organizations that enabled the plugin, with the role checked', async ({
    client,
    assert,
  }) => {
    const home = await organizationWithStaff()
    const other = await organizationWithStaff()
    await enablePlugin(home.organization, 'fixture-pages')
    const url = '/api/v1/plugins/fixture-pages/greetings'

    const read = await client.get(url).bearerToken(await bearer(home.agent))
    read.assertStatus(200)
    read.assertBody({ data: { greeting: 'Hello', asked_by: home.agent.id } })
    assert.exists(read.header('x-ratelimit-limit'), 'the API throttle counts plugin routes')

    const customer = await client.get(url).bearerToken(await bearer(home.customer))
    customer.assertStatus(403)
    customer.assertBodyContains({ code: 'E_FORBIDDEN' })
    const agentWrite = await client
      .put(url)
      .bearerToken(await bearer(home.agent))
      .json({ greeting: 'Hi there' })
    agentWrite.assertStatus(403)

    const foreign = await client.get(url).bearerToken(await bearer(other.admin))
    foreign.assertStatus(404)
    foreign.assertBodyContains({ code: 'E_NOT_FOUND' })

    const anonymous = await client.get(url)
    anonymous.assertStatus(401)
    anonymous.assertBodyContains({ code: 'E_UNAUTHORIZED_ACCESS' })

    const session = await client.get(url).loginAs(home.admin)
    session.assertStatus(401)
  })

  test('validation errors answer 422 with the fields in details', async ({ client }) => {
    const { organization, admin } = await organizationWithStaff()
    await enablePlugin(organization, 'fixture-pages')
    const token = await bearer(admin)
    const url = '/api/v1/plugins/fixture-pages/greetings'
    const invalid = await client.put(url).bearerToken(token).json({ greeting: 'Yo' })
    invalid.assertStatus(422)
    invalid.assertBodyContains({ code: 'E_VALIDATION_ERROR' })
    invalid.assertBodyContains({
      details: { greeting: ['The greeting must be at least 3 characters long.'] },
    })
    const saved = await client.put(url).bearerToken(token).json({ greeting: 'Hi there' })
    saved.assertStatus(200)
    saved.assertBody({ data: { greeting: 'Hi there' } })
  })
})
