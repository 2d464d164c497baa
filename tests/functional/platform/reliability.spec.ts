import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import User from '#models/user'
import Organization from '#models/organization'
import OutboxEvent from '#models/outbox_event'
import EventDelivery from '#models/event_delivery'
import { startServerProcess } from '#tests/support/server_process'
import { eventually, startRedisProcess, startWorkerProcess } from '#tests/support/worker_process'
import { mailbox } from '#tests/support/mailbox'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import Installations from '#platform/installations'
import { queue } from '#services/queue/queue_registry'
import { QUEUES } from '#config/queue'
import { systemContext } from '#services/request_context'

/**
 * The platform's promises under real failures, with real processes: a web
 * server and workers started as the product runs them, a Redis that is
 * stopped and started, a worker killed in the middle of a job. Those
 * processes cannot see a test transaction, so these tests commit their
 * data and delete their organizations afterwards.
 */
test.group('Reliability', (group) => {
  const organizations: number[] = []
  const stops: (() => Promise<unknown>)[] = []
  group.each.setup(() => mailbox.clear())
  group.each.teardown(async () => {
    for (const stop of stops.splice(0).reverse()) {
      await stop()
    }
    await Organization.query().whereIn('id', organizations.splice(0)).delete()
    Installations.forget()
  })

  /** Waits until fixture-events recorded its first step for the ticket. */
  function firstStepDone(ticketId: number, what: string) {
    return eventually(
      async () => {
        const rows = await db.from('fixture_events_effects').where('ticket_id', ticketId)
        return rows.length > 0
      },
      20_000,
      what
    )
  }

  async function token(user: User) {
    const issued = await User.accessTokens.create(user)
    return issued.value!.release()
  }

  test('a ticket created while Redis is down succeeds, and its notifications go out once Redis is back', async ({
    assert,
  }) => {
    const redis = await startRedisProcess()
    stops.push(() => redis.stop())
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    const env = {
      REDIS_PORT: String(redis.port),
      REDIS_DB: '0',
      OUTBOX_SWEEP_MS: '300',
      SESSION_STORE: 'redis',
    }
    const server = await startServerProcess(env)
    stops.push(() => server.stop())
    assert.isNull(server.exitCode, server.output())
    const worker = await startWorkerProcess(env)
    stops.push(() => worker.stop())

    await redis.stop()
    const created = await fetch(`${server.url}/api/v1/tickets`, {
      method: 'POST',
      headers: {
        'authorization': `Bearer ${await token(desk.customer)}`,
        'content-type': 'application/json',
        'accept': 'application/json',
      },
      body: JSON.stringify({
        group_id: desk.it.id,
        title: 'Written while Redis was down',
        description: 'Nothing may be lost.',
      }),
    })
    const body = (await created.json()) as { data: { id: number; reference: string } }
    assert.equal(created.status, 201, JSON.stringify(body))

    const event = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'ticket.created')
      .firstOrFail()
    const waiting = await EventDelivery.query()
      .where('outbox_event_id', event.id)
      .where('subscriber', 'core:notifications')
      .firstOrFail()
    assert.deepInclude(
      { status: waiting.status, attempts: waiting.attempts },
      { status: 'pending', attempts: 0 },
      'the delivery, written with the ticket, waits for the sweep'
    )
    assert.lengthOf(await mailbox.all(), 0)

    const back = await startRedisProcess(redis.port)
    stops.push(() => back.stop())
    const receipt = await eventually(
      async () => {
        const mails = await mailbox.all()
        return mails.find((mail) => mail.envelope.to.includes(desk.customer.email))
      },
      30_000,
      'the receipt after Redis came back'
    )
    assert.include(receipt.subject, body.data.reference)
    await eventually(
      () =>
        EventDelivery.query()
          .where('outbox_event_id', event.id)
          .where('subscriber', 'core:notifications')
          .where('status', 'ok')
          .first(),
      10_000,
      'the delivery recorded as done'
    )
    const mails = await mailbox.all()
    const receipts = mails.filter((mail) => mail.envelope.to.includes(desk.customer.email))
    assert.lengthOf(receipts, 1, 'sent once, not once per publisher')
  }).timeout(90_000)

  test('a worker killed in the middle of a job: another worker retries it and the done step is not repeated', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    await enablePlugin(desk.organization, 'fixture-events', {
      failAttempts: 0,
      hangOnFirstAttempt: true,
    })
    const fast = { QUEUE_STALLED_MS: '1500' }
    const first = await startWorkerProcess(fast)
    stops.push(() => first.stop())

    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Crash test' })
    const effects = () => db.from('fixture_events_effects').where('ticket_id', ticket.id)
    await firstStepDone(ticket.id, 'the first attempt ran its step')
    await first.kill()

    const second = await startWorkerProcess(fast)
    stops.push(() => second.stop())
    const delivery = await eventually(
      () =>
        EventDelivery.query()
          .where('organization_id', desk.organization.id)
          .where('subscriber', 'plugin:fixture-events')
          .where('status', 'ok')
          .first(),
      30_000,
      'the retried delivery completed'
    )
    assert.equal(delivery.attempts, 2)
    const rows = await effects()
    assert.lengthOf(rows, 1, 'the step that completed before the crash ran once')
    assert.equal(rows[0].attempt, 1)
  }).timeout(90_000)

  test('a running server logs a throwing filter with its plugin and hook, and files the ticket', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    await enablePlugin(desk.organization, 'fixture-filters', { mode: 'throw' })
    const server = await startServerProcess()
    stops.push(() => server.stop())

    const created = await fetch(`${server.url}/api/v1/tickets`, {
      method: 'POST',
      headers: {
        'authorization': `Bearer ${await token(desk.customer)}`,
        'content-type': 'application/json',
        'accept': 'application/json',
      },
      body: JSON.stringify({ group_id: desk.it.id, title: 'Printer jam', description: 'Tray 2.' }),
    })
    assert.equal(created.status, 201)

    const line = await eventually(
      async () =>
        server
          .output()
          .split('\n')
          .filter((entry) => entry.startsWith('{'))
          .map((entry) => JSON.parse(entry) as Record<string, unknown>)
          .find((entry) => entry.plugin === 'fixture-filters'),
      5000,
      'a log line about the plugin'
    )
    assert.equal(line.hook, 'ticket.creating')
    assert.equal(line.organizationId, desk.organization.id)
    assert.include(JSON.stringify(line), 'fixture filter exploded')
  }).timeout(60_000)

  test('SIGTERM lets the job in progress finish, then the worker exits cleanly', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    await enablePlugin(desk.organization, 'fixture-events', { failAttempts: 0, pauseMs: 3000 })
    const worker = await startWorkerProcess()
    stops.push(() => worker.stop())

    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Shutdown test' })
    const effects = () => db.from('fixture_events_effects').where('ticket_id', ticket.id)
    await firstStepDone(ticket.id, 'the job started: its first step is done, its pause has begun')
    const ended = await worker.stop()

    assert.deepEqual(ended, { code: 0, signal: null }, worker.output())
    assert.include(worker.output(), 'stopping: finishing the jobs in progress')
    const [row] = await effects()
    assert.equal(row.label, 'finished', 'the job ran to its end before the process left')
    const delivery = await EventDelivery.query()
      .where('organization_id', desk.organization.id)
      .where('subscriber', 'plugin:fixture-events')
      .firstOrFail()
    assert.equal(delivery.status, 'ok')
    assert.equal(delivery.attempts, 1)
  }).timeout(60_000)

  test('enabling and disabling a plugin reaches a running web process and worker within 2 seconds', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    const server = await startServerProcess()
    stops.push(() => server.stop())
    const worker = await startWorkerProcess()
    stops.push(() => worker.stop())
    const bearer = await token(desk.agent)
    const ping = async () => {
      const response = await fetch(`${server.url}/api/v1/plugins/fixture-panels/ping`, {
        headers: { authorization: `Bearer ${bearer}`, accept: 'application/json' },
      })
      return response.status
    }
    assert.equal(await ping(), 404)

    await enablePlugin(desk.organization, 'fixture-panels')
    await eventually(
      async () => {
        const status = await ping()
        return status === 200
      },
      2000,
      'web: the route appears'
    )
    await Installations.disable(desk.organization.id, 'fixture-panels', systemContext)
    await eventually(
      async () => {
        const status = await ping()
        return status === 404
      },
      2000,
      'web: the route disappears'
    )

    const ticks = () =>
      db.from('fixture_schedule_ticks').where('organization_id', desk.organization.id)
    await enablePlugin(desk.organization, 'fixture-schedule')
    await eventually(
      async () => {
        const rows = await ticks()
        return rows.length > 0
      },
      2000,
      'worker: the schedule runs'
    )
    await Installations.disable(desk.organization.id, 'fixture-schedule', systemContext)
    /**
     * Counted in the scheduler's own ticks, not in wall-clock time: a tick
     * fanned out after the switch no longer includes the organization, and a
     * run queued just before it finds the plugin disabled within a second.
     */
    const scheduler = () =>
      queue(QUEUES.schedules)
        .getJobScheduler('plugin.fixture-schedule.tick')
        .then((found) => found?.iterationCount ?? 0)
    const firedAtDisable = await scheduler()
    await eventually(
      async () => (await scheduler()) >= firedAtDisable + 2,
      10_000,
      'two ticks after disabling'
    )
    const settledRows = await ticks()
    const settled = settledRows.length
    const firedThen = await scheduler()
    await eventually(async () => (await scheduler()) >= firedThen + 2, 10_000, 'two more ticks')
    assert.lengthOf(await ticks(), settled, 'worker: no run once the switch reached it')
  }).timeout(90_000)
})
