import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import Group from '#models/group'
import Organization from '#models/organization'
import Ticket from '#models/ticket'
import AutoAssigner, { LOCK_SPACE } from '#services/assignment/auto_assigner'
import Installations from '#platform/installations'
import { runAce } from '#tests/support/ace_process'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { agentsIn, setMode } from '#tests/support/assignment'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'

/**
 * Several processes assigning the same queue at once, on committed data:
 * three `node ace assignment:run` processes (as workers are) and six
 * drains in this process on separate pool connections (as web requests
 * are), released together. A test transaction would put every query on one connection, so the
 * organizations are committed and deleted afterwards.
 */
test.group('Automatic assignment: several processes at once', (group) => {
  const organizations: number[] = []
  group.each.setup(async () => {
    await redis.flushdb()
    Installations.forget()
    return async () => {
      await Organization.query().whereIn('id', organizations.splice(0)).delete()
      Installations.forget()
    }
  })

  /** `count` tickets waiting in the group's queue, opened while it was off. */
  async function waiting(
    desk: Awaited<ReturnType<typeof helpdesk>>,
    groupId: number,
    count: number
  ) {
    const ids: number[] = []
    for (let i = 0; i < count; i++) {
      const ticket = await openTicket(desk.customer, groupId, { title: `Waiting ${i}` })
      ids.push(ticket.id)
    }
    await Ticket.query()
      .whereIn('id', ids)
      .update({ assignmentQueuedAt: db.raw('created_at') })
    return ids
  }

  /**
   * Holds the organization's assignment lock while three processes and six
   * drains start, lets go once all nine wait on it, and waits for them: they
   * contend from the same instant, whatever each one's start-up time.
   */
  async function everyoneAtOnce(organizationId: number, groupId: number) {
    const knex = db.connection().getWriteClient()
    const holder = await knex.client.acquireConnection()
    try {
      await holder.query('SELECT pg_advisory_lock($1, $2)', [LOCK_SPACE, organizationId])
      const runs = Promise.all([
        runAce(['assignment:run']),
        runAce(['assignment:run']),
        runAce(['assignment:run']),
        ...Array.from({ length: 6 }, () => AutoAssigner.drainGroup(organizationId, groupId)),
      ])
      while ((await waitingOnLock(organizationId)) < 9) {
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
      await holder.query('SELECT pg_advisory_unlock($1, $2)', [LOCK_SPACE, organizationId])
      const [first, second, third] = await runs
      for (const run of [first, second, third]) {
        if (run.code !== 0) throw new Error(run.stderr)
      }
    } finally {
      await knex.client.releaseConnection(holder)
    }
  }

  async function waitingOnLock(organizationId: number) {
    const result = await db.rawQuery(
      `SELECT count(*)::int AS waiting FROM pg_locks
        WHERE locktype = 'advisory' AND NOT granted AND classid = ? AND objid = ?`,
      [LOCK_SPACE, organizationId]
    )
    return result.rows[0].waiting as number
  }

  async function assigneeEntryCounts(ids: number[]) {
    const rows = await db
      .from('ticket_history')
      .whereIn('ticket_id', ids)
      .where('field', 'assignee')
      .groupBy('ticket_id')
      .select('ticket_id', db.raw('count(*)::int AS entries'))
    return rows.map((row) => row.entries as number)
  }

  async function loads(ids: number[]) {
    const rows = await db
      .from('tickets')
      .whereIn('id', ids)
      .whereNotNull('assignee_id')
      .groupBy('assignee_id')
      .select('assignee_id', db.raw('count(*)::int AS tickets'))
    return new Map(rows.map((row) => [row.assignee_id as number, row.tickets as number]))
  }

  test('least active with a cap: never past the cap, never assigned twice', async ({ assert }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    const agents = [desk.agent, ...(await agentsIn(desk.organization, desk.it, ['Kim', 'Lee']))]
    const ids = await waiting(desk, desk.it.id, 20)
    await Group.query()
      .where('id', desk.it.id)
      .update({ assignmentMode: 'least_active', assignmentMaxOpen: 2 })

    await everyoneAtOnce(desk.organization.id, desk.it.id)

    let load = await loads(ids)
    assert.deepEqual(
      agents.map((agent) => load.get(agent.id)),
      [2, 2, 2]
    )
    assert.deepEqual(await assigneeEntryCounts(ids), [1, 1, 1, 1, 1, 1])
    // The oldest six went first; the rest still wait, in order.
    const assigned = await Ticket.query().whereIn('id', ids).whereNotNull('assignee_id')
    assert.sameMembers(
      assigned.map((ticket) => ticket.id),
      ids.slice(0, 6)
    )

    await Group.query().where('id', desk.it.id).update({ assignmentMaxOpen: 5 })
    await everyoneAtOnce(desk.organization.id, desk.it.id)
    load = await loads(ids)
    assert.deepEqual(
      agents.map((agent) => load.get(agent.id)),
      [5, 5, 5]
    )
    const entries = await assigneeEntryCounts(ids)
    assert.lengthOf(entries, 15)
    assert.isTrue(entries.every((count) => count === 1))
  }).timeout(120_000)

  test('round robin: the turn order holds with everyone assigning at once', async ({ assert }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    const agents = [desk.agent, ...(await agentsIn(desk.organization, desk.it, ['Kim', 'Lee']))]
    const ids = await waiting(desk, desk.it.id, 30)
    await Group.query().where('id', desk.it.id).update({ assignmentMode: 'round_robin' })

    await everyoneAtOnce(desk.organization.id, desk.it.id)

    const load = await loads(ids)
    assert.deepEqual(
      agents.map((agent) => load.get(agent.id)),
      [10, 10, 10]
    )
    const entries = await assigneeEntryCounts(ids)
    assert.lengthOf(entries, 30)
    assert.isTrue(entries.every((count) => count === 1))
    // In ticket order the agents take turns: every window of three holds each once.
    const order = await Ticket.query().whereIn('id', ids).orderBy('id')
    for (let i = 0; i < order.length; i += 3) {
      assert.sameMembers(
        order.slice(i, i + 3).map((ticket) => ticket.assigneeId),
        agents.map((agent) => agent.id)
      )
    }
  }).timeout(120_000)

  test('switching a mode on while a ticket is being assigned by hand leaves that ticket out of the queue', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    organizations.push(desk.organization.id)
    const [kim] = await agentsIn(desk.organization, desk.it, ['Kim'])
    const backlog = []
    for (let i = 0; i < 3; i++) {
      backlog.push(await openTicket(desk.customer, desk.it.id, { title: `Backlog ${i}` }))
    }
    const held = backlog[1]

    let switched: Promise<unknown> = Promise.resolve()
    await db.transaction(async (trx) => {
      await TicketWorkflow.update(held, { assigneeId: kim.id }, systemContext, trx)
      switched = setMode(desk.it, 'round_robin')
      // The switch's UPDATE of the backlog now waits for this transaction's row lock.
      while ((await waitingOnLocks()) === 0) {
        await new Promise((resolve) => setTimeout(resolve, 50))
      }
    })
    await switched

    const rows = await Ticket.query()
      .whereIn(
        'id',
        backlog.map((ticket) => ticket.id)
      )
      .orderBy('id')
    assert.deepEqual(
      rows.map((row) => [row.assigneeId, row.assignmentQueuedAt !== null]),
      [
        [null, true],
        [kim.id, false],
        [null, true],
      ]
    )
    assert.equal(await AutoAssigner.drainGroup(desk.organization.id, desk.it.id), 2)
    assert.deepEqual(await assigneeEntryCounts(backlog.map((ticket) => ticket.id)), [1, 1, 1])
  }).timeout(30_000)

  async function waitingOnLocks() {
    const result = await db.rawQuery(
      `SELECT count(*)::int AS waiting FROM pg_stat_activity
        WHERE datname = current_database() AND wait_event_type = 'Lock'`
    )
    return result.rows[0].waiting as number
  }
})
