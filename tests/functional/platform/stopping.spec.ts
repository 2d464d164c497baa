import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Organization from '#models/organization'
import EventDelivery from '#models/event_delivery'
import PluginInstallation from '#models/plugin_installation'
import { deliveries, QUEUES } from '#config/queue'
import { runSchedule } from '#platform/plugin_schedules'
import Installations from '#platform/installations'
import { queue } from '#services/queue/queue_registry'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { deliveriesOf, drainEvents, enablePlugin } from '#tests/support/plugins'
import { eventually, startWorkerProcess } from '#tests/support/worker_process'

type Observation = {
  hook: string
  attempt: number
  started_at: Date
  ended_at: Date | null
  reason: string | null
}

const observations = (hook: string): Promise<Observation[]> =>
  db.from('fixture_signals_observations').where('hook', hook).orderBy('id')

/** Timers may fire a millisecond early against the clock, and the rows store what the handler saw. */
const TIMER_SLACK_MS = 20

const lasted = (row: Observation) => row.ended_at!.getTime() - row.started_at.getTime()

test.group('Signals: every handler is told when its budget runs out', (group) => {
  isolate(group)
  let budget = deliveries.handlerTimeoutMs
  group.each.setup(() => {
    budget = deliveries.handlerTimeoutMs
    return () => {
      deliveries.handlerTimeoutMs = budget
    }
  })

  test('an event handler sees its signal fire at the budget, and its retry starts only after it stopped', async ({
    assert,
  }) => {
    deliveries.handlerTimeoutMs = 400
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-signals')
    await openTicket(desk.customer, desk.it.id)
    await drainEvents()

    const [first, second] = await observations('ticket.created')
    assert.deepEqual(
      [first.attempt, first.reason, second.attempt, second.reason],
      [1, 'HookTimeout', 2, 'HookTimeout']
    )
    assert.isAtLeast(lasted(first), 400 - TIMER_SLACK_MS)
    assert.isAtLeast(
      second.started_at.getTime(),
      first.ended_at!.getTime(),
      'the retry did not run beside the attempt it replaced'
    )
    const [delivery] = await deliveriesOf('plugin:fixture-signals')
    assert.equal(delivery.status, 'dead')
    assert.include(delivery.lastError, 'took longer than its 400 ms budget')
  }).timeout(30_000)

  test('a provider sees its signal fire at its budget, and the request goes on without it', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-signals')
    const ticket = await openTicket(desk.customer, desk.it.id)
    await ticket.refresh()
    assert.isNull(ticket.assigneeId, 'filed, unassigned')
    const [row] = await eventually(
      async () => {
        const rows = await observations('ticket.assignment_strategy')
        return rows[0]?.ended_at ? rows : null
      },
      5000,
      'the provider recorded its signal'
    )
    assert.equal(row.reason, 'HookTimeout')
    assert.isAtLeast(lasted(row), 1000 - TIMER_SLACK_MS)
  }).timeout(30_000)

  test("a schedule's run for one organization sees its signal fire at the schedule's budget", async ({
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-signals')
    const outcome = await runSchedule({
      data: {
        pluginId: 'fixture-signals',
        schedule: 'wait',
        organizationId: desk.organization.id,
        tick: Date.now(),
      },
    } as Parameters<typeof runSchedule>[0])
    assert.equal(outcome, 'failed')
    const [row] = await observations('schedule:wait')
    assert.equal(row.reason, 'HookTimeout')
    assert.isAtLeast(lasted(row), 1000 - TIMER_SLACK_MS)
    const installation = await PluginInstallation.findByOrFail('plugin_id', 'fixture-signals')
    assert.equal(installation.lastErrorHook, 'schedule:wait')
    assert.include(installation.lastError, 'budget')
  }).timeout(30_000)
})

/**
 * Real worker processes, which cannot see a test transaction: these tests
 * commit their data and delete their organizations afterwards.
 */
test.group('Signals and schedules across worker processes', (group) => {
  const organizations: number[] = []
  const stops: (() => Promise<unknown>)[] = []
  group.each.teardown(async () => {
    for (const stop of stops.splice(0).reverse()) {
      await stop()
    }
    await Organization.query().whereIn('id', organizations.splice(0)).delete()
    await db.from('fixture_signals_observations').delete()
    await db.from('fixture_slow_schedule_runs').delete()
    Installations.forget()
  })

  test('SIGTERM: after the grace period the handler is signalled, and its delivery waits for another worker without using an attempt', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    await enablePlugin(desk.organization, 'fixture-signals')
    const worker = await startWorkerProcess({ QUEUE_SHUTDOWN_GRACE_MS: '300' })
    stops.push(() => worker.stop())

    await openTicket(desk.customer, desk.it.id)
    await eventually(
      async () => {
        const rows = await observations('ticket.created')
        return rows.length > 0
      },
      20_000,
      'the handler started'
    )
    const ended = await worker.stop()

    assert.deepEqual(ended, { code: 0, signal: null }, worker.output())
    const [row] = await observations('ticket.created')
    assert.equal(row.reason, 'WorkerShutdown')
    const delivery = await EventDelivery.query()
      .where('organization_id', desk.organization.id)
      .where('subscriber', 'plugin:fixture-signals')
      .firstOrFail()
    assert.equal(delivery.status, 'pending')
    assert.equal(delivery.attempts, 0)
    assert.equal(delivery.lastError, 'the worker is shutting down')
    const jobs = await queue(QUEUES.events).getJobCounts('delayed', 'waiting', 'failed')
    assert.equal(jobs.delayed + jobs.waiting, 1, 'the job is back in the queue')
    assert.equal(jobs.failed, 0)
  }).timeout(60_000)

  test('a schedule that outlasts its interval never overlaps itself for an organization, even with two workers, and a slow organization does not hold up another', async ({
    assert,
  }) => {
    const slow = await helpdesk()
    const quick = await helpdesk()
    organizations.push(slow.organization.id, quick.organization.id)
    await enablePlugin(slow.organization, 'fixture-slow-schedule', { pauseMs: 2500 })
    await enablePlugin(quick.organization, 'fixture-slow-schedule', { pauseMs: 0 })
    const runsOf = async (organizationId: number) =>
      (await db
        .from('fixture_slow_schedule_runs')
        .where('organization_id', organizationId)
        .orderBy('started_at')) as { started_at: Date; ended_at: Date | null; pid: number }[]

    for (let i = 0; i < 2; i++) {
      const worker = await startWorkerProcess()
      stops.push(() => worker.stop())
    }
    await eventually(
      async () => {
        const runs = await runsOf(slow.organization.id)
        return runs.filter((run) => run.ended_at).length >= 2
      },
      40_000,
      'the slow organization ran twice'
    )
    for (const stop of stops.splice(0).reverse()) {
      await stop()
    }

    const allSlowRuns = await runsOf(slow.organization.id)
    const slowRuns = allSlowRuns.filter((run) => run.ended_at)
    for (let i = 1; i < slowRuns.length; i++) {
      assert.isAtLeast(
        slowRuns[i].started_at.getTime(),
        slowRuns[i - 1].ended_at!.getTime(),
        `run ${i + 1} started before run ${i} ended`
      )
    }
    const [firstSlow] = slowRuns
    const quickRuns = await runsOf(quick.organization.id)
    const during = quickRuns.filter(
      (run) => run.started_at > firstSlow.started_at && run.started_at < firstSlow.ended_at!
    )
    assert.isAtLeast(during.length, 1, 'the quick organization ran while the slow one was busy')
  }).timeout(90_000)
})
