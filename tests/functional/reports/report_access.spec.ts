import { test } from '@japa/runner'
import User from '#models/user'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents } from '#tests/support/plugins'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

test.group('Reports: who sees what', (group) => {
  isolate(group)

  test("another organization's group or agent is a 422 on the field, never its figures", async ({
    client,
    assert,
  }) => {
    const ours = await helpdesk()
    const theirs = await helpdesk()
    await openTicket(theirs.customer, theirs.it.id)
    await drainEvents()
    const token = await bearer(ours.admin)
    const byGroup = await client
      .get('/api/v1/admin/reports')
      .qs({ group_id: theirs.it.id })
      .bearerToken(token)
    byGroup.assertStatus(422)
    assert.deepEqual(Object.keys(byGroup.body().details), ['group_id'])
    const byAgent = await client
      .get('/api/v1/admin/reports')
      .qs({ agent_id: theirs.agent.id })
      .bearerToken(token)
    byAgent.assertStatus(422)
    assert.deepEqual(Object.keys(byAgent.body().details), ['agent_id'])
    const own = await client.get('/api/v1/admin/reports').bearerToken(token)
    own.assertStatus(200)
    assert.equal(own.body().data.totals.created, 0)
  })

  test('an agent receives their own figures whatever agent_id says', async ({ client, assert }) => {
    const desk = await helpdesk()
    await desk.it.related('members').attach([desk.admin.id])
    const as = { ...systemContext, actor: desk.admin }
    const mine = await openTicket(desk.customer, desk.it.id)
    const other = await openTicket(desk.customer, desk.it.id)
    await TicketWorkflow.assign(mine, desk.agent.id, as)
    await TicketWorkflow.assign(other, desk.admin.id, as)
    await drainEvents()
    const response = await client
      .get('/api/v1/admin/reports')
      .qs({ agent_id: desk.admin.id })
      .bearerToken(await bearer(desk.agent))
    response.assertStatus(200)
    const report = response.body().data
    assert.equal(report.filters.agent_id, desk.agent.id)
    assert.equal(report.totals.created, 1)
    assert.deepEqual(
      report.agents.map((row: { agent_id: number }) => row.agent_id),
      [desk.agent.id]
    )
  })

  test('refuses a period that ends before it starts, or a bad interval, field by field', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await client
      .get('/api/v1/admin/reports')
      .qs({ from: '2026-03-10', to: '2026-03-01', interval: 'month', priority: 'urgent' })
      .bearerToken(await bearer(desk.admin))
    response.assertStatus(422)
    assert.sameMembers(Object.keys(response.body().details), ['to', 'interval', 'priority'])
  })
})
