import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import Ticket from '#models/ticket'
import User from '#models/user'
import { GroupFactory, UserFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { runPass, uploadImport } from '#tests/support/imports'
import ImportService from '#services/imports/import_service'
import Translator from '#i18n/translator'
import { systemContext } from '#services/request_context'

const HEADER =
  'title,description,priority,status,group,category,requester_email,requester_name,assignee_email,created_at,resolved_at,closed_at,external_id,reply'

async function world() {
  const staff = await organizationWithStaff()
  await staff.organization.merge({ timezone: 'Europe/Berlin', ticketPrefix: 'IMP' }).save()
  const it = await GroupFactory.merge({
    organizationId: staff.organization.id,
    name: 'IT support',
  }).create()
  return { ...staff, it }
}

test.group('Ticket import: a file with the field names as headers', (group) => {
  isolate(group)

  test('imports with no mapping: original dates and status, numbers in sequence, timeline, replies', async ({
    assert,
  }) => {
    const { admin, agent, organization, it } = await world()
    const csv = [
      HEADER,
      `Printer jams,Paper jams on floor 2,Urgent,Pending,IT support,,ann@example.com,Ann Example,${agent.email},2024-03-01 09:30,,,ZM-1,Have you tried the other tray?`,
      `VPN drops,Every hour,low,closed,it support,,bob@example.com,,,2024-03-02T08:00:00Z,2024-03-02T10:00:00Z,2024-03-03T10:00:00Z,ZM-2,`,
    ].join('\n')
    const record = await uploadImport(admin, 'zammad.csv', csv)
    assert.deepEqual(Object.values(record.mapping).slice(0, 4), [
      'title',
      'description',
      'priority',
      'status',
    ])

    const dry = await runPass(record.id, 'dry')
    assert.equal(dry.status, 'checked')
    assert.equal(dry.totalRows, 2)
    assert.equal(dry.createdRows, 2)
    assert.equal(dry.report!.users.count, 2)
    assert.equal(
      await Ticket.query()
        .where('organization_id', organization.id)
        .count('* as n')
        .first()
        .then((r) => Number(r!.$extras.n)),
      0
    )

    const done = await runPass(record.id, 'real')
    assert.equal(done.status, 'completed')
    assert.equal(done.createdRows, 2)
    const tickets = await Ticket.query().where('organization_id', organization.id).orderBy('number')
    assert.deepEqual(
      tickets.map((ticket) => [
        ticket.reference,
        ticket.priority,
        ticket.status,
        ticket.source,
        ticket.groupId,
      ]),
      [
        ['IMP-1001', 'critical', 'waiting_on_customer', 'import', it.id],
        ['IMP-1002', 'low', 'closed', 'import', it.id],
      ]
    )
    // "2024-03-01 09:30" is Berlin time (UTC+1 in March).
    assert.equal(tickets[0].createdAt.toUTC().toISO(), '2024-03-01T08:30:00.000Z')
    assert.equal(tickets[0].assigneeId, agent.id)
    assert.equal(tickets[1].closedAt!.toUTC().toISO(), '2024-03-03T10:00:00.000Z')
    assert.equal(tickets[1].resolvedAt!.toUTC().toISO(), '2024-03-02T10:00:00.000Z')

    const ann = await User.findByOrFail('email', 'ann@example.com')
    assert.equal(ann.role, 'customer')
    assert.isNull(ann.password)
    assert.equal(ann.name, 'Ann Example')
    assert.equal(tickets[0].requesterId, ann.id)

    const history = await db.from('ticket_history').where('ticket_id', tickets[0].id).orderBy('id')
    assert.deepEqual(
      history.map((entry) => [entry.field, entry.new_value]),
      [
        ['created', 'IMP-1001'],
        ['imported', 'zammad.csv'],
      ]
    )
    const replies = await db.from('ticket_comments').where('ticket_id', tickets[0].id)
    assert.equal(replies.length, 1)
    assert.equal(replies[0].body, 'Have you tried the other tray?')
    assert.isFalse(replies[0].is_internal)

    const events = await db
      .from('outbox_events')
      .where('organization_id', organization.id)
      .select('name')
    assert.deepEqual(
      events.map((event) => event.name).filter((name) => name.startsWith('ticket.')),
      ['ticket.imported', 'ticket.imported']
    )
  })

  test('re-running the same file imports nothing twice', async ({ assert }) => {
    const { admin, organization } = await world()
    const csv = [
      HEADER,
      'One,Body,,,IT support,,a@example.com,,,,,,,',
      'Two,Body,,,IT support,,a@example.com,,,,,,X-2,',
    ].join('\n')
    const first = await uploadImport(admin, 'a.csv', csv)
    await runPass(first.id, 'real')
    const again = await uploadImport(admin, 'a-again.csv', csv)
    const dry = await runPass(again.id, 'dry')
    assert.equal(dry.createdRows, 0)
    assert.equal(dry.skippedRows, 2)
    const second = await runPass(again.id, 'real')
    assert.equal(second.createdRows, 0)
    assert.equal(second.skippedRows, 2)
    const count = await db.from('tickets').where('organization_id', organization.id).count('* as n')
    assert.equal(Number(count[0].n), 2)
  })

  test('refused rows are named with row, column and reason; the others are imported', async ({
    assert,
  }) => {
    const { admin, organization } = await world()
    const outsider = await UserFactory.with('organization').create()
    const csv = [
      HEADER,
      ',No title here,,,IT support,,a@example.com,,,,,,,',
      'Unknown assignee,x,,,IT support,,a@example.com,,nobody@example.com,,,,,',
      'Bad date,x,,,IT support,,a@example.com,,,01/02/2024,,,,',
      'Unknown group,x,,,Facilities,,a@example.com,,,,,,,',
      'Odd priority,x,P9,,IT support,,a@example.com,,,,,,,',
      `Other tenant,x,,,IT support,,${outsider.email},,,,,,,`,
      '"=HYPERLINK(""http://evil.example"")",x,,,IT support,,a@example.com,,,,,,,',
    ].join('\n')
    const record = await uploadImport(admin, 'mixed.csv', csv)
    const done = await runPass(record.id, 'real')
    assert.equal(done.refusedRows, 6)
    assert.equal(done.createdRows, 1)
    const notes = await db
      .from('import_notes')
      .where('import_id', record.id)
      .orderBy('row_number')
      .select('kind', 'row_number', 'column', 'message', 'params')
    const refused = notes.filter((note) => note.kind === 'refused')
    assert.deepEqual(
      refused.map((note) => [note.row_number, note.column]),
      [
        [1, 'title'],
        [2, 'assignee_email'],
        [3, 'created_at'],
        [4, 'group'],
        [5, 'priority'],
        [6, 'requester_email'],
      ]
    )
    // Stored as the English text and its values; the page shows them in the reader's language.
    assert.deepEqual(refused[1].params, { email: 'nobody@example.com' })
    assert.match(refused[5].message, /outside this organization/)
    const german = await ImportService.notes(done, 'refused', 100, Translator.for('de').t)
    assert.equal(german[1].message, '„nobody@example.com“ ist kein Agent dieser Organisation.')
    const notice = notes.find((note) => note.kind === 'notice')
    assert.equal(notice.row_number, 7)
    assert.match(notice.message, /formula/)
    const ticket = await Ticket.query().where('organization_id', organization.id).firstOrFail()
    assert.equal(ticket.title, '=HYPERLINK("http://evil.example")')
    assert.isNull(
      await User.findBy('email', outsider.email).then((user) =>
        user!.organizationId === organization.id ? user : null
      )
    )
  })

  test('missing groups and categories are created when allowed, and counted by the dry run', async ({
    assert,
  }) => {
    const { admin, organization } = await world()
    const csv = [HEADER, 'Desk broken,x,,,Facilities,Furniture,a@example.com,,,,,,,'].join('\n')
    const record = await uploadImport(admin, 'f.csv', csv, 'tickets', { createMissing: true })
    const dry = await runPass(record.id, 'dry')
    assert.deepEqual(dry.report!.groups, ['Facilities'])
    assert.deepEqual(dry.report!.categories, ['Facilities › Furniture'])
    assert.equal(
      await db
        .from('groups')
        .where('organization_id', organization.id)
        .where('name', 'Facilities')
        .count('* as n')
        .then((r) => Number(r[0].n)),
      0
    )
    await runPass(record.id, 'real')
    const ticket = await Ticket.query()
      .where('organization_id', organization.id)
      .preload('group')
      .preload('category')
      .firstOrFail()
    assert.equal(ticket.group.name, 'Facilities')
    assert.equal(ticket.category!.name, 'Furniture')
  })

  test('a cancelled run stops after its batch; what was imported stays', async ({ assert }) => {
    const { admin, organization } = await world()
    const rows = Array.from(
      { length: 1200 },
      (_, n) => `Ticket ${n},x,,,IT support,,a@example.com,,,,,,E-${n},`
    )
    const record = await uploadImport(admin, 'big.csv', [HEADER, ...rows].join('\n'))
    await db.from('imports').where('id', record.id).update({ cancel_requested: true })
    const done = await runPass(record.id, 'real')
    assert.equal(done.status, 'cancelled')
    assert.equal(done.processedRows, 500)
    const count = await db.from('tickets').where('organization_id', organization.id).count('* as n')
    assert.equal(Number(count[0].n), 500)
    await db.from('imports').where('id', record.id).update({ cancel_requested: false })
    const resumed = await runPass(record.id, 'real')
    assert.equal(resumed.status, 'completed')
    assert.equal(resumed.createdRows, 700)
    assert.equal(resumed.skippedRows, 500)
  })

  test('the pages ask for a dry run with the current settings before the import', async ({
    assert,
  }) => {
    const { admin } = await world()
    const csv = [HEADER, 'One,Body,2 normal,new,IT support,,a@example.com,,,,,,,'].join('\n')
    const record = await uploadImport(admin, 'a.csv', csv)
    const context = { ...systemContext, actor: admin }
    await assert.rejects(() => ImportService.start(record, 'real', context), /dry run first/)
    const dry = await runPass(record.id, 'dry')
    // Zammad's "2 normal" and "new" are known values.
    assert.deepInclude(dry.serialize(), { createdRows: 1, refusedRows: 0 })
    await ImportService.configure(dry, { createMissing: true })
    await assert.rejects(() => ImportService.start(dry, 'real', context), /dry run first/)
    await runPass(record.id, 'dry')
    const checked = await ImportService.find(admin.organizationId, record.id)
    await ImportService.start(checked, 'real', context)
    assert.equal(checked.status, 'queued')
  })
})
