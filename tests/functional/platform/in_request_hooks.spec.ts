import { test } from '@japa/runner'
import Ticket from '#models/ticket'
import User from '#models/user'
import Organization from '#models/organization'
import PluginInstallation from '#models/plugin_installation'
import OutboxEvent from '#models/outbox_event'
import { FACTORY_PASSWORD } from '#database/factories/main'
import Hooks from '#platform/hooks'
import { ticketSnapshot } from '#platform/snapshots'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'

const DIRECTORY = { domain: 'corp.example', password: 'directory-pass-1', assign: false }

test.group('Filters: ticket.creating', (group) => {
  isolate(group)

  test('an enabled filter enriches the draft; without it the ticket is as filed', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const plain = await openTicket(desk.customer, desk.it.id, { title: 'Screen flickers' })
    assert.equal(plain.title, 'Screen flickers')
    assert.equal(plain.priority, 'medium')

    await enablePlugin(desk.organization, 'fixture-filters', { mode: 'enrich' })
    const response = await client
      .post('/portal/tickets')
      .loginAs(desk.customer)
      .withCsrfToken()
      .form({ groupId: desk.it.id, title: 'Printer jams', description: 'Every page, since Monday' })
      .redirects(0)
    response.assertStatus(302)
    const enriched = await Ticket.query()
      .where('requester_id', desk.customer.id)
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.equal(enriched.title, '[triaged] Printer jams')
    assert.equal(enriched.priority, 'high')
  })

  test('a filter that throws is logged against its plugin and the ticket is created as filed', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-filters', { mode: 'throw' })
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Laptop is slow' })
    assert.equal(ticket.title, 'Laptop is slow')
    assert.equal(ticket.priority, 'medium')
    const installation = await PluginInstallation.findByOrFail('plugin_id', 'fixture-filters')
    assert.equal(installation.lastError, 'fixture filter exploded')
    assert.equal(installation.lastErrorHook, 'ticket.creating')
    assert.isNotNull(installation.lastErrorAt)
  })

  test('a filter past its time budget is abandoned and the ticket goes on unfiltered', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-filters', { mode: 'hang' })
    const started = Date.now()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'VPN drops' })
    const elapsed = Date.now() - started
    assert.equal(ticket.title, 'VPN drops')
    assert.isAtLeast(elapsed, 3000, 'it waited for the 3 s budget')
    const installation = await PluginInstallation.findByOrFail('plugin_id', 'fixture-filters')
    assert.equal(installation.lastError, 'ticket.creating took longer than its 3000 ms budget')
  }).timeout(20_000)

  test("a disabled plugin's filter is inert", async ({ assert }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-filters', { mode: 'enrich' })
    const { default: Installations } = await import('#platform/installations')
    await Installations.disable(desk.organization.id, 'fixture-filters', {
      actor: desk.admin,
      ip: null,
      userAgent: null,
    })
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Mouse broken' })
    assert.equal(ticket.title, 'Mouse broken')
  })
})

