import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import ExcelJS from 'exceljs'
import { type DateTime } from 'luxon'
import User from '#models/user'
import type Ticket from '#models/ticket'
import { UserFactory } from '#database/factories/main'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { customersMayChooseAnyPriority, helpdesk, openTicket } from '#tests/support/tickets'
import { XLSX_TYPE, cellsOf, csvLines, worksheetOf } from '#tests/support/spreadsheets'

const HEADER = [
  'Ticket',
  'Title',
  'Status',
  'Priority',
  'Group',
  'Category',
  'Subcategory',
  'Requester',
  'Requester e-mail',
  'Assignee',
  'Source',
  'Created',
  'Updated',
  'First response',
  'Resolved',
  'Closed',
]
const column = (label: string) => HEADER.indexOf(label)

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

/** The moment as an Excel date cell holds it: the wall-clock time in `zone`, read as UTC. */
function wallClock(moment: DateTime, zone: string) {
  const local = moment.setZone(zone)
  return Date.UTC(
    local.year,
    local.month - 1,
    local.day,
    local.hour,
    local.minute,
    local.second,
    local.millisecond
  )
}

/** The titles of an .xlsx answer, header left out. */
async function xlsxTitles(response: Parameters<typeof worksheetOf>[0]) {
  return cellsOf(await worksheetOf(response))
    .slice(1)
    .map((row) => row[column('Title')])
}

function csvTitles(response: Parameters<typeof csvLines>[0]) {
  return csvLines(response)
    .slice(1)
    .map((line) => line.split(',')[column('Title')])
}

/**
 * 2,000 tickets in one INSERT (the intake would take minutes), numbered
 * past anything openTicket hands out, one minute apart.
 */
async function bulkTickets(requester: User, groupId: number, count: number) {
  await db.rawQuery(
    `INSERT INTO tickets (organization_id, number, reference, title, description,
       description_html, requester_id, group_id, created_at, updated_at)
     SELECT ?, 100000 + n, 'BULK-' || n, 'Bulk ticket ' || n, 'Many of them', '<p>Many of them</p>',
       ?, ?, now() - n * interval '1 minute', now()
     FROM generate_series(1, ?) AS n`,
    [requester.organizationId, requester.id, groupId, count]
  )
}

