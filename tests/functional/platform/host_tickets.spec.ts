import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import AuditLog from '#models/audit_log'
import OutboxEvent from '#models/outbox_event'
import Ticket from '#models/ticket'
import TicketComment from '#models/ticket_comment'
import TicketHistory from '#models/ticket_history'
import { HostNotFound, HostValidationError } from '#platform/errors'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { hostOf, thrown } from '#tests/support/host'

const PLUGIN_ACTOR = { id: null, name: 'Fixture: host', role: null, plugin: 'fixture-host' }

test.group('Host API: tickets', (group) => {
  isolate(group)

  test('get: the snapshot, the whole timeline and every comment, internal notes included', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'VPN drops' })
    const host = hostOf(desk.organization)
    await host.tickets.addNote(ticket.id, 'Known issue with the gateway')
    await host.tickets.reply(ticket.id, 'We are on it.')

    const detail = await host.tickets.get(ticket.id)
    assert.equal(detail!.ticket.title, 'VPN drops')
    assert.deepEqual(
      detail!.comments.map((comment) => [comment.body, comment.internal, comment.plugin]),
      [
        ['Known issue with the gateway', true, 'fixture-host'],
        ['We are on it.', false, 'fixture-host'],
      ]
    )
    assert.deepEqual(
      detail!.history.map((entry) => [entry.field, entry.actor]),
      [
        ['created', { kind: 'user', id: desk.customer.id, name: desk.customer.name }],
        ['note', { kind: 'plugin', plugin: 'fixture-host', name: 'Fixture: host' }],
        ['reply', { kind: 'plugin', plugin: 'fixture-host', name: 'Fixture: host' }],
      ]
    )
  })

  test('list: by status, group, assignee (or none) and updatedSince', async ({ assert }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const printer = await openTicket(desk.customer, desk.it.id, { title: 'Printer' })
    const chair = await openTicket(desk.customer, desk.facilities.id, { title: 'Chair' })
    const laptop = await openTicket(desk.customer, desk.it.id, { title: 'Laptop' })
    await host.tickets.assign(laptop.id, desk.agent.id)
    await Ticket.query()
      .where('id', printer.id)
      .update({ updated_at: DateTime.now().minus({ days: 3 }).toJSDate() })

    const titles = async (filter: Parameters<typeof host.tickets.list>[0]) => {
      const { tickets } = await host.tickets.list(filter)
      return tickets.map((ticket) => ticket.title).sort()
    }
    assert.deepEqual(await titles({}), ['Chair', 'Laptop', 'Printer'])
    assert.deepEqual(await titles({ status: 'assigned' }), ['Laptop'])
    assert.deepEqual(await titles({ status: ['open', 'assigned'] }), ['Chair', 'Laptop', 'Printer'])
    assert.deepEqual(await titles({ groupId: desk.facilities.id }), ['Chair'])
    assert.deepEqual(await titles({ assigneeId: desk.agent.id }), ['Laptop'])
    assert.deepEqual(await titles({ assigneeId: null }), ['Chair', 'Printer'])
    assert.deepEqual(await titles({ updatedSince: DateTime.now().minus({ days: 1 }).toISO()! }), [
      'Chair',
      'Laptop',
    ])
    assert.equal(chair.organizationId, desk.organization.id)
    assert.instanceOf(await thrown(() => host.tickets.list({ limit: 0 })), HostValidationError)
    assert.instanceOf(
      await thrown(() => host.tickets.list({ cursor: 'nonsense' })),
      HostValidationError
    )
  })

  test('list: the cursor never skips a ticket when tickets change between pages', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const host = hostOf(desk.organization)
    const tickets: Ticket[] = []
    for (const title of ['One', 'Two', 'Three', 'Four', 'Five']) {
      tickets.push(await openTicket(desk.customer, desk.it.id, { title }))
    }
    const other = await helpdesk()
    await openTicket(other.customer, other.it.id, { title: 'Elsewhere' })

    const seen: string[] = []
    let page = await host.tickets.list({ limit: 2 })
    seen.push(...page.tickets.map((ticket) => ticket.title))
    // Between pages, someone edits a ticket already seen and one still to come.
    await TicketWorkflow.update(
      tickets[0],
      { priority: 'high' },
      { ...systemContext, actor: desk.agent }
    )
    await TicketWorkflow.update(
      tickets[3],
      { priority: 'low' },
      { ...systemContext, actor: desk.agent }
    )
    while (page.nextCursor) {
      page = await host.tickets.list({ limit: 2, cursor: page.nextCursor })
      seen.push(...page.tickets.map((ticket) => ticket.title))
    }
    // Oldest change first: nothing is skipped; the changed tickets come again at the end.
    assert.deepEqual(seen, ['One', 'Two', 'Three', 'Five', 'One', 'Four'])
  })

  test('update: through the workflow, recorded as the plugin in history, audit and events', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Old' })
    const host = hostOf(desk.organization)

    const updated = await host.tickets.update(ticket.id, {
      title: 'New title',
      priority: 'critical',
      categoryId: desk.hardware.id,
      subcategoryId: desk.laptop.id,
    })
    assert.include(updated, {
      title: 'New title',
      priority: 'critical',
      categoryId: desk.hardware.id,
    })

    const history = await TicketHistory.query()
      .where('ticket_id', ticket.id)
      .whereNot('field', 'created')
      .orderBy('id')
    assert.deepEqual(
      history.map((entry) => [entry.field, entry.newValue, entry.actorId, entry.actorPlugin]),
      [
        ['title', 'New title', null, 'fixture-host'],
        ['priority', 'critical', null, 'fixture-host'],
        ['category', 'Hardware', null, 'fixture-host'],
        ['subcategory', 'Laptop', null, 'fixture-host'],
      ]
    )
    const audit = await AuditLog.query()
      .where('entity_type', 'ticket')
      .where('entity_id', String(ticket.id))
      .where('action', 'ticket.updated')
      .firstOrFail()
    assert.include(audit.toJSON(), {
      actorId: null,
      actorPlugin: 'fixture-host',
      actorLabel: 'Fixture: host',
    })
    const event = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'ticket.updated')
      .firstOrFail()
    assert.deepEqual((event.payload as any).actor, PLUGIN_ACTOR)
  })

  test('update: the validation a person meets, per field', async ({ assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const host = hostOf(desk.organization)

    const wrongCategory = await thrown(() =>
      host.tickets.update(ticket.id, { groupId: desk.facilities.id, categoryId: desk.hardware.id })
    )
    assert.instanceOf(wrongCategory, HostValidationError)
    assert.property(wrongCategory.fields, 'categoryId')

    const shortTitle = await thrown(() => host.tickets.update(ticket.id, { title: 'x' }))
    assert.instanceOf(shortTitle, HostValidationError)
    assert.property(shortTitle.fields, 'title')

    const unknown = await thrown(() => host.tickets.update(ticket.id, { status: 'closed' } as any))
    assert.instanceOf(unknown, HostValidationError)
    assert.property(unknown.fields, 'status')

    const unchanged = await Ticket.findOrFail(ticket.id)
    assert.equal(unchanged.groupId, desk.it.id)
  })

  test('assign and unassign: members of the group only; the status follows', async ({ assert }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const host = hostOf(desk.organization)

    const assigned = await host.tickets.assign(ticket.id, desk.agent.id)
    assert.include(assigned, { assigneeId: desk.agent.id, status: 'assigned' })

    const notMember = await thrown(() => host.tickets.assign(ticket.id, desk.admin.id))
    assert.instanceOf(notMember, HostValidationError)
    assert.property(notMember.fields, 'assigneeId')

    const unassigned = await host.tickets.assign(ticket.id, null)
    assert.include(unassigned, { assigneeId: null, status: 'open' })
    const event = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'ticket.assigned')
      .orderBy('id', 'desc')
      .firstOrFail()
    assert.deepEqual((event.payload as any).actor, PLUGIN_ACTOR)
  })

  test('changeStatus: through the lifecycle; an illegal move is a validation error on status', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const host = hostOf(desk.organization)

    const illegal = await thrown(() => host.tickets.changeStatus(ticket.id, 'in_progress'))
    assert.instanceOf(illegal, HostValidationError)
    assert.match(illegal.fields.status, /Assign the ticket/)

    const resolved = await host.tickets.changeStatus(ticket.id, 'resolved')
    assert.equal(resolved.status, 'resolved')
    const stamped = await Ticket.findOrFail(ticket.id)
    assert.isNotNull(stamped.resolvedAt)
    await host.tickets.changeStatus(ticket.id, 'closed')
    const final = await thrown(() => host.tickets.changeStatus(ticket.id, 'open'))
    assert.instanceOf(final, HostValidationError)
    assert.property(final.fields, 'status')
    const unknown = await thrown(() => host.tickets.changeStatus(ticket.id, 'gone' as any))
    assert.instanceOf(unknown, HostValidationError)
  })

  test('addNote and reply: comments of the plugin, no person as author, no first response stamped', async ({
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id)
    const host = hostOf(desk.organization)

    const note = await host.tickets.addNote(ticket.id, 'Looks like the **known** issue')
    const reply = await host.tickets.reply(ticket.id, 'We have a fix coming.')
    const comments = await TicketComment.query().where('ticket_id', ticket.id).orderBy('id')
    assert.deepEqual(
      comments.map((comment) => [
        comment.id,
        comment.authorId,
        comment.authorPlugin,
        comment.isInternal,
      ]),
      [
        [note.id, null, 'fixture-host', true],
        [reply.id, null, 'fixture-host', false],
      ]
    )
    assert.include(comments[0].bodyHtml, '<strong>known</strong>')
    const after = await Ticket.findOrFail(ticket.id)
    assert.isNull(after.firstResponseAt)

    const events = await OutboxEvent.query()
      .where('organization_id', desk.organization.id)
      .where('name', 'ticket.comment_added')
      .orderBy('id')
    assert.deepEqual(
      events.map((event) => [
        (event.payload as any).actor,
        (event.payload as any).comment.authorId,
      ]),
      [
        [PLUGIN_ACTOR, null],
        [PLUGIN_ACTOR, null],
      ]
    )
    const empty = await thrown(() => host.tickets.reply(ticket.id, '   '))
    assert.instanceOf(empty, HostValidationError)
    assert.property(empty.fields, 'body')
  })

  test("another organization's tickets, users and groups are not found, by every call", async ({
    assert,
  }) => {
    const mine = await helpdesk()
    const theirs = await helpdesk()
    const ticket = await openTicket(mine.customer, mine.it.id)
    const foreign = await openTicket(theirs.customer, theirs.it.id, { title: 'Theirs' })
    const host = hostOf(mine.organization)

    assert.isNull(await host.tickets.get(foreign.id))
    const listed = await host.tickets.list({ groupId: theirs.it.id })
    assert.deepEqual(listed.tickets, [])
    const calls: [string, () => Promise<unknown>][] = [
      ['update', () => host.tickets.update(foreign.id, { priority: 'low' })],
      ['assign', () => host.tickets.assign(foreign.id, theirs.agent.id)],
      ['unassign', () => host.tickets.assign(foreign.id, null)],
      ['changeStatus', () => host.tickets.changeStatus(foreign.id, 'resolved')],
      ['addNote', () => host.tickets.addNote(foreign.id, 'hello')],
      ['reply', () => host.tickets.reply(foreign.id, 'hello')],
      ['assign their agent', () => host.tickets.assign(ticket.id, theirs.agent.id)],
      ['move to their group', () => host.tickets.update(ticket.id, { groupId: theirs.it.id })],
      ['their category', () => host.tickets.update(ticket.id, { categoryId: theirs.hardware.id })],
    ]
    for (const [name, call] of calls) {
      assert.instanceOf(await thrown(call), HostNotFound, name)
    }
    const untouched = await Ticket.findOrFail(foreign.id)
    assert.include(untouched.toJSON(), { priority: 'medium', status: 'open', assigneeId: null })
    const kept = await Ticket.findOrFail(ticket.id)
    assert.equal(kept.groupId, mine.it.id)
    assert.lengthOf(await TicketComment.query().where('ticket_id', foreign.id), 0)
  })
})