test.group('Providers: auth.provider', (group) => {
  isolate(group)

  test('a directory user signs in, is provisioned just in time, and signs in again as the same account', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', DIRECTORY)
    const login = () =>
      client
        .post('/login')
        .form({ email: 'ada@corp.example', password: DIRECTORY.password })
        .withCsrfToken()
        .redirects(0)
    const first = await login()
    first.assertStatus(302)
    first.assertHeader('location', '/portal')
    const user = await User.findByOrFail('email', 'ada@corp.example')
    assert.equal(user.organizationId, desk.organization.id)
    assert.equal(user.authSource, 'fixture-provider')
    assert.equal(user.externalId, 'uid=ada,ou=people')
    assert.equal(user.name, 'Directory ada')
    assert.isNull(user.password)

    const again = await login()
    again.assertHeader('location', '/portal')
    assert.lengthOf(await User.query().where('email', 'ada@corp.example'), 1)
    const created = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .whereIn('name', ['user.created', 'user.signed_in'])
      .orderBy('id')
    assert.deepEqual(
      created.map((event) => event.name),
      ['user.created', 'user.signed_in', 'user.signed_in']
    )
    assert.equal((created[1].payload as { via: string }).via, 'fixture-provider')
  })

  test('a wrong directory password fails like any wrong password; local accounts still work', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', DIRECTORY)
    const wrong = await client
      .post('/login')
      .form({ email: 'ada@corp.example', password: 'not-the-password' })
      .withCsrfToken()
      .redirects(0)
    wrong.assertStatus(302)
    wrong.assertFieldError('email', 'These credentials do not match an active account.')
    assert.isNull(await User.findBy('email', 'ada@corp.example'))
    const local = await client
      .post('/login')
      .form({ email: desk.agent.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    local.assertHeader('location', '/desk')
  })

  test('with "provider first", a failing directory is logged and the local password still signs in', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await Organization.query()
      .where('id', desk.organization.id)
      .update({ sign_in_order: 'provider_first' })
    await enablePlugin(desk.organization, 'fixture-provider', {
      ...DIRECTORY,
      domain: 'example.com',
    })
    const answer = await Hooks.provide(desk.organization.id, 'auth.provider', {
      email: desk.agent.email,
      password: 'explode',
      organizationId: desk.organization.id,
    })
    assert.isNull(answer)
    const installation = await PluginInstallation.findByOrFail('plugin_id', 'fixture-provider')
    assert.equal(installation.lastError, 'directory unreachable')
    assert.equal(installation.lastErrorHook, 'auth.provider')

    const response = await client
      .post('/login')
      .form({ email: desk.agent.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    response.assertHeader('location', '/desk')
  })

  test('when no way in works and the directory failed, the page and the API say it could not be reached, whoever typed what', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', DIRECTORY)
    const message =
      'The directory could not be reached. Try again in a moment, or sign in with a local account.'
    // A person the directory may or may not know, and a local agent with a wrong password: the same answer.
    for (const email of ['ada@corp.example', desk.agent.email]) {
      const page = await client
        .post('/login')
        .form({ email, password: 'explode' })
        .withCsrfToken()
        .redirects(0)
      page.assertStatus(302)
      page.assertFieldError('email', message)
    }
    const api = await client
      .post('/api/v1/auth/login')
      .json({ email: 'ada@corp.example', password: 'explode' })
    api.assertStatus(503)
    assert.equal(api.body().code, 'E_DIRECTORY_UNREACHABLE')
    assert.equal(api.body().error, message)

    // The local password still signs in (local first is the default order).
    const local = await client
      .post('/login')
      .form({ email: desk.agent.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    local.assertHeader('location', '/desk')
  })

  test('a provider past its budget is abandoned, and Admin → Plugins names it and the hook', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', DIRECTORY)
    const started = Date.now()
    const answer = await Hooks.provide(desk.organization.id, 'auth.provider', {
      email: 'ada@corp.example',
      password: 'stall',
      organizationId: desk.organization.id,
    })
    assert.isNull(answer, 'answered as if the plugin were absent')
    assert.isAtLeast(Date.now() - started, 5000, 'it waited for the 5 s budget')

    const page = await client.get('/admin/plugins').loginAs(desk.admin).withInertia()
    const listed = (page.inertiaProps.plugins as Record<string, any>[]).find(
      (plugin) => plugin.id === 'fixture-provider'
    )
    assert.deepInclude(listed?.lastError, {
      message: 'auth.provider took longer than its 5000 ms budget',
      hook: 'auth.provider',
    })
  }).timeout(20_000)

  test('a provider of one organization is never asked about another organization', async ({
    assert,
  }) => {
    const home = await helpdesk()
    const other = await helpdesk()
    await enablePlugin(home.organization, 'fixture-provider', DIRECTORY)
    assert.isNull(
      await Hooks.provide(other.organization.id, 'auth.provider', {
        email: 'ada@corp.example',
        password: DIRECTORY.password,
        organizationId: other.organization.id,
      })
    )
  })
})

test.group('Providers: ticket.assignment_strategy', (group) => {
  isolate(group)

  test('a new ticket goes to the agent the strategy picks among the group', async ({ assert }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', { ...DIRECTORY, assign: true })
    // The ticket opening answers is current: the assignment is already on it.
    const ticket = await openTicket(desk.customer, desk.it.id)
    assert.equal(ticket.assigneeId, desk.agent.id)
    assert.equal(ticket.status, 'assigned')
  })

  test('the API answers a ticket the strategy assigned with its agent and status', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', { ...DIRECTORY, assign: true })
    const token = await User.accessTokens.create(desk.customer)
    const response = await client
      .post('/api/v1/tickets')
      .bearerToken(token.value!.release())
      .json({ group_id: desk.it.id, title: 'Monitor flickers', description: 'Since Monday.' })
    response.assertStatus(201)
    assert.equal(response.body().data.status, 'assigned')
    assert.equal(response.body().data.assignee.id, desk.agent.id)
    assert.equal(response.body().data.group.id, desk.it.id)
  })

  test('without an answer the ticket stays unassigned', async ({ assert }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', DIRECTORY)
    const ticket = await openTicket(desk.customer, desk.it.id)
    await ticket.refresh()
    assert.isNull(ticket.assigneeId)
  })
})

