import { test } from '@japa/runner'
import { Readable } from 'node:stream'
import iconv from 'iconv-lite'
import ExcelJS from 'exceljs'
import db from '@adonisjs/lucid/services/db'
import Ticket from '#models/ticket'
import { GroupFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { runPass, uploadImport } from '#tests/support/imports'
import ImportFiles, { importLimits } from '#services/imports/import_files'
import { ImportFileError } from '#services/imports/spreadsheet_file'

async function world() {
  const staff = await organizationWithStaff()
  await GroupFactory.merge({ organizationId: staff.organization.id, name: 'IT' }).create()
  return staff
}

async function titles(organizationId: number) {
  const tickets = await Ticket.query().where('organization_id', organizationId).orderBy('number')
  return tickets.map((ticket) => ticket.title)
}

test.group('Import files: encodings, delimiters and Excel', (group) => {
  isolate(group)

  test('UTF-8 with a BOM and semicolons', async ({ assert }) => {
    const { admin, organization } = await world()
    const csv =
      '\uFEFFBetreff;Beschreibung;Gruppe;E-Mail\nDrucker läuft nicht;Seit Montag, ständig;IT;jörg@example.com\n'
    const record = await uploadImport(admin, 'de.csv', csv)
    assert.equal(record.encoding, 'utf-8')
    assert.equal(record.delimiter, ';')
    assert.deepEqual(record.headers, ['Betreff', 'Beschreibung', 'Gruppe', 'E-Mail'])
    assert.deepEqual(Object.values(record.mapping), [
      'title',
      'description',
      'group',
      'requester_email',
    ])
    await runPass(record.id, 'real')
    assert.deepEqual(await titles(organization.id), ['Drucker läuft nicht'])
  })

  test('Windows-1252 with tabs', async ({ assert }) => {
    const { admin, organization } = await world()
    const bytes = iconv.encode(
      'Subject\tBody\tQueue\tEmail\nCafé-Kasse: Störung €\tGrüße\tIT\tx@example.com\n',
      'windows-1252'
    )
    const record = await uploadImport(admin, 'legacy.csv', bytes)
    assert.equal(record.encoding, 'windows-1252')
    assert.equal(record.delimiter, '\t')
    await runPass(record.id, 'real')
    assert.deepEqual(await titles(organization.id), ['Café-Kasse: Störung €'])
  })

  test('UTF-16 with a BOM (Excel\'s "Unicode text")', async ({ assert }) => {
    const { admin, organization } = await world()
    const bytes = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      iconv.encode('title\tgroup\tdescription\nÜbersetzung fehlt\tIT\tx\n', 'utf-16le'),
    ])
    const record = await uploadImport(admin, 'unicode.txt', bytes)
    assert.equal(record.encoding, 'utf-16le')
    await runPass(record.id, 'real')
    assert.deepEqual(await titles(organization.id), ['Übersetzung fehlt'])
  })

  test('an .xlsx workbook: date cells, numbers, and a formula kept as text', async ({ assert }) => {
    const { admin, organization } = await world()
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('Tickets')
    sheet.addRow(['Title', 'Description', 'Group', 'Created', 'ID'])
    sheet.addRow(['Laptop broken', 'Screen cracked', 'IT', new Date('2023-11-02T14:15:00Z'), 4711])
    sheet.addRow([{ formula: 'HYPERLINK("http://evil.example","click")' }, 'x', 'IT', null, 4712])
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer())
    const record = await uploadImport(admin, 'tickets.xlsx', bytes)
    assert.equal(record.format, 'xlsx')
    assert.deepEqual(Object.values(record.mapping), [
      'title',
      'description',
      'group',
      'created_at',
      'external_id',
    ])
    const done = await runPass(record.id, 'real')
    assert.equal(done.createdRows, 2)
    const tickets = await Ticket.query().where('organization_id', organization.id).orderBy('number')
    assert.equal(tickets[0].createdAt.toUTC().toISO(), '2023-11-02T14:15:00.000Z')
    assert.equal(tickets[1].title, '=HYPERLINK("http://evil.example","click")')
    const notices = await db
      .from('import_notes')
      .where('import_id', record.id)
      .where('kind', 'notice')
    assert.lengthOf(notices, 1)
    assert.equal(notices[0].row_number, 2)
    assert.equal(notices[0].column, 'Title')
    const keys = await db
      .from('imported_records')
      .where('import_id', record.id)
      .orderBy('key')
      .select('key')
    assert.deepEqual(
      keys.map((row) => row.key),
      ['ext:4711', 'ext:4712']
    )
  })

  test('bad files are refused with a clear message and write nothing', async ({ assert }) => {
    const { admin, organization } = await world()
    const refused = async (name: string, content: string | Buffer): Promise<string> => {
      try {
        await uploadImport(admin, name, content)
      } catch (error) {
        assert.instanceOf(error, ImportFileError)
        return (error as Error).message
      }
      throw new Error(`${name} was accepted`)
    }
    assert.equal(await refused('empty.csv', ''), 'The file is empty.')
    assert.equal(
      await refused('header.csv', 'title,description\n'),
      'The file has a header row but no data rows.'
    )
    assert.match(
      await refused('old.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])),
      /old Excel file/
    )
    assert.match(await refused('fake.xlsx', 'title\nx\n'), /not a readable Excel workbook/)
    assert.match(
      await refused('binary.csv', Buffer.from([0x74, 0x00, 0xff, 0x00, 0x0a])),
      /not a text file/
    )

    const limit = importLimits.maxBytes
    importLimits.maxBytes = 64
    try {
      assert.match(await refused('big.csv', `title\n${'x'.repeat(100)}\n`), /larger than/)
    } finally {
      importLimits.maxBytes = limit
    }
    assert.equal(
      await db
        .from('imports')
        .where('organization_id', organization.id)
        .count('* as n')
        .then((r) => Number(r[0].n)),
      0
    )
  })

  test('a file malformed further down fails before any row is written', async ({ assert }) => {
    const { admin, organization } = await world()
    // Past the first 64 KB read: the upload's preview reads only the start.
    const rows = Array.from({ length: 2000 }, (_, n) => `Row ${n},IT,${'x'.repeat(100)}`)
    const csv = ['title,group,description', ...rows, 'Broken "quote,IT,x', 'After,IT,x'].join('\n')
    const record = await uploadImport(admin, 'broken.csv', csv)
    const done = await runPass(record.id, 'real')
    assert.equal(done.status, 'failed')
    assert.match(done.error!, /malformed/)
    assert.deepEqual(await titles(organization.id), [])
  })

  test('files stream to disk while their size, hash and UTF-8 validity are measured', async ({
    assert,
  }) => {
    // "ä" split across two chunks is still valid UTF-8.
    const file = await ImportFiles.receive(
      Readable.from([Buffer.from([0x61, 0xc3]), Buffer.from([0xa4, 0x0a])]),
      'a.csv'
    )
    assert.isTrue(file.utf8Valid)
    assert.equal(file.size, 4)
    assert.equal(file.hash.length, 64)
    await ImportFiles.discard(file)
  })
})
