import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import db from '@adonisjs/lucid/services/db'
import ScheduleRunner, { CORE_SCHEDULES } from '#services/queue/schedule_runner'
import { pluginSchedules, startScheduleRunWorker } from '#platform/plugin_schedules'
import { queue } from '#services/queue/queue_registry'
import { QUEUES } from '#config/queue'
import PluginPrune from '#commands/plugin_prune'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { eventually } from '#tests/support/worker_process'

const TICK = 'plugin.fixture-schedule.tick'

/** How many times the scheduler fired the tick, as BullMQ counts them. */
async function ticksFired() {
  const scheduler = await queue(QUEUES.schedules).getJobScheduler(TICK)
  return scheduler?.iterationCount ?? 0
}

test.group('Plugin schedules', (group) => {
  isolate(group)

  test('a schedule fires once per interval however many workers run, for each organization that enabled it', async ({
    assert,
  }) => {
    const first = await helpdesk()
    const second = await helpdesk()
    const without = await helpdesk()
    await enablePlugin(first.organization, 'fixture-schedule')
    await enablePlugin(second.organization, 'fixture-schedule')
    const rowsOf = async (organizationId: number) => {
      const rows = await db.from('fixture_schedule_ticks').where('organization_id', organizationId)
      return rows.length
    }

    const runners = [new ScheduleRunner(pluginSchedules()), new ScheduleRunner(pluginSchedules())]
    const runWorkers = [startScheduleRunWorker(), startScheduleRunWorker()]
    for (const runner of runners) {
      await runner.start()
    }
    await eventually(
      async () => (await rowsOf(first.organization.id)) >= 3,
      20_000,
      'three runs for the first organization'
    )
    await Promise.all(runners.map((runner) => runner.stop()))
    const runs = queue(QUEUES.scheduleRuns)
    await eventually(
      async () => {
        const pending = await runs.getJobCounts('waiting', 'active', 'delayed')
        return Object.values(pending).every((count) => count === 0)
      },
      10_000,
      'the fanned-out runs finished'
    )
    await Promise.all(runWorkers.map((worker) => worker.close()))

    const fired = await ticksFired()
    const completed = await runs.getJobs(['completed'])
    const firstRows = await rowsOf(first.organization.id)
    assert.isAtMost(firstRows, fired, 'two workers did not double the runs')
    assert.equal(
      firstRows,
      completed.filter((job) => job.data.organizationId === first.organization.id).length
    )
    assert.equal(
      await rowsOf(second.organization.id),
      completed.filter((job) => job.data.organizationId === second.organization.id).length
    )
    assert.isAtLeast(await rowsOf(second.organization.id), 2)
    assert.equal(await rowsOf(without.organization.id), 0)
    const ids = completed.map((job) => job.id)
    assert.lengthOf(new Set(ids), ids.length)
  }).timeout(30_000)

  test('a tick fanned out twice queues one run per organization; a later tick skips an organization whose run is still pending', async ({
    assert,
  }) => {
    const first = await helpdesk()
    const second = await helpdesk()
    await enablePlugin(first.organization, 'fixture-schedule')
    await enablePlugin(second.organization, 'fixture-schedule')
    const tick = pluginSchedules().find((schedule) => schedule.id === TICK)!
    const runs = queue(QUEUES.scheduleRuns)

    await tick.run({ at: 1_000_000 })
    await tick.run({ at: 1_000_000 })
    const once = await runs.getJobs(['waiting'])
    assert.sameMembers(
      once.map((job) => job.data.organizationId),
      [first.organization.id, second.organization.id]
    )

    await tick.run({ at: 1_001_000 })
    const later = await runs.getJobs(['waiting'])
    assert.lengthOf(later, 2, 'no second run queued beside a pending one')
    assert.sameMembers(
      later.map((job) => job.data.tick),
      [1_000_000, 1_000_000]
    )
  })

  test('a worker leaves schedulers it does not know alone; plugin:prune removes them', async ({
    assert,
  }) => {
    const schedules = queue(QUEUES.schedules)
    await schedules.upsertJobScheduler('plugin.removed-plugin.sweep', { every: 60_000 })
    const runner = new ScheduleRunner([...CORE_SCHEDULES, ...pluginSchedules()])
    await runner.start()
    await runner.stop()
    const keys = async () => {
      const found = await schedules.getJobSchedulers()
      return found.map((scheduler) => scheduler.key).sort()
    }
    assert.include(
      await keys(),
      'plugin.removed-plugin.sweep',
      'a rolling deploy may still want it'
    )

    ace.ui.switchMode('raw')
    try {
      const command = await ace.create(PluginPrune, [])
      await command.exec()
      command.assertSucceeded()
      command.assertLog('[ green(success) ] removed plugin.removed-plugin.sweep')
    } finally {
      ace.ui.switchMode('normal')
    }
    const left = await keys()
    assert.notInclude(left, 'plugin.removed-plugin.sweep')
    assert.include(left, 'tickets.close_resolved')
    assert.include(left, TICK)
  }).timeout(30_000)
})
