import { test } from '@japa/runner'
import { GroupFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import { agentsIn, setMode } from '#tests/support/assignment'

const TICKETS = 1000
const NAMES = ['Ana', 'Ben', 'Cai', 'Dee', 'Eli']

/**
 * Fairness, measured through the real intake: 1,000 tickets opened one by
 * one into a group of five agents, nobody closing any. Each ticket is
 * assigned as it is opened, so the spread is checked after every one.
 */
test.group('Automatic assignment: fairness', (group) => {
  isolate(group)

  async function team() {
    const staff = await organizationWithStaff()
    const queue = await GroupFactory.merge({
      organizationId: staff.organization.id,
      name: 'Fairness',
    }).create()
    const agents = await agentsIn(staff.organization, queue, NAMES)
    return { ...staff, queue, agents }
  }

  test('round robin: exactly even after every round of five', async ({ assert }) => {
    const { customer, queue, agents } = await team()
    await setMode(queue, 'round_robin')
    const counts = new Map(agents.map((agent) => [agent.id, 0]))
    for (let i = 1; i <= TICKETS; i++) {
      const ticket = await openTicket(customer, queue.id)
      assert.isTrue(counts.has(ticket.assigneeId!), `ticket ${i} went to a member`)
      counts.set(ticket.assigneeId!, counts.get(ticket.assigneeId!)! + 1)
      if (i % agents.length === 0) {
        assert.deepEqual(new Set(counts.values()), new Set([i / agents.length]), `after ${i}`)
      }
    }
    assert.deepEqual([...counts.values()], [200, 200, 200, 200, 200])
  }).timeout(180_000)

  test('least active: never more than one apart, at any time', async ({ assert }) => {
    const { customer, queue, agents } = await team()
    await setMode(queue, 'least_active')
    const counts = new Map(agents.map((agent) => [agent.id, 0]))
    let widest = 0
    for (let i = 1; i <= TICKETS; i++) {
      const ticket = await openTicket(customer, queue.id)
      counts.set(ticket.assigneeId!, counts.get(ticket.assigneeId!)! + 1)
      const spread = Math.max(...counts.values()) - Math.min(...counts.values())
      widest = Math.max(widest, spread)
    }
    assert.equal(widest, 1)
    assert.deepEqual([...counts.values()], [200, 200, 200, 200, 200])
  }).timeout(180_000)
})
