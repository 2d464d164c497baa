import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import type Organization from '#models/organization'
import { GroupFactory, OrganizationFactory, UserFactory } from '#database/factories/main'
import { nextTicketNumber } from '#services/tickets/ticket_numbers'
import { openTicket } from '#tests/support/tickets'

/**
 * Real concurrency needs real transactions, so this group does not use the
 * rolled-back test transaction: it commits, and deletes its organization
 * afterwards (everything below it cascades).
 */
test.group('Ticket numbers', (group) => {
  let organization: Organization
  group.each.setup(async () => {
    organization = await OrganizationFactory.merge({ ticketPrefix: 'NUM' }).create()
    return () => organization.delete()
  })

  test('20 tickets created at once get 20 distinct, consecutive numbers', async ({ assert }) => {
    const requester = await UserFactory.merge({ organizationId: organization.id }).create()
    const team = await GroupFactory.merge({ organizationId: organization.id }).create()
    const tickets = await Promise.all(
      Array.from({ length: 20 }, (_, n) =>
        openTicket(requester, team.id, { title: `Concurrent ${n}` })
      )
    )
    const numbers = tickets.map((ticket) => ticket.number).sort((a, b) => a - b)
    assert.deepEqual(
      numbers,
      Array.from({ length: 20 }, (_, n) => 1001 + n)
    )
    assert.sameMembers(
      tickets.map((ticket) => ticket.reference),
      numbers.map((n) => `NUM-${n}`)
    )
  }).timeout(60_000)

  test('taking a number does not wait for another creation to commit', async ({ assert }) => {
    // The organization's first number creates its sequence; that one time, others wait for it.
    await db.transaction((trx) => nextTicketNumber(organization.id, trx))
    await db.transaction(async (first) => {
      const held = await nextTicketNumber(organization.id, first)
      // With a counter row this second transaction would queue behind the first until its commit.
      const second = await db.transaction(async (trx) => {
        await trx.rawQuery(`SET LOCAL lock_timeout = '2s'`)
        return nextTicketNumber(organization.id, trx)
      })
      assert.equal(second, held + 1)
    })
  })

  test('a rolled-back creation never hands its number out again', async ({ assert }) => {
    const first = await db.transaction((trx) => nextTicketNumber(organization.id, trx))
    await db
      .transaction(async (trx) => {
        await nextTicketNumber(organization.id, trx)
        throw new Error('creation failed after taking a number')
      })
      .catch(() => {})
    const next = await db.transaction((trx) => nextTicketNumber(organization.id, trx))
    assert.equal(next, first + 2)
  })

  test('deleting an organization drops its number sequence', async ({ assert }) => {
    const other = await OrganizationFactory.create()
    await db.transaction((trx) => nextTicketNumber(other.id, trx))
    const name = `ticket_numbers_org_${other.id}`
    const before = await db.rawQuery('SELECT to_regclass(?) AS seq', [name])
    assert.isNotNull(before.rows[0].seq)
    await other.delete()
    const after = await db.rawQuery('SELECT to_regclass(?) AS seq', [name])
    assert.isNull(after.rows[0].seq)
  })
})
