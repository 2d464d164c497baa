/**
 * Ticket import (issue 12, point 9): a CSV of N tickets with one reply
 * each, imported by the real worker process from a queued job, side by
 * side with the limit of the same work on the same database: the same
 * rows and replies written by plain multi-row INSERTs from this process.
 * Reports rows per second, the ratio, and the worker's peak RSS (the
 * kernel's VmHWM) for growing files, which shows whether memory stays flat.
 *
 *   npm run bench:import -- [rows ...]     (default 25000 50000 100000)
 *
 * It migrates DB_DATABASE (default switchboard_bench_import) afresh first.
 * Progress goes to stderr, the results (Markdown) to stdout.
 */
import { createReadStream } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { withApp } from './boot.ts'
import { startAppProcess } from './app_processes.ts'

const SIZES = process.argv
  .slice(2)
  .filter((arg) => /^\d+$/.test(arg))
  .map(Number)
const ROWS = SIZES.length ? SIZES : [25_000, 50_000, 100_000]
const REQUESTERS = 2_000
const BATCH = 500

const log = (line: string) => process.stderr.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** A Zammad-like export: field-named headers, ISO dates, one public reply per ticket. */
function csvFor(size: number, run: string) {
  const lines = [
    'title,description,priority,status,group,requester_email,requester_name,assignee_email,created_at,closed_at,external_id,reply',
  ]
  const priorities = ['low', 'Normal', 'high', 'Urgent']
  for (let n = 0; n < size; n++) {
    const created = new Date(Date.UTC(2022, 0, 1) + n * 60_000).toISOString()
    const closed = new Date(Date.UTC(2022, 0, 1) + n * 60_000 + 3_600_000).toISOString()
    lines.push(
      [
        `VPN drops every hour on laptop ${n}`,
        `"Since the update the VPN client disconnects, ""error 809"". Ticket ${n} of ${run}."`,
        priorities[n % 4],
        'closed',
        'IT support',
        `person${n % REQUESTERS}@bench.example`,
        `Person ${n % REQUESTERS}`,
        `agent${n % 5}@bench.example`,
        created,
        closed,
        `${run}-${n}`,
        '"Reinstalled the client, fixed."',
      ].join(',')
    )
  }
  return lines.join('\n') + '\n'
}

await withApp(async () => {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: Organization } = await import('#models/organization')
  const { default: User } = await import('#models/user')
  const { default: Group } = await import('#models/group')
  const { default: DataImport } = await import('#models/data_import')
  const { default: ImportService } = await import('#services/imports/import_service')
  const { default: ImportFiles } = await import('#services/imports/import_files')
  const { systemContext } = await import('#services/request_context')
  const { renderMarkdown } = await import('#services/tickets/markdown')
  const { closeQueues } = await import('#services/queue/queue_registry')

  const organization = await Organization.create({
    name: 'Bench',
    slug: `bench-${Date.now()}`,
    ticketPrefix: 'BI',
  })
  const admin = await User.create({
    organizationId: organization.id,
    email: `admin-${organization.id}@bench.example`,
    name: 'Bench Admin',
    role: 'admin',
    password: null,
  })
  await Group.create({ organizationId: organization.id, name: 'IT support' })
  for (let n = 0; n < 5; n++) {
    await User.create({
      organizationId: organization.id,
      email: `agent${n}@bench.example`,
      name: `Agent ${n}`,
      role: 'agent',
      password: null,
    })
  }

  /** The limit: the same tickets and replies, 500 rows a statement, nothing else. */
  async function rawInsert(size: number, run: string) {
    const group = await Group.findByOrFail('name', 'IT support')
    const requester = admin.id
    const started = performance.now()
    for (let offset = 0; offset < size; offset += BATCH) {
      const rows = Array.from({ length: Math.min(BATCH, size - offset) }, (_, k) => {
        const n = offset + k
        const description = `Since the update the VPN client disconnects, "error 809". Ticket ${n} of ${run}.`
        return {
          title: `VPN drops every hour on laptop ${n}`,
          description,
          description_html: renderMarkdown(description),
          created_at: new Date(Date.UTC(2022, 0, 1) + n * 60_000).toISOString(),
        }
      })
      await db.transaction(async (trx) => {
        const inserted = await trx.rawQuery(
          `INSERT INTO tickets (organization_id, title, description, description_html, priority, status, source,
             requester_id, group_id, created_at, updated_at, closed_at, number, reference)
           SELECT ?, r.title, r.description, r.description_html, 'medium', 'closed', 'import', ?, ?, r.created_at,
             r.created_at, r.created_at, r.number, 'BI-' || r.number
             FROM (SELECT *, nextval(ticket_number_sequence(?))::integer AS number
                     FROM jsonb_to_recordset(?::jsonb)
                       AS j(title text, description text, description_html text, created_at timestamptz)) AS r
           RETURNING id`,
          [organization.id, requester, group.id, organization.id, JSON.stringify(rows)]
        )
        const reply = 'Reinstalled the client, fixed.'
        await trx.rawQuery(
          `INSERT INTO ticket_comments (organization_id, ticket_id, author_id, body, body_html, is_internal, created_at, updated_at)
           SELECT ?, id, ?, ?, ?, false, now(), now() FROM unnest(?::bigint[]) AS id`,
          [
            organization.id,
            requester,
            reply,
            renderMarkdown(reply),
            inserted.rows.map((row: { id: number }) => row.id),
          ]
        )
      })
    }
    return size / ((performance.now() - started) / 1000)
  }

  const results: string[] = []
  for (const size of ROWS) {
    const run = `r${size}-${Date.now()}`
    const path = join(tmpdir(), `bench-import-${run}.csv`)
    await writeFile(path, csvFor(size, run))
    log(`${size} rows: file written; starting a worker`)
    const worker = await startAppProcess('worker', false, {})
    try {
      const file = await ImportFiles.receive(createReadStream(path), `bench-${size}.csv`)
      const record = await ImportService.create(admin, 'tickets', file)
      await ImportService.start(
        record,
        'real',
        { ...systemContext, actor: admin },
        { dryRunFirst: false }
      )
      let current = record
      while (!['completed', 'failed', 'cancelled'].includes(current.status)) {
        await sleep(500)
        current = await DataImport.findOrFail(record.id)
        log(`  ${current.status} ${current.processedRows}/${current.totalRows ?? '?'}`)
      }
      if (current.status !== 'completed')
        throw new Error(`import ${current.status}: ${current.error}`)
      const seconds = current.finishedAt!.diff(current.startedAt!).as('seconds')
      const peak = await worker.peakRssMb()
      log(`  imported ${current.createdRows} in ${seconds.toFixed(1)} s; raw inserts next`)
      const raw = await rawInsert(size, run)
      const rate = current.createdRows / seconds
      results.push(
        `| ${size.toLocaleString('en')} | ${seconds.toFixed(1)} s | ${Math.round(rate)} | ${Math.round(raw)} | ${(raw / rate).toFixed(1)}× | ${Math.round(peak)} MB |`
      )
    } finally {
      await worker.stop()
      await rm(path, { force: true })
    }
  }
  await closeQueues()
  process.stdout.write(
    [
      '| Rows (one reply each) | Import (worker, incl. the read-through) | Rows/s | Raw INSERT rows/s | Ratio | Worker peak RSS |',
      '| --- | --- | --- | --- | --- | --- |',
      ...results,
      '',
    ].join('\n')
  )
})
