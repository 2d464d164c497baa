import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import OutboxEvent from '#models/outbox_event'
import EventDelivery from '#models/event_delivery'
import PluginInstallation from '#models/plugin_installation'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import TicketConversation from '#services/tickets/ticket_conversation'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { systemContext } from '#services/request_context'
import OutboxRelay from '#platform/outbox_relay'
import { deliveryJobId } from '#platform/delivery_jobs'
import { DateTime } from 'luxon'
import Deliveries from '#platform/deliveries'
import { queue } from '#services/queue/queue_registry'
import { QUEUES } from '#config/queue'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, drainEvents, enablePlugin } from '#tests/support/plugins'

const effects = () => db.from('fixture_events_effects').orderBy('id')

test.group('Events: the outbox', (group) => {
  isolate(group)

  test('a change and its event commit together; a refused change leaves no event', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Outbox please' })
    const created = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'ticket.created')
      .firstOrFail()
    const payload = created.payload as {
      ticket: { id: number; reference: string }
      actor: { id: number }
    }
    assert.equal(payload.ticket.id, ticket.id)
    assert.equal(payload.ticket.reference, ticket.reference)
    assert.equal(payload.actor.id, desk.customer.id)

    const before = await OutboxEvent.query().where('organization_id', desk.organization.id)
    await assert.rejects(() =>
      TicketWorkflow.changeStatus(ticket, 'in_progress', { ...systemContext, actor: desk.agent })
    )
    const after = await OutboxEvent.query().where('organization_id', desk.organization.id)
    assert.lengthOf(after, before.length, 'a refused transition writes no event')
  })

  test('one assignment writes the events it stands for: assigned and status changed', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.assign(ticket, desk.agent.id, { ...systemContext, actor: desk.admin })
    const events = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .orderBy('id')
    const names = events.map((event) => event.name)
    assert.deepEqual(names, ['ticket.created', 'ticket.assigned', 'ticket.status_changed'])
  })

  test('edits, replies, notes and sign-ins write their events with the catalogue payloads', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Old title' })
    const asAgent = { ...systemContext, actor: desk.agent }
    await TicketWorkflow.update(ticket, { title: 'New title', priority: 'high' }, asAgent)
    await TicketConversation.add(
      ticket,
      desk.agent,
      { body: 'Try this', internal: false },
      [],
      asAgent
    )
    await TicketConversation.add(
      ticket,
      desk.agent,
      { body: 'Known bug', internal: true },
      [],
      asAgent
    )
    await client
      .post('/login')
      .form({ email: desk.agent.email, password: FACTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)

    const events = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .whereIn('name', ['ticket.updated', 'ticket.comment_added', 'user.signed_in'])
      .orderBy('id')
    const payloads = events.map((event) => [event.name, event.payload as Record<string, any>])
    assert.deepEqual(
      payloads.map(([name]) => name),
      ['ticket.updated', 'ticket.comment_added', 'ticket.comment_added', 'user.signed_in']
    )
    const [[, updated], [, reply], [, note], [, signIn]] = payloads as [string, any][]
    assert.deepEqual(updated.changes, [
      { field: 'title', from: 'Old title', to: 'New title' },
      { field: 'priority', from: 'medium', to: 'high' },
    ])
    assert.equal(updated.ticket.title, 'New title', 'the snapshot is taken after the change')
    assert.equal(updated.actor.id, desk.agent.id)
    assert.deepInclude(reply.comment, {
      body: 'Try this',
      internal: false,
      authorId: desk.agent.id,
    })
    assert.deepInclude(note.comment, { body: 'Known bug', internal: true })
    assert.deepInclude(signIn, { via: 'password', channel: 'web' })
    assert.equal(signIn.user.id, desk.agent.id)
    assert.notProperty(signIn.user, 'password')
  })

  test('job ids stay unique when a recreated database numbers deliveries from 1 again', ({
    assert,
  }) => {
    const first = { id: 1, createdAt: DateTime.fromISO('2026-01-01T10:00:00Z') }
    const again = { id: 1, createdAt: DateTime.fromISO('2026-03-01T09:00:00Z') }
    assert.notEqual(deliveryJobId(first), deliveryJobId(again))
    assert.equal(deliveryJobId(first), deliveryJobId({ ...first }))
  })

  test('publishing an event twice (relay and sweep) delivers it once', async ({ assert }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 0 })
    await openTicket(desk.customer, desk.it.id)
    const event = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'ticket.created')
      .firstOrFail()
    await OutboxEvent.query().where('id', event.id).update({ published_at: null })
    await OutboxRelay.publish(event.id)
    await OutboxEvent.query().where('id', event.id).update({ published_at: null })
    await OutboxRelay.publish(event.id)
    const rows = await EventDelivery.query().where('outbox_event_id', event.id)
    assert.sameMembers(
      rows.map((row) => row.subscriber),
      ['core:notifications', 'core:reports', 'plugin:fixture-events']
    )
    await drainEvents()
    assert.lengthOf(await effects(), 1)
  })
})