test.group('Ticket export: .xlsx from the desk', (group) => {
  isolate(group)

  test('the CSV columns, as date cells in the viewer’s zone and text that never runs', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    desk.agent.timezone = 'Europe/Berlin'
    await desk.agent.save()
    const link = await openTicket(desk.customer, desk.it.id, {
      title: '=HYPERLINK("http://x")',
      categoryId: desk.hardware.id,
      subcategoryId: desk.laptop.id,
    })
    const resolved = await openTicket(desk.customer, desk.it.id, { title: '@SUM(A1:A9)' })
    await TicketWorkflow.assign(resolved, desk.agent.id, { ...systemContext, actor: desk.admin })
    await TicketWorkflow.changeStatus(resolved, 'resolved', { ...systemContext, actor: desk.agent })
    await openTicket(desk.customer, desk.it.id, { title: '+1 and -1 are fine inside' })

    const response = await client
      .get('/desk/tickets/export?queue=all&format=xlsx')
      .loginAs(desk.agent)
    response.assertStatus(200)
    response.assertHeader('content-type', XLSX_TYPE)
    assert.match(
      response.header('content-disposition') ?? '',
      /^attachment; filename="tickets-\d{4}-\d{2}-\d{2}-\d{4}\.xlsx"$/
    )
    const sheet = await worksheetOf(response)
    const rows = cellsOf(sheet)
    assert.deepEqual(rows[0], HEADER)
    assert.lengthOf(rows, 4)

    const csv = await client.get('/desk/tickets/export?queue=all').loginAs(desk.agent)
    assert.deepEqual(csvLines(csv)[0].split(','), HEADER, 'the same columns as the CSV')
    assert.deepEqual(
      rows.slice(1).map((row) => row[0]),
      csvLines(csv)
        .slice(1)
        .map((line) => line.split(',')[0]),
      'the same rows, in the same order'
    )

    const byReference = (ticket: Ticket) => {
      const index = rows.findIndex((row) => row[0] === ticket.reference)
      assert.isAbove(index, 0, `${ticket.reference} is exported`)
      return { values: rows[index], cells: sheet.getRow(index + 1) }
    }
    const first = byReference(link)
    const title = first.cells.getCell(column('Title') + 1)
    assert.equal(title.value, `'=HYPERLINK("http://x")`)
    assert.equal(title.type, ExcelJS.ValueType.String)
    assert.isUndefined(title.formula)
    assert.equal(first.values[column('Category')], 'Hardware')
    assert.equal(first.values[column('Subcategory')], 'Laptop')
    assert.equal(first.values[column('Requester e-mail')], desk.customer.email)
    assert.isNull(first.values[column('Assignee')])
    assert.isNull(first.values[column('Resolved')], 'no date: an empty cell')

    const created = first.values[column('Created')]
    assert.instanceOf(created, Date)
    assert.closeTo((created as Date).getTime(), wallClock(link.createdAt, 'Europe/Berlin'), 1)
    const createdCell = first.cells.getCell(column('Created') + 1)
    assert.equal(createdCell.type, ExcelJS.ValueType.Date)
    assert.include(createdCell.numFmt, 'yyyy-mm-dd')

    await resolved.refresh()
    const second = byReference(resolved)
    assert.equal(second.values[column('Title')], `'@SUM(A1:A9)`)
    assert.equal(second.values[column('Status')], 'resolved')
    assert.equal(second.values[column('Assignee')], desk.agent.name)
    assert.instanceOf(second.values[column('Resolved')], Date)
    assert.closeTo(
      (second.values[column('Resolved')] as Date).getTime(),
      wallClock(resolved.resolvedAt!, 'Europe/Berlin'),
      1
    )
    assert.include(
      rows.map((row) => row[column('Title')]),
      `'+1 and -1 are fine inside`
    )
  })

  test('filters, queues and visibility shape the file as they shape the list', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    await openTicket(desk.customer, desk.it.id, { title: 'IT critical', priority: 'critical' })
    await openTicket(desk.customer, desk.it.id, { title: 'IT low', priority: 'low' })
    await openTicket(desk.customer, desk.facilities.id, { title: 'Facilities only' })
    const other = await helpdesk()
    await openTicket(other.customer, other.it.id, { title: 'Another organization' })

    const xlsx = (qs: string, user = desk.agent) =>
      client.get(`/desk/tickets/export?format=xlsx&${qs}`).loginAs(user)
    assert.sameMembers(await xlsxTitles(await xlsx('queue=all')), ['IT critical', 'IT low'])
    assert.deepEqual(await xlsxTitles(await xlsx('queue=all&priority=critical')), ['IT critical'])
    assert.deepEqual(await xlsxTitles(await xlsx('queue=all&sort=priority')), [
      'IT critical',
      'IT low',
    ])
    assert.deepEqual(await xlsxTitles(await xlsx('queue=urgent')), ['IT critical'])
    assert.deepEqual(await xlsxTitles(await xlsx(`queue=all&groupId=${desk.facilities.id}`)), [])
    assert.sameMembers(await xlsxTitles(await xlsx('queue=all', desk.admin)), [
      'IT critical',
      'IT low',
      'Facilities only',
    ])
    assert.deepEqual(await xlsxTitles(await xlsx('queue=all', other.admin)), [
      'Another organization',
    ])
  })

  test('a format other than csv or xlsx leads back to the list with a message', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const response = await client
      .get('/desk/tickets/export?queue=all&priority=high&format=pdf')
      .loginAs(desk.agent)
      .redirects(0)
    response.assertStatus(302)
    assert.equal(response.header('location'), '/desk?queue=all&priority=high')
    response.assertToast('error', 'Choose CSV or Excel (.xlsx) for the export.')

    const upper = await client.get('/desk/tickets/export?format=XLSX').loginAs(desk.agent)
    upper.assertHeader('content-type', XLSX_TYPE)
    const customer = await client.get('/desk/tickets/export?format=xlsx').loginAs(desk.customer)
    customer.assertStatus(403)
  })

  test('2,000 tickets stream through both formats', async ({ client, assert }) => {
    const desk = await helpdesk()
    await bulkTickets(desk.customer, desk.it.id, 2000)
    const xlsx = await client.get('/desk/tickets/export?queue=all&format=xlsx').loginAs(desk.admin)
    const rows = cellsOf(await worksheetOf(xlsx))
    assert.lengthOf(rows, 2001)
    assert.deepEqual(rows[1].slice(0, 2), ['BULK-1', 'Bulk ticket 1'])
    assert.deepEqual(rows[2000].slice(0, 2), ['BULK-2000', 'Bulk ticket 2000'])
    assert.isTrue(rows.slice(1).every((row) => row[column('Created')] instanceof Date))

    const csv = await client.get('/desk/tickets/export?queue=all').loginAs(desk.admin)
    assert.lengthOf(csvLines(csv), 2001)
  }).timeout(60_000)
})

