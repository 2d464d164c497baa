import { test } from '@japa/runner'
import redis from '@adonisjs/redis/services/main'
import { DateTime } from 'luxon'
import Organization from '#models/organization'
import Ticket from '#models/ticket'
import User from '#models/user'
import Installations from '#platform/installations'
import { startWorkerProcess } from '#tests/support/worker_process'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { setAvailable, setAway, setMode } from '#tests/support/assignment'

/** Polls the ticket until it has an assignee or `ms` have passed; answers the assignee. */
async function assigneeWithin(ticketId: number, ms: number) {
  const deadline = Date.now() + ms
  while (Date.now() < deadline) {
    const ticket = await Ticket.findOrFail(ticketId)
    if (ticket.assigneeId !== null) return ticket.assigneeId
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
  return null
}

/**
 * The real worker assigns what waits: at once when an agent comes back
 * (a queued job), and by its 5-second sweep when nothing told it (an away
 * that simply ended). Committed data: the worker is another process.
 */
test.group('Automatic assignment: the worker', (group) => {
  const organizations: number[] = []
  group.each.setup(async () => {
    await redis.flushdb()
    Installations.forget()
    return async () => {
      await Organization.query().whereIn('id', organizations.splice(0)).delete()
      Installations.forget()
    }
  })

  test('a waiting ticket is assigned by the worker when its agent comes back, or their away ends', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    await setMode(desk.it, 'least_active')
    await setAway(desk.agent)
    const worker = await startWorkerProcess()
    try {
      const first = await openTicket(desk.customer, desk.it.id)
      assert.isNull(first.assigneeId)

      await setAvailable(desk.agent)
      assert.equal(await assigneeWithin(first.id, 10_000), desk.agent.id, worker.output())

      // Away until a moment that passes with no request at all: only the sweep can notice.
      await setAway(desk.agent, DateTime.now().plus({ seconds: 2 }))
      const second = await openTicket(desk.customer, desk.it.id)
      assert.isNull(second.assigneeId)
      const agent = await User.findOrFail(desk.agent.id)
      assert.isTrue(agent.isAway)
      assert.equal(await assigneeWithin(second.id, 12_000), desk.agent.id, worker.output())
    } finally {
      await worker.stop()
    }
  }).timeout(90_000)
})
