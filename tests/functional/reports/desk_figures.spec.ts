import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { fakeClock } from '#platform/sdk/fake_clock'
import { isolate } from '#tests/support/world'
import { directAssignments, directSeries, directTimes } from '#tests/support/report_counts'
import { ZONE, fourDays } from '#tests/support/report_scenes'

test.group('Desk: my figures', (group) => {
  isolate(group)

  test("an agent's desk shows their own figures, and so does an admin's", async ({
    client,
    assert,
  }) => {
    const desk = await fourDays()
    for (const user of [desk.agent, desk.admin]) {
      const response = await client
        .get('/desk/figures?from=2026-03-01&to=2026-03-06&agent_id=999')
        .loginAs(user)
        .withInertia()
      response.assertStatus(200)
      const report = response.inertiaProps.report
      assert.equal(report.filters.agentId, user.id)
      const direct = await directSeries(desk.organization.id, ZONE, '2026-03-01', '2026-03-06', {
        agentId: user.id,
      })
      assert.deepEqual(report.series, direct)
      assert.deepEqual(
        report.agents.map((row: { agentId: number }) => row.agentId),
        [user.id]
      )
    }
  })

  test("the desk's home carries the agent's own figures of the last 30 days, nobody else's", async ({
    client,
    assert,
  }) => {
    const desk = await fourDays()
    // The desk's home always shows the last 30 days: stand on the scene's last day.
    const clock = fakeClock(DateTime.fromISO('2026-03-06T12:00', { zone: ZONE }))
    try {
      const from = '2026-02-05'
      const to = '2026-03-06'
      const assignments = await directAssignments(desk.organization.id, ZONE, from, to)
      for (const user of [desk.agent, desk.admin]) {
        const response = await client.get('/desk?queue=all').loginAs(user).withInertia()
        response.assertStatus(200)
        const direct = await directSeries(desk.organization.id, ZONE, from, to, {
          agentId: user.id,
        })
        const times = await directTimes(desk.organization.id, ZONE, from, to, {
          agentId: user.id,
        })
        assert.deepEqual(response.inertiaProps.myFigures, {
          from,
          to,
          assigned: assignments[user.id] ?? 0,
          resolved: direct.reduce((sum, day) => sum + day.resolved, 0),
          open: direct.at(-1)!.backlog,
          medianFirstResponseMinutes: times.firstResponse[0],
        })
      }
      // The two have different figures, so neither page could be showing the other's.
      const [agent, admin] = await Promise.all(
        [desk.agent, desk.admin].map(async (user) => {
          const response = await client.get('/desk').loginAs(user).withInertia()
          return response.inertiaProps.myFigures
        })
      )
      assert.notDeepEqual(agent, admin)
      assert.equal(agent.assigned, 2, 'the agent took tickets a and c')
      assert.equal(admin.assigned, 1, 'the admin took ticket b')
    } finally {
      clock.restore()
    }
  })

  test('customers have no desk figures', async ({ client }) => {
    const desk = await fourDays()
    const response = await client.get('/desk/figures').loginAs(desk.customer).redirects(0)
    response.assertStatus(403)
  })
})