test.group('Events: delivery to plugins', (group) => {
  isolate(group)

  test('an enabled plugin receives each event once; other organizations never reach it', async ({
    assert,
  }) => {
    const home = await helpdesk()
    const other = await helpdesk()
    await enablePlugin(home.organization, 'fixture-events', {
      failAttempts: 0,
      label: 'home',
      apiToken: 'secret-token-1',
    })
    const mine = await openTicket(home.customer, home.it.id)
    await openTicket(other.customer, other.it.id)
    await drainEvents()

    const rows = await effects()
    assert.lengthOf(rows, 1)
    assert.equal(Number(rows[0].ticket_id), mine.id)
    assert.equal(rows[0].label, 'home')
    assert.equal(rows[0].token_seen, 'secret-token-1', 'the handler sees the secret decrypted')
    const delivered = await deliveriesOf('plugin:fixture-events')
    assert.deepEqual(
      delivered.map((d) => [d.organizationId, d.status, d.attempts]),
      [[home.organization.id, 'ok', 1]]
    )
  })

  test('a failing handler is retried with backoff, then dead-lettered; a retry finishes it without repeating done steps', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 99 })
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()

    const [dead] = await deliveriesOf('plugin:fixture-events')
    assert.equal(dead.status, 'dead')
    assert.equal(dead.attempts, 3)
    assert.equal(dead.lastError, 'planned failure on attempt 3')
    assert.lengthOf(await effects(), 1, 'the step before the failure ran once across 3 attempts')
    const installation = await PluginInstallation.findByOrFail('plugin_id', 'fixture-events')
    assert.equal(installation.lastErrorHook, 'ticket.created')
    assert.equal(installation.lastError, 'planned failure on attempt 3')
    const notifications = await deliveriesOf('core:notifications')
    assert.isTrue(
      notifications.every((d) => d.status === 'ok'),
      'other subscribers are unaffected'
    )

    const counts = await Deliveries.counts(desk.organization.id)
    assert.deepEqual(counts.get('plugin:fixture-events'), { ok: 0, retried: 0, dead: 1 })

    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 0 })
    await Deliveries.retry(desk.organization.id, dead.id, { ...systemContext, actor: desk.admin })
    await drainEvents()
    await dead.refresh()
    assert.equal(dead.status, 'ok')
    assert.equal(dead.attempts, 4)
    assert.lengthOf(await effects(), 1, 'the retry did not repeat the recorded step')
    const after = await Deliveries.counts(desk.organization.id)
    assert.deepEqual(after.get('plugin:fixture-events'), {
      ok: 1,
      retried: 1,
      dead: 0,
    })
  }).timeout(60_000)

  test('a plugin disabled after the event was published skips its delivery', async ({ assert }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 0 })
    await openTicket(desk.customer, desk.it.id)
    const { default: Installations } = await import('#platform/installations')
    await Installations.disable(desk.organization.id, 'fixture-events', systemContext)
    Installations.forget()
    await drainEvents()
    const [delivery] = await deliveriesOf('plugin:fixture-events')
    assert.equal(delivery.status, 'skipped')
    assert.lengthOf(await effects(), 0)
  })

  test('a delivery that is not dead cannot be retried', async ({ assert }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 0 })
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()
    const [delivery] = await deliveriesOf('plugin:fixture-events')
    await assert.rejects(
      () => Deliveries.retry(desk.organization.id, delivery.id, systemContext),
      'Only a failed delivery can be retried.'
    )
    const other = await helpdesk()
    await assert.rejects(() => Deliveries.retry(other.organization.id, delivery.id, systemContext))
    const jobs = await queue(QUEUES.events).getJobCounts('waiting', 'delayed')
    assert.deepEqual(jobs, { waiting: 0, delayed: 0 })
  })
})
