import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import { definePlugin, RetryLater } from '#platform/sdk'
import {
  fakeClock,
  fakeHttp,
  pluginTestContext,
  registrations,
  runCommand,
  runEvent,
  runSchedule,
  ticketSnapshot,
  UnexpectedRequest,
  userSnapshot,
} from '#platform/sdk/testing'
import { installHost, type Host, type HostScope } from '#platform/host'
import PluginInstallation from '#models/plugin_installation'
import { createHost } from '#services/plugin_host/create_host'
import kit from '#tests/fixtures/plugins/fixture-kit/plugin'
import { isolate } from '#tests/support/world'

const settings = { baseUrl: 'https://chat.example', channel: 'helpdesk', token: 'secret-token-1' }

function chat(status = 200) {
  return fakeHttp({
    'POST https://chat.example/api/post': () =>
      status === 429
        ? new Response('slow down', { status, headers: { 'retry-after': '3' } })
        : Response.json({ ok: true, ts: '1700.01' }),
  })
}

test.group('#platform/sdk/testing: the test context', (group) => {
  isolate(group)

  test('boots the plugin for a new organization with its settings validated, stored and read back', async ({
    assert,
  }) => {
    const { organization, context } = await pluginTestContext(kit, { settings })
    assert.equal(context.organizationId, organization.id)
    assert.equal(context.pluginId, 'fixture-kit')
    assert.deepEqual(context.settings, settings)
    const row = await PluginInstallation.query()
      .where({ organization_id: organization.id, plugin_id: 'fixture-kit' })
      .firstOrFail()
    assert.isTrue(row.enabled)
    // The secret went through the real path: encrypted at rest, decrypted for the handler.
    assert.notEqual(row.settings!.token, settings.token)
  })

  test('refuses settings the plugin schema refuses, and plugins that were not discovered', async ({
    assert,
  }) => {
    await assert.rejects(() =>
      pluginTestContext(kit, { settings: { ...settings, baseUrl: 'not a url' } })
    )
    const stranger = definePlugin({
      id: 'not-here',
      name: 'Not here',
      version: '1.0.0',
      description: 'x',
      requires: { core: '^0.1.0' },
      register() {},
    })
    await assert.rejects(() => pluginTestContext(stranger), /"not-here" was not discovered/)
  })

  test('runs for an organization the test already has', async ({ assert }) => {
    const first = await pluginTestContext(kit, { settings })
    const second = await pluginTestContext(kit, { settings, organization: first.organization })
    assert.equal(second.context.organizationId, first.organization.id)
  })

  test('gives handlers the host installed at boot, scoped to the organization and acting as the plugin', async ({
    assert,
    cleanup,
  }) => {
    const scopes: HostScope[] = []
    installHost((scope) => {
      scopes.push(scope)
      return createHost(scope)
    })
    cleanup(() => installHost(createHost))
    const { organization, context } = await pluginTestContext(kit, { settings })
    assert.lengthOf(scopes, 0, 'the host is built on first use')
    assert.isFunction(context.tickets.get)
    assert.deepInclude(scopes[0], {
      pluginId: 'fixture-kit',
      pluginName: 'Fixture: testing kit',
      organizationId: organization.id,
    })
  })

  test('the host API works for real: the plugin store keeps a value for this organization', async ({
    assert,
  }) => {
    const { context } = await pluginTestContext(kit, { settings })
    await context.store.set('thread', { ts: '1700.01' })
    assert.deepEqual(await context.store.get('thread'), { ts: '1700.01' })
  })

  test('abort() fires the context signal', async ({ assert }) => {
    const kitTest = await pluginTestContext(kit, { settings })
    assert.isFalse(kitTest.context.signal.aborted)
    kitTest.abort()
    assert.isTrue(kitTest.context.signal.aborted)
  })
})

