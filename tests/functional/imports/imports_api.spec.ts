import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import ace from '@adonisjs/core/services/ace'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import User from '#models/user'
import Ticket from '#models/ticket'
import TicketsImport from '#commands/tickets_import'
import UsersImport from '#commands/users_import'
import { GroupFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { uploadImport } from '#tests/support/imports'
import ImportJobs from '#services/imports/import_jobs'

async function bearer(user: User) {
  const token = await User.accessTokens.create(user)
  return token.value!.release()
}

const CSV = [
  'Subject,Body,Queue,Email,Urgency,State,Ticket ID',
  'Mail is slow,Since the update,IT,ann@example.com,Urgent,Pending,Z-1',
  '=cmd|calc,Spreadsheet trick,IT,ann@example.com,low,open,Z-2',
  ',No subject,IT,ann@example.com,low,open,Z-3',
].join('\n')

async function expectStatus(request: PromiseLike<{ status(): number }>, status: number) {
  const response = await request
  if (response.status() !== status) {
    throw new Error(`expected ${status}, got ${response.status()}`)
  }
}

async function world() {
  const staff = await organizationWithStaff()
  await GroupFactory.merge({ organizationId: staff.organization.id, name: 'IT' }).create()
  return staff
}

test.group('Imports: the API', (group) => {
  isolate(group)

  test('upload and dry run, then the real run, followed by polling', async ({ client, assert }) => {
    const { admin, organization } = await world()
    const token = await bearer(admin)
    const created = await client
      .post('/api/v1/admin/imports')
      .bearerToken(token)
      .field('kind', 'tickets')
      .field('value_maps', JSON.stringify({ priority: { urgent: 'high' } }))
      .file('file', Buffer.from(CSV), { filename: 'zammad.csv' })
    created.assertStatus(202)
    const id = created.body().data.id
    assert.equal(created.body().data.status, 'queued')
    assert.equal(created.body().data.mapping['4'], 'priority')

    // What the worker does with the queued job.
    await ImportJobs.runExclusive(id)
    const checked = await client.get(`/api/v1/admin/imports/${id}`).bearerToken(token)
    checked.assertStatus(200)
    assert.deepInclude(checked.body().data, {
      status: 'checked',
      total_rows: 3,
      created_rows: 2,
      refused_rows: 1,
    })
    assert.deepEqual(checked.body().data.refusals, [
      { row_number: 3, column: 'Subject', message: 'The row has no title.' },
    ])
    assert.equal(checked.body().data.notices[0].row_number, 2)

    const run = await client.post(`/api/v1/admin/imports/${id}/run`).bearerToken(token).json({})
    run.assertStatus(202)
    await ImportJobs.runExclusive(id)
    const done = await client.get(`/api/v1/admin/imports/${id}`).bearerToken(token)
    assert.equal(done.body().data.status, 'completed')
    const tickets = await Ticket.query().where('organization_id', organization.id).orderBy('number')
    assert.deepEqual(
      tickets.map((ticket) => [ticket.title, ticket.priority, ticket.status]),
      [
        ['Mail is slow', 'high', 'waiting_on_customer'],
        ['=cmd|calc', 'low', 'open'],
      ]
    )

    const refused = await client.get(`/api/v1/admin/imports/${id}/refused`).bearerToken(token)
    refused.assertStatus(200)
    const lines = refused
      .text()
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/)
    assert.equal(lines[0], 'Row,Column,Reason,Subject,Body,Queue,Email,Urgency,State,Ticket ID')
    assert.equal(
      lines[1],
      '3,Subject,The row has no title.,,No subject,IT,ann@example.com,low,open,Z-3'
    )
  })

  test('a bad file is refused beside the file field, and nothing is kept', async ({
    client,
    assert,
  }) => {
    const { admin, organization } = await world()
    const response = await client
      .post('/api/v1/admin/imports')
      .bearerToken(await bearer(admin))
      .field('kind', 'tickets')
      .file('file', Buffer.from(''), { filename: 'empty.csv' })
    response.assertStatus(422)
    assert.deepEqual(response.body().details, { file: ['The file is empty.'] })
    const json = await client
      .post('/api/v1/admin/imports')
      .bearerToken(await bearer(admin))
      .json({ kind: 'tickets', file: 'title\nx\n' })
    json.assertStatus(422)
    assert.deepEqual(json.body().details, { file: ['Choose a CSV or Excel (.xlsx) file.'] })
    const count = await db.from('imports').where('organization_id', organization.id).count('* as n')
    assert.equal(Number(count[0].n), 0)
  })

  test('another organization, agents, customers and outsiders cannot reach an import', async ({
    client,
    assert,
  }) => {
    const mine = await world()
    const other = await world()
    const record = await uploadImport(mine.admin, 'mine.csv', CSV)
    const path = `/api/v1/admin/imports/${record.id}`

    await expectStatus(client.get(path).bearerToken(await bearer(other.admin)), 404)
    await expectStatus(
      client
        .post(`${path}/run`)
        .bearerToken(await bearer(other.admin))
        .json({}),
      404
    )
    await expectStatus(client.get(`${path}/refused`).bearerToken(await bearer(other.admin)), 404)
    await expectStatus(client.delete(path).bearerToken(await bearer(other.admin)), 404)
    await expectStatus(client.get(path).bearerToken(await bearer(mine.agent)), 403)
    await expectStatus(client.get(path).bearerToken(await bearer(mine.customer)), 403)
    await expectStatus(
      client.get('/api/v1/admin/imports').bearerToken(await bearer(mine.agent)),
      403
    )
    await expectStatus(client.get(path), 401)
    const list = await client.get('/api/v1/admin/imports').bearerToken(await bearer(other.admin))
    assert.deepEqual(list.body().data, [])

    // The pages: another admin gets 404, staff who are not admins are kept out of the area.
    await expectStatus(client.get(`/admin/imports/${record.id}`).loginAs(other.admin), 404)
    await expectStatus(client.get(`/admin/imports/${record.id}/refused`).loginAs(other.admin), 404)
    const agentPage = await client
      .get(`/admin/imports/${record.id}`)
      .loginAs(mine.agent)
      .redirects(0)
    assert.notEqual(agentPage.status(), 200)
    const untouched = await db.from('imports').where('id', record.id).first()
    assert.equal(untouched.status, 'uploaded')
  })
})

