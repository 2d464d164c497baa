import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import ScheduleRunner from '#services/queue/schedule_runner'
import { pluginSchedules } from '#platform/plugin_schedules'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'

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

    const workers = [new ScheduleRunner(pluginSchedules()), new ScheduleRunner(pluginSchedules())]
    for (const worker of workers) {
      await worker.start()
    }
    await new Promise((resolve) => setTimeout(resolve, 4500))
    await Promise.all(workers.map((worker) => worker.stop()))

    const ticks = await db
      .from('fixture_schedule_ticks')
      .orderBy('created_at')
      .select('organization_id', 'created_at')
    const of = (organizationId: number) =>
      ticks.filter((tick) => tick.organization_id === organizationId).map((tick) => tick.created_at)
    const times = of(first.organization.id)
    assert.isAtLeast(times.length, 3)
    assert.isAtMost(times.length, 5, 'two workers did not double the ticks')
    assert.lengthOf(of(second.organization.id), times.length)
    assert.lengthOf(of(without.organization.id), 0)
    for (let i = 1; i < times.length; i++) {
      assert.isAtLeast(times[i].getTime() - times[i - 1].getTime(), 800)
    }
  }).timeout(20_000)
})