test.group('#platform/sdk/testing: running handlers', (group) => {
  isolate(group)

  test('runEvent runs the registered handler with fake HTTP, a real once and captured logs', async ({
    assert,
  }) => {
    const http = chat()
    const kitTest = await pluginTestContext(kit, { settings, http })
    const ticket = ticketSnapshot({ organizationId: kitTest.organization.id, number: 42 })
    await runEvent(kit, 'ticket.created', { ticket, actor: null, attachments: 0 }, kitTest)

    assert.lengthOf(http.calls, 1)
    assert.equal(http.calls[0].method, 'POST')
    assert.equal(http.calls[0].headers.authorization, 'Bearer secret-token-1')
    assert.deepEqual(http.calls[0].json(), { channel: 'helpdesk', text: 'New ticket SB-42' })
    const rows = await db
      .from('fixture_kit_posts')
      .where('organization_id', kitTest.organization.id)
      .select('reference', 'message_ts', 'idempotency_key')
    assert.deepEqual(rows, [
      { reference: 'SB-42', message_ts: '1700.01', idempotency_key: 'plugin:fixture-kit:event-1' },
    ])
    assert.include(
      kitTest.logs.map((line) => line.msg),
      'posted SB-42 as 1700.01'
    )

    // A retry of the same delivery: the call repeats, the completed step does not.
    await runEvent(kit, 'ticket.created', { ticket, actor: null, attachments: 0 }, kitTest, {
      attempt: 2,
    })
    assert.lengthOf(http.calls, 2)
    const after = await db
      .from('fixture_kit_posts')
      .where('organization_id', kitTest.organization.id)
    assert.lengthOf(after, 1)
  })

  test('runEvent throws what the handler throws (retryLater on a 429)', async ({ assert }) => {
    const kitTest = await pluginTestContext(kit, { settings, http: chat(429) })
    const payload = { ticket: ticketSnapshot(), actor: null, attachments: 0 }
    try {
      await runEvent(kit, 'ticket.created', payload, kitTest)
      assert.fail('expected RetryLater')
    } catch (error) {
      assert.instanceOf(error, RetryLater)
      assert.equal((error as RetryLater).delayMs, 3000)
    }
  })

  test('fakeHttp fails loudly on a request no route matches', async ({ assert }) => {
    const http = fakeHttp({ 'GET https://chat.example/api/ping': () => new Response('pong') })
    const kitTest = await pluginTestContext(kit, { settings, http })
    const payload = { ticket: ticketSnapshot(), actor: null, attachments: 0 }
    await assert.rejects(
      () => runEvent(kit, 'ticket.created', payload, kitTest),
      /no route for POST https:\/\/chat\.example\/api\/post; routes: GET https:\/\/chat\.example\/api\/ping/
    )
    assert.lengthOf(http.unmatched, 1)
    await assert.rejects(() => http.fetch('https://elsewhere.example/'), UnexpectedRequest)
    const pong = await http.fetch('https://chat.example/api/ping?x=1')
    assert.equal(await pong.text(), 'pong')
  })

  test('runSchedule runs the schedule once; fakeClock sets the time plugins read from Luxon', async ({
    assert,
    cleanup,
  }) => {
    const clock = fakeClock('2026-03-01T08:00:00Z')
    cleanup(() => clock.restore())
    const kitTest = await pluginTestContext(kit, { settings })
    await runSchedule(kit, 'sweep', kitTest)
    clock.advance({ minutes: 5 })
    await runSchedule(kit, 'sweep', kitTest)
    assert.deepEqual(
      kitTest.logs.map((line) => line.msg).filter((msg) => msg.startsWith('swept')),
      ['swept at 2026-03-01T08:00:00.000Z', 'swept at 2026-03-01T08:05:00.000Z']
    )
    clock.restore()
    assert.isBelow(Math.abs(DateTime.now().toMillis() - Date.now()), 60_000)
  })

  test('asking for a handler the plugin does not register names what it does register', async ({
    assert,
  }) => {
    const kitTest = await pluginTestContext(kit, { settings })
    await assert.rejects(
      () => runSchedule(kit, 'nightly', kitTest),
      'fixture-kit registers no schedule("nightly"); it registers on("ticket.created"), schedule("sweep")'
    )
    assert.deepEqual(
      registrations(kit).map((call) => call.method),
      ['on', 'schedule']
    )
  })

  test('runCommand runs a plugin command with flags and returns what it printed', async ({
    assert,
  }) => {
    // Declared with the same id as the fixture, so it runs in its test context.
    const withCommand = definePlugin({
      id: 'fixture-kit',
      name: 'Fixture: testing kit',
      version: '1.0.0',
      description: 'x',
      requires: { core: '^0.1.0' },
      register(hooks) {
        ;(hooks as unknown as { command: (...args: unknown[]) => void }).command(
          'greet',
          { description: 'Greets' },
          (
            context: Host & { organizationId: number; print(line: string): void },
            flags: { loud?: boolean }
          ) => context.print(`hello ${context.organizationId}${flags.loud ? '!' : ''}`)
        )
      },
    })
    const kitTest = await pluginTestContext(withCommand, { settings })
    assert.deepEqual(await runCommand(withCommand, 'greet', kitTest, { loud: true }), [
      `hello ${kitTest.organization.id}!`,
    ])
  })
})

test.group('#platform/sdk/testing: payload factories', () => {
  test('fill believable defaults and keep what the test sets', ({ assert }) => {
    const ticket = ticketSnapshot({ number: 7, priority: 'high' })
    assert.equal(ticket.reference, 'SB-7')
    assert.equal(ticket.priority, 'high')
    assert.equal(ticket.status, 'open')
    assert.notEqual(ticketSnapshot().id, ticketSnapshot().id)
    assert.equal(ticketSnapshot({ reference: 'HD-1' }).reference, 'HD-1')
    const user = userSnapshot({ role: 'agent' })
    assert.equal(user.role, 'agent')
    assert.equal(user.authSource, 'local')
  })
})