test.group('Imports: the commands', (group) => {
  isolate(group)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('tickets:import --dry-run reports and exits 1 on refused rows; the real run imports', async ({
    assert,
  }) => {
    const { organization } = await world()
    const file = join(tmpdir(), `cli-${Date.now()}.csv`)
    await writeFile(file, CSV)
    const mapping = join(tmpdir(), `cli-${Date.now()}.json`)
    await writeFile(
      mapping,
      JSON.stringify({
        mapping: {
          'Subject': 'title',
          'Body': 'description',
          'Queue': 'group',
          'Email': 'requester_email',
          'Ticket ID': 'external_id',
        },
      })
    )

    const dry = await ace.create(TicketsImport, [
      file,
      '--organization',
      organization.slug,
      '--mapping',
      mapping,
      '--dry-run',
    ])
    await dry.exec()
    assert.equal(dry.exitCode, 1)
    dry.assertLogMatches(
      /would be created: 2; already imported \(skipped\): 0; refused: 1 of 3 rows/
    )
    dry.assertLogMatches(/row 3, Subject: The row has no title/)
    assert.equal(
      await Ticket.query()
        .where('organization_id', organization.id)
        .count('* as n')
        .then((r) => Number(r[0].$extras.n)),
      0
    )

    const real = await ace.create(TicketsImport, [
      file,
      '--organization',
      organization.slug,
      '--mapping',
      mapping,
    ])
    await real.exec()
    real.assertLogMatches(/Tickets created: 2/)
    const tickets = await Ticket.query().where('organization_id', organization.id)
    assert.lengthOf(tickets, 2)
    // Urgency was not mapped by the mapping file: default priority.
    assert.deepEqual([...new Set(tickets.map((ticket) => ticket.priority))], ['medium'])
  })

  test('users:import creates people through the same command base', async ({ assert }) => {
    const { organization } = await world()
    const file = join(tmpdir(), `cli-users-${Date.now()}.csv`)
    await writeFile(file, 'email,name,role\nkim@cli.example,Kim,agent\n')
    const command = await ace.create(UsersImport, [file, '--organization', organization.slug])
    await command.exec()
    assert.equal(command.exitCode, 0)
    command.assertLogMatches(/Users created: 1/)
    const kim = await User.findByOrFail('email', 'kim@cli.example')
    assert.equal(kim.role, 'agent')
  })

  test('an unknown organization or admin is a clear error', async () => {
    const { organization } = await world()
    const missing = await ace.create(TicketsImport, ['/nonexistent.csv', '--organization', 'nope'])
    await missing.exec()
    missing.assertFailed()
    missing.assertLogMatches(/No organization with the slug "nope"/)
    const wrongAdmin = await ace.create(TicketsImport, [
      '/nonexistent.csv',
      '--organization',
      organization.slug,
      '--as',
      'x@example.com',
    ])
    await wrongAdmin.exec()
    wrongAdmin.assertLogMatches(/is not an active admin/)
  })
})
