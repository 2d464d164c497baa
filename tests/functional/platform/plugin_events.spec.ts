import { test } from '@japa/runner'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import db from '@adonisjs/lucid/services/db'
import OutboxEvent from '#models/outbox_event'
import EventDelivery from '#models/event_delivery'
import PluginCatalog from '#platform/plugin_catalog'
import { hostFor } from '#platform/host'
import { HostError } from '#platform/errors'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents, enablePlugin } from '#tests/support/plugins'

const pings = () => db.from('fixture_listener_pings').orderBy('id')

/** Drains the queue until `done` holds: an event emitted by a handler is published after that handler. */
async function drainUntil(done: () => Promise<boolean>, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs
  while (!(await done())) {
    if (Date.now() > deadline) throw new Error('plugin event never delivered')
    await drainEvents()
  }
}

function hostOf(pluginId: string, organizationId: number) {
  return hostFor({
    pluginId,
    pluginName: pluginId,
    organizationId,
    signal: new AbortController().signal,
  })
}

test.group('Plugin events: declared, emitted, delivered', (group) => {
  isolate(group)

  test("a plugin's own event travels the outbox to another plugin's subscriber, like a core event", async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const quiet = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-emitter')
    await enablePlugin(desk.organization, 'fixture-listener')
    await enablePlugin(quiet.organization, 'fixture-emitter')
    const ticket = await openTicket(desk.customer, desk.it.id)
    await openTicket(quiet.customer, quiet.it.id)

    await drainUntil(async () => {
      const rows = await pings()
      return rows.length > 0
    })
    const [ping] = await pings()
    assert.deepInclude(ping, {
      organization_id: desk.organization.id,
      ticket_id: ticket.id,
      reference: ticket.reference,
      event_name: 'fixture.pinged',
    })

    const emitted = await OutboxEvent.query().where('name', 'fixture.pinged').orderBy('id')
    assert.deepEqual(
      emitted.map((event) => event.organizationId),
      [desk.organization.id, quiet.organization.id],
      'each organization gets its own event'
    )
    assert.deepEqual(emitted[0].payload, { ticketId: ticket.id, reference: ticket.reference })
    const deliveries = await EventDelivery.query().where('event', 'fixture.pinged')
    assert.deepEqual(
      deliveries.map((delivery) => [delivery.organizationId, delivery.subscriber, delivery.status]),
      [[desk.organization.id, 'plugin:fixture-listener', 'ok']],
      'only enabled subscribers get a delivery; the core does not subscribe'
    )
    assert.lengthOf(await pings(), 1)
  }).timeout(60_000)

  test('only the declaring plugin may emit an event, and only a JSON object', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const listener = hostOf('fixture-listener', desk.organization.id)
    const emitter = hostOf('fixture-emitter', desk.organization.id)

    const stolen = await listener.events
      .emit('fixture.pinged', { ticketId: 1, reference: 'X' })
      .catch((error) => error)
    assert.instanceOf(stolen, HostError)
    assert.equal(stolen.code, 'undeclared_event')
    assert.match(stolen.message, /fixture-emitter's event/)

    const undeclared = await (
      emitter.events.emit as (name: string, payload: object) => Promise<void>
    )('fixture.other', {}).catch((error) => error)
    assert.equal(undeclared.code, 'undeclared_event')

    const notJson = await emitter.events
      .emit('fixture.pinged', { ticketId: 1n, reference: 'X' } as never)
      .catch((error) => error)
    assert.equal(notJson.code, 'payload')

    await emitter.events.emit('fixture.pinged', { ticketId: 7, reference: 'HD-7' })
    const events = await OutboxEvent.query().where('organization_id', desk.organization.id)
    assert.deepEqual(
      events.filter((event) => event.name === 'fixture.pinged').map((event) => event.payload),
      [{ ticketId: 7, reference: 'HD-7' }]
    )
  })
})

async function discoverIn(plugins: Record<string, string>) {
  const root = await mkdtemp(join(tmpdir(), 'switchboard-events-'))
  await writeFile(join(root, 'package.json'), JSON.stringify({ type: 'module', version: '0.1.0' }))
  for (const [id, source] of Object.entries(plugins)) {
    await mkdir(join(root, 'plugins', id), { recursive: true })
    await writeFile(join(root, 'plugins', id, 'plugin.js'), source)
  }
  try {
    const found = await PluginCatalog.discover(['plugins'], root)
    return Object.fromEntries(found.map((plugin) => [plugin.id, plugin]))
  } finally {
    await PluginCatalog.discover(['plugins', 'tests/fixtures/plugins'], process.cwd())
    await rm(root, { recursive: true, force: true })
  }
}

const declaring = (id: string, events: string, register = 'register() {}') =>
  `export default { id: '${id}', name: '${id}', version: '1.0.0', description: 'x', requires: { core: '^0.1.0' }, events: ${events}, ${register} }`

test.group('Plugin events: declarations at discovery', () => {
  test('names must be namespaced outside the core, and one event has one owner', async ({
    assert,
  }) => {
    const found = await discoverIn({
      'a-sla': declaring('a-sla', "{ 'sla.breached': { description: 'late' } }"),
      'b-copycat': declaring('b-copycat', "{ 'sla.breached': { description: 'mine' } }"),
      'c-core': declaring('c-core', "{ 'ticket.escalated': { description: 'x' } }"),
      'd-flat': declaring('d-flat', "{ 'breached': { description: 'x' } }"),
      'e-listener': declaring(
        'e-listener',
        '{}',
        "register(hooks) { hooks.on('sla.breached', () => {}); hooks.on('nonsense', () => {}) }"
      ),
    })
    assert.equal(found['a-sla'].status, 'ready')
    assert.deepEqual([...found['a-sla'].events.keys()], ['sla.breached'])
    assert.equal(found['b-copycat'].error, 'event "sla.breached" is already declared by a-sla')
    assert.match(found['c-core'].error!, /event "ticket\.escalated" must be named/)
    assert.match(found['d-flat'].error!, /event "breached" must be named/)
    assert.equal(found['e-listener'].error, 'unknown event "nonsense"')
  })
})