test.group('UI panels and plugin routes', (group) => {
  isolate(group)

  test('the desk ticket page carries the enabled panels with their data; disabled, none', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const before = await client.get(`/desk/tickets/${ticket.id}`).loginAs(desk.agent).withInertia()
    assert.deepEqual(before.inertiaProps.panels, { sidebar: [], badges: [] })

    await enablePlugin(desk.organization, 'fixture-panels')
    const after = await client.get(`/desk/tickets/${ticket.id}`).loginAs(desk.agent).withInertia()
    assert.deepEqual(after.inertiaProps.panels.sidebar, [
      {
        plugin: 'fixture-panels',
        component: 'FixtureSidebar',
        label: 'Fixture sidebar',
        data: { note: `Watching ${ticket.reference}` },
      },
    ])
    assert.deepEqual(
      after.inertiaProps.panels.badges.map((panel: { component: string }) => panel.component),
      ['FixtureBadge']
    )
    const views = await Hooks.panels(desk.organization.id, 'ticket.sidebar', {
      ticket: ticketSnapshot(ticket),
    })
    assert.lengthOf(views, 1)

    const quiet = await openTicket(desk.customer, desk.it.id, { title: 'Nothing to see here' })
    const without = await client.get(`/desk/tickets/${quiet.id}`).loginAs(desk.agent).withInertia()
    assert.deepEqual(without.inertiaProps.panels.sidebar, [], 'a loader answering null: no panel')
  })

  test('Admin → Settings shows a tab per enabled plugin that offers one, and saves the sign-in order', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const before = await client.get('/admin/settings').loginAs(desk.admin).withInertia()
    assert.deepEqual(before.inertiaProps.pluginTabs, [])
    await enablePlugin(desk.organization, 'fixture-panels')
    const after = await client.get('/admin/settings').loginAs(desk.admin).withInertia()
    assert.deepEqual(after.inertiaProps.pluginTabs, [
      {
        plugin: 'fixture-panels',
        component: 'FixtureSettingsTab',
        label: 'Fixture tab',
        data: null,
      },
    ])

    const saved = await client
      .put('/admin/settings')
      .loginAs(desk.admin)
      .withCsrfToken()
      .form({
        name: desk.organization.name,
        ticketPrefix: desk.organization.ticketPrefix,
        timezone: 'UTC',
        defaultLocale: 'en',
        autoCloseDays: 7,
        signInOrder: 'provider_first',
      })
      .redirects(0)
    saved.assertStatus(302)
    await desk.organization.refresh()
    assert.equal(desk.organization.signInOrder, 'provider_first')
  })

  test("a plugin's route answers only for organizations that enabled it", async ({ client }) => {
    const desk = await helpdesk()
    const other = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-panels')
    const url = '/api/v1/plugins/fixture-panels/ping'
    const token = async (user: User) => {
      const created = await User.accessTokens.create(user)
      return created.value!.release()
    }
    const ok = await client.get(url).bearerToken(await token(desk.agent))
    ok.assertStatus(200)
    ok.assertBody({ data: { pong: true, user: desk.agent.id } })
    const hidden = await client.get(url).bearerToken(await token(other.agent))
    hidden.assertStatus(404)
    hidden.assertBodyContains({ code: 'E_NOT_FOUND' })
    const guest = await client.get(url)
    guest.assertStatus(401)
  })
})
