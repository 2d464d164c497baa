import { test } from '@japa/runner'
import { isolate } from '#tests/support/world'
import { directSeries } from '#tests/support/report_counts'
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

  test('customers have no desk figures', async ({ client }) => {
    const desk = await fourDays()
    const response = await client.get('/desk/figures').loginAs(desk.customer).redirects(0)
    response.assertStatus(403)
  })
})
