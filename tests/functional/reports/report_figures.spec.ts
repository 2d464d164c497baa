import { test } from '@japa/runner'
import User from '#models/user'
import { isolate } from '#tests/support/world'
import { directAssignments, directSeries, directTimes } from '#tests/support/report_counts'
import { ZONE, fourDays } from '#tests/support/report_scenes'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

test.group('Reports: figures', (group) => {
  isolate(group)

  test('match direct counts of the tickets, whole desk and narrowed', async ({
    client,
    assert,
  }) => {
    const desk = await fourDays()
    const token = await bearer(desk.admin)
    const ask = (query: Record<string, string | number>) =>
      client.get('/api/v1/admin/reports').qs(query).bearerToken(token)
    const period = { from: '2026-03-01', to: '2026-03-06' }
    const org = desk.organization.id

    const cases = [
      {},
      { groupId: desk.it.id },
      { groupId: desk.facilities.id },
      { agentId: desk.agent.id },
      { agentId: desk.admin.id },
      { priority: 'high' },
    ]
    for (const narrow of cases) {
      const response = await ask({
        ...period,
        ...(narrow.groupId ? { group_id: narrow.groupId } : {}),
        ...(narrow.agentId ? { agent_id: narrow.agentId } : {}),
        ...(narrow.priority ? { priority: narrow.priority } : {}),
      })
      response.assertStatus(200)
      const report = response.body().data
      const label = JSON.stringify(narrow)
      assert.deepEqual(
        report.series,
        await directSeries(org, ZONE, period.from, period.to, narrow),
        label
      )
      const times = await directTimes(org, ZONE, period.from, period.to, narrow)
      assert.deepEqual(
        [report.times.first_response.median_minutes, report.times.first_response.p90_minutes],
        times.firstResponse,
        label
      )
      assert.deepEqual(
        [report.times.resolution.median_minutes, report.times.resolution.p90_minutes],
        times.resolution,
        label
      )
    }

    const wholeResponse = await ask(period)
    const whole = wholeResponse.body().data
    assert.equal(whole.period.zone, ZONE)
    assert.equal(whole.time_basis, 'calendar')
    // The late ticket of the 2nd belongs to the 2nd in New York.
    assert.deepEqual(
      whole.series.map((row: { created: number }) => row.created),
      [0, 3, 0, 0, 1, 0]
    )
    assert.deepEqual(whole.totals, {
      created: 4,
      resolved: 2,
      backlog: 2,
      reopened: 1,
      reopened_share: 0.5,
    })
    const assigned = await directAssignments(org, ZONE, period.from, period.to)
    assert.deepEqual(
      Object.fromEntries(
        whole.agents.map((row: { agent_id: number; assigned: number }) => [
          row.agent_id,
          row.assigned,
        ])
      ),
      assigned
    )
    const agentRow = whole.agents.find(
      (row: { agent_id: number }) => row.agent_id === desk.agent.id
    )
    assert.deepEqual(agentRow, {
      agent_id: desk.agent.id,
      name: desk.agent.name,
      assigned: 2,
      resolved: 1,
      median_first_response_minutes: 130,
    })
    assert.sameDeepMembers(whole.categories, [
      { category_id: desk.hardware.id, name: 'Hardware', created: 1, resolved: 1 },
      { category_id: null, name: null, created: 3, resolved: 1 },
    ])
  })

  test('weeks sum the days, and the backlog is the last day of each week', async ({
    client,
    assert,
  }) => {
    const desk = await fourDays()
    const token = await bearer(desk.admin)
    const days = await directSeries(desk.organization.id, ZONE, '2026-02-25', '2026-03-10')
    const response = await client
      .get('/api/v1/admin/reports')
      .qs({ from: '2026-02-25', to: '2026-03-10', interval: 'week' })
      .bearerToken(token)
    response.assertStatus(200)
    // Weeks start on Monday: 25 Feb (clipped), 2 Mar, 9 Mar.
    const weeks = [days.slice(0, 5), days.slice(5, 12), days.slice(12)]
    assert.deepEqual(
      response.body().data.series,
      weeks.map((week) => ({
        period: week[0].period,
        created: week.reduce((sum, day) => sum + day.created, 0),
        resolved: week.reduce((sum, day) => sum + day.resolved, 0),
        backlog: week.at(-1)!.backlog,
      }))
    )
  })

  test('a rebuild gives the rows the worker kept', async ({ assert }) => {
    const desk = await fourDays()
    const { default: db } = await import('@adonisjs/lucid/services/db')
    const { default: ReportRollups } = await import('#services/reports/report_rollups')
    const snapshot = async () => ({
      facts: await db
        .from('ticket_report_facts')
        .where('organization_id', desk.organization.id)
        .orderBy('ticket_id'),
      days: await db
        .from('ticket_daily_stats')
        .where('organization_id', desk.organization.id)
        .orderBy(['day', 'group_id', 'priority', 'category_id']),
      assignments: await db
        .from('ticket_report_assignments')
        .where('organization_id', desk.organization.id)
        .orderBy('event_id'),
      times: await db
        .from('ticket_month_times')
        .where('organization_id', desk.organization.id)
        .orderBy(['metric', 'month', 'group_id', 'priority', 'bucket']),
      agents: await db
        .from('ticket_month_agents')
        .where('organization_id', desk.organization.id)
        .orderBy(['month', 'agent_id', 'group_id', 'priority']),
      agentTimes: await db
        .from('ticket_month_agent_times')
        .where('organization_id', desk.organization.id)
        .orderBy(['month', 'agent_id', 'bucket']),
    })
    const kept = await snapshot()
    assert.isAbove(kept.days.length, 0)
    assert.isAbove(kept.times.length, 0)
    assert.isAbove(kept.agents.length, 0)
    assert.isAbove(kept.agentTimes.length, 0)
    await ReportRollups.rebuild(desk.organization.id)
    assert.deepEqual(await snapshot(), kept)
  })
})