test.group('Ticket export: API', (group) => {
  isolate(group)

  test("GET /tickets/export: the caller's own requests, never another customer's", async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const neighbour = await UserFactory.merge({ organizationId: desk.organization.id }).create()
    await openTicket(desk.customer, desk.it.id, { title: 'Mine' })
    await openTicket(neighbour, desk.it.id, { title: 'The neighbour’s' })
    await openTicket(desk.agent, desk.facilities.id, { title: 'The agent’s own' })
    const token = await bearer(desk.customer)

    const xlsx = await client.get('/api/v1/tickets/export?format=xlsx').bearerToken(token)
    xlsx.assertStatus(200)
    xlsx.assertHeader('content-type', XLSX_TYPE)
    assert.deepEqual(await xlsxTitles(xlsx), ['Mine'])

    const csv = await client.get('/api/v1/tickets/export').bearerToken(token)
    csv.assertHeader('content-type', 'text/csv; charset=utf-8')
    assert.match(csv.header('content-disposition') ?? '', /filename="tickets-[\d-]+\.csv"/)
    assert.deepEqual(csvTitles(csv), ['Mine'])

    const agent = await client
      .get('/api/v1/tickets/export?format=xlsx&queue=all')
      .bearerToken(await bearer(desk.agent))
    assert.deepEqual(await xlsxTitles(agent), ['The agent’s own'], 'as GET /tickets: own requests')
    const filtered = await client
      .get('/api/v1/tickets/export?format=xlsx&status=closed')
      .bearerToken(token)
    assert.deepEqual(await xlsxTitles(filtered), [])
  })

  test('GET /admin/tickets/export: the desk list by queue and filter, for staff only', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await customersMayChooseAnyPriority(desk.organization)
    const it = await openTicket(desk.customer, desk.it.id, { title: 'IT high', priority: 'high' })
    await openTicket(desk.customer, desk.it.id, { title: 'IT low', priority: 'low' })
    await openTicket(desk.customer, desk.facilities.id, { title: 'Facilities only' })
    const other = await helpdesk()
    await openTicket(other.customer, other.it.id, { title: 'Another organization' })
    await TicketWorkflow.assign(it, desk.agent.id, { ...systemContext, actor: desk.admin })
    const token = await bearer(desk.agent)
    const get = (qs: string, as = token) =>
      client.get(`/api/v1/admin/tickets/export?${qs}`).bearerToken(as)

    assert.sameMembers(await xlsxTitles(await get('format=xlsx')), ['IT high', 'IT low'])
    assert.deepEqual(await xlsxTitles(await get('format=xlsx&queue=mine')), ['IT high'])
    assert.deepEqual(await xlsxTitles(await get('format=xlsx&priority=low')), ['IT low'])
    assert.deepEqual(await xlsxTitles(await get(`format=xlsx&assigned_to=${desk.agent.id}`)), [
      'IT high',
    ])
    assert.sameMembers(csvTitles(await get('queue=all', await bearer(desk.admin))), [
      'IT high',
      'IT low',
      'Facilities only',
    ])
    const customer = await get('format=xlsx', await bearer(desk.customer))
    customer.assertStatus(403)
  })

  test('a bad format or filter is a 422 naming each field; no token is a 401', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await openTicket(desk.customer, desk.it.id)
    const token = await bearer(desk.admin)
    for (const path of ['/api/v1/tickets/export', '/api/v1/admin/tickets/export']) {
      const bad = await client.get(`${path}?format=pdf&priority=urgent`).bearerToken(token)
      bad.assertStatus(422)
      assert.sameMembers(Object.keys(bad.body().details), ['format', 'priority'], path)
      assert.deepEqual(bad.body().details.format, ['Unknown format. Use csv or xlsx.'])
      assert.deepEqual(bad.body().details.priority, [
        'Unknown priority. Use low, medium, high or critical.',
      ])

      const outsider = await client.get(`${path}?format=xlsx`)
      outsider.assertStatus(401)
      assert.notEqual(outsider.header('content-type'), XLSX_TYPE)
    }
  })
})
