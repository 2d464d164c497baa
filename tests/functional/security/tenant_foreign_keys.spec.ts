import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'

type Desk = Awaited<ReturnType<typeof helpdesk>>

/**
 * Runs one raw statement in a savepoint and answers the PostgreSQL error
 * code it failed with (null when it succeeded), so the test transaction
 * goes on after a refused statement.
 */
async function attempt(sql: string, bindings: unknown[]) {
  try {
    await db.transaction((trx) => trx.rawQuery(sql, bindings as never[]))
    return null
  } catch (error) {
    return (error as { code?: string }).code ?? String(error)
  }
}

const FOREIGN_KEY_VIOLATION = '23503'

/** A ticket row of `home` whose pointers are overridden by `fields`. */
function insertTicket(home: Desk, fields: Record<string, number | null>) {
  const row: Record<string, unknown> = {
    organization_id: home.organization.id,
    number: 9001,
    reference: 'SB-9001',
    title: 'Raw',
    description: 'raw',
    description_html: '<p>raw</p>',
    requester_id: home.customer.id,
    group_id: home.it.id,
    created_at: new Date(),
    updated_at: new Date(),
    ...fields,
  }
  const columns = Object.keys(row)
  return attempt(
    `INSERT INTO tickets (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    Object.values(row)
  )
}

/**
 * The database itself keeps rows inside their organization: whatever a
 * service or plugin might get wrong, a row of one organization cannot point
 * at another organization's group, category, user, ticket or comment.
 */
test.group('Tenancy: composite foreign keys', (group) => {
  isolate(group)

  test("a ticket cannot point at another organization's group, category, subcategory or people", async ({
    assert,
  }) => {
    const home = await helpdesk()
    const other = await helpdesk()

    assert.isNull(await insertTicket(home, {}), 'the same row inside its organization is fine')
    const foreign = {
      group_id: other.it.id,
      category_id: other.hardware.id,
      subcategory_id: other.laptop.id,
      assignee_id: other.agent.id,
      requester_id: other.customer.id,
    }
    for (const [column, id] of Object.entries(foreign)) {
      assert.equal(
        await insertTicket(home, { number: 9002, [column]: id }),
        FOREIGN_KEY_VIOLATION,
        `INSERT with ${column} of another organization`
      )
    }

    const ticket = await openTicket(home.customer, home.it.id)
    for (const [column, id] of Object.entries(foreign)) {
      assert.equal(
        await attempt(`UPDATE tickets SET ${column} = ? WHERE id = ?`, [id, ticket.id]),
        FOREIGN_KEY_VIOLATION,
        `UPDATE of ${column} to another organization's row`
      )
    }
    assert.isNull(
      await attempt('UPDATE tickets SET assignee_id = ? WHERE id = ?', [home.agent.id, ticket.id])
    )
  })

  test("a comment cannot sit on another organization's ticket or name its author", async ({
    assert,
  }) => {
    const home = await helpdesk()
    const other = await helpdesk()
    const ticket = await openTicket(home.customer, home.it.id)
    const theirs = await openTicket(other.customer, other.it.id)
    const comment = (ticketId: number, authorId: number) =>
      attempt(
        `INSERT INTO ticket_comments (organization_id, ticket_id, author_id, body, body_html, is_internal, created_at, updated_at)
         VALUES (?, ?, ?, 'hi', '<p>hi</p>', false, now(), now())`,
        [home.organization.id, ticketId, authorId]
      )

    assert.isNull(await comment(ticket.id, home.agent.id))
    assert.equal(await comment(theirs.id, home.agent.id), FOREIGN_KEY_VIOLATION)
    assert.equal(await comment(ticket.id, other.agent.id), FOREIGN_KEY_VIOLATION)
  })

  test("nobody becomes a member of another organization's group", async ({ assert }) => {
    const home = await helpdesk()
    const other = await helpdesk()
    const member = (groupId: number, userId: number) =>
      attempt('INSERT INTO group_members (group_id, user_id, created_at) VALUES (?, ?, now())', [
        groupId,
        userId,
      ])

    assert.isNull(await member(home.facilities.id, home.agent.id))
    const row = await db
      .from('group_members')
      .where({ group_id: home.facilities.id, user_id: home.agent.id })
      .firstOrFail()
    assert.equal(row.organization_id, home.organization.id, 'filled from the group')

    assert.equal(await member(home.facilities.id, other.agent.id), FOREIGN_KEY_VIOLATION)
    assert.equal(
      await attempt(
        'INSERT INTO group_members (organization_id, group_id, user_id, created_at) VALUES (?, ?, ?, now())',
        [other.organization.id, home.facilities.id, other.agent.id]
      ),
      FOREIGN_KEY_VIOLATION,
      "naming the user's organization does not help: the group is not in it"
    )
    assert.equal(
      await attempt('UPDATE group_members SET user_id = ? WHERE group_id = ? AND user_id = ?', [
        other.agent.id,
        home.facilities.id,
        home.agent.id,
      ]),
      FOREIGN_KEY_VIOLATION
    )
  })

  test('deleting keeps its old behaviour: an agent leaves history and groups, a group its categories', async ({
    assert,
  }) => {
    const home = await helpdesk()
    const ticket = await openTicket(home.customer, home.it.id)
    await db.table('ticket_history').insert({
      organization_id: home.organization.id,
      ticket_id: ticket.id,
      actor_id: home.agent.id,
      field: 'note',
      is_internal: true,
      created_at: new Date(),
    })
    await db.from('users').where('id', home.agent.id).delete()
    const note = await db
      .from('ticket_history')
      .where({ ticket_id: ticket.id, field: 'note' })
      .first()
    assert.isNull(note.actor_id, 'the actor is cleared')
    assert.equal(note.organization_id, home.organization.id, 'the organization is kept')
    assert.lengthOf(await db.from('group_members').where('user_id', home.agent.id), 0)

    await db.table('categories').insert({
      organization_id: home.organization.id,
      group_id: home.facilities.id,
      name: 'Chairs',
      created_at: new Date(),
      updated_at: new Date(),
    })
    await db.from('groups').where('id', home.facilities.id).delete()
    assert.lengthOf(await db.from('categories').where('group_id', home.facilities.id), 0)
    assert.equal(
      await attempt('DELETE FROM groups WHERE id = ?', [home.it.id]),
      FOREIGN_KEY_VIOLATION,
      'a group with tickets still cannot be deleted'
    )
  })
})
