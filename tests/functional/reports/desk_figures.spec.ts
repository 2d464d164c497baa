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

  test("the desk's home asks for the agent's own figures of the last 30 days, nobody else's", async ({
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
      // The queue comes without them: the page asks for them afterwards.
      const plain = await client.get('/desk?queue=all').loginAs(desk.agent).withInertia()
      plain.assertStatus(200)
      assert.notProperty(plain.inertiaProps, 'myFigures')
      assert.deepEqual(plain.body().deferredProps, { default: ['myFigures'] })

      const myFigures = async (user: typeof desk.agent) => {
        const response = await client
          .get('/desk?queue=all')
          .loginAs(user)
          .withInertia()
          .withInertiaPartialReload('desk/tickets/index', ['myFigures'])
        response.assertStatus(200)
        return response.inertiaProps.myFigures
      }
      for (const user of [desk.agent, desk.admin]) {
        const direct = await directSeries(desk.organization.id, ZONE, from, to, {
          agentId: user.id,
        })
        const times = await directTimes(desk.organization.id, ZONE, from, to, {
          agentId: user.id,
        })
        assert.deepEqual(await myFigures(user), {
          from,
          to,
          assigned: assignments[user.id] ?? 0,
          resolved: direct.reduce((sum, day) => sum + day.resolved, 0),
          open: direct.at(-1)!.backlog,
          medianFirstResponseMinutes: times.firstResponse[0],
        })
      }
      // The two have different figures, so neither could be shown the other's.
      const [agent, admin] = [await myFigures(desk.agent), await myFigures(desk.admin)]
      assert.notDeepEqual(agent, admin)
      assert.equal(agent.assigned, 2, 'the agent took tickets a and c')
      assert.equal(admin.assigned, 1, 'the admin took ticket b')
    } finally {
      clock.restore()
    }
  })

  test("the figures' partial reload answers no flash: the page has shown it, once", async ({
    client,
    assert,
  }) => {
    const desk = await fourDays()
    const flashed = { success: '2 ticket(s) updated.' }
    const page = await client
      .get('/desk?queue=all')
      .loginAs(desk.agent)
      .withFlashMessages(flashed)
      .withInertia()
    assert.equal(page.body().flash?.success, '2 ticket(s) updated.')
    // As when the reload wins the race with the page's session commit: the flash is still there.
    const reload = await client
      .get('/desk?queue=all')
      .loginAs(desk.agent)
      .withFlashMessages(flashed)
      .withInertia()
      .withInertiaPartialReload('desk/tickets/index', ['myFigures'])
    reload.assertStatus(200)
    assert.property(reload.inertiaProps, 'myFigures')
    assert.isUndefined(reload.body().flash?.success)
  })

  test('customers have no desk figures', async ({ client }) => {
    const desk = await fourDays()
    const response = await client.get('/desk/figures').loginAs(desk.customer).redirects(0)
    response.assertStatus(403)
  })
})
