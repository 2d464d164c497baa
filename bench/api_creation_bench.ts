/**
 * Ticket creation through the API (issue 11, point 4): the real web server
 * and worker as their own processes, C clients each POSTing
 * /api/v1/tickets as a customer with a bearer token, side by side with the
 * limit of the same work, the bare INSERT of the same ticket row at the
 * same concurrency on the same database, because this machine is noisy and
 * ratios are not. After each load: how long the worker needs to drain the
 * events and deliveries it left, and the peak RSS of both processes.
 *
 *   npm run bench:api -- [seconds] [--build] [--production]
 *
 * It migrates DB_DATABASE (default switchboard_bench_api) afresh first.
 * With --build the processes run `npm run build`'s output instead of the
 * sources through the TypeScript loader. With --production they run with
 * NODE_ENV=production (template caches on, as deployed), sending their
 * mail over SMTP to a sink in this process (bench/smtp_sink.ts); without
 * it, NODE_ENV=development and mail goes to the log.
 *
 * Progress goes to stderr, the results (Markdown) to stdout.
 */
import getPort from 'get-port'
import pg from 'pg'
import { withApp } from './boot.ts'
import { startAppProcess, type AppProcess } from './app_processes.ts'
import { startSmtpSink } from './smtp_sink.ts'

const BUILT = process.argv.includes('--build')
const PRODUCTION = process.argv.includes('--production')
const SECONDS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 20)
const WARM_UP_SECONDS = 3
const CONCURRENCY = [4, 32]
/**
 * The API allows 120 writes a minute per user: enough customers that the
 * goal's rate (600 tickets/s) over both runs never meets that limit.
 */
const CUSTOMERS = 500

const log = (line: string) => process.stderr.write(`${line}\n`)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

function percentile(sorted: number[], p: number) {
  return sorted.length
    ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]
    : Number.NaN
}

/**
 * Runs `clients` loops of `work` for the warm-up and then SECONDS more;
 * only the calls that start and end inside the measured window count.
 */
async function load(clients: number, work: () => Promise<boolean>) {
  const start = performance.now() + WARM_UP_SECONDS * 1000
  const end = start + SECONDS * 1000
  const latencies: number[] = []
  let failures = 0
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const began = performance.now()
        const ok = await work()
        const ended = performance.now()
        if (began < start || ended > end) continue
        if (ok) latencies.push(ended - began)
        else failures++
      }
    })
  )
  latencies.sort((a, b) => a - b)
  return {
    perSecond: latencies.length / SECONDS,
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    failures,
  }
}

await withApp(async () => {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: env } = await import('#start/env')
  const { default: Organization } = await import('#models/organization')
  const { default: Group } = await import('#models/group')
  const { default: User } = await import('#models/user')
  const { default: TaxonomyService } = await import('#services/taxonomy_service')
  const { systemContext } = await import('#services/request_context')
  const { renderMarkdown } = await import('#services/tickets/markdown')

  const existing = await db.from('tickets').count('* as total').first()
  if (Number(existing?.total) > 0) {
    throw new Error('the benchmark database already has tickets; run migration:fresh first')
  }
  const organization = await Organization.create({
    name: 'API Bench Corp',
    slug: 'api-bench',
    ticketPrefix: 'API',
    timezone: 'UTC',
    defaultLocale: 'en',
  })
  const person = (role: 'admin' | 'agent' | 'customer', n: number) =>
    User.create({
      organizationId: organization.id,
      name: `${role} ${n}`,
      email: `${role}${n}@api-bench.example`,
      password: 'bench-password-1',
      role,
      isActive: true,
    })
  const admin = await person('admin', 0)
  const agent = await person('agent', 0)
  const group = await Group.create({
    organizationId: organization.id,
    name: 'IT',
    description: 'Bench group',
    isActive: true,
    position: 0,
  })
  // An agent in the group, so that each new ticket has someone to notify.
  await group.related('members').attach([agent.id])
  const context = { ...systemContext, actor: admin }
  const category = await TaxonomyService.createCategory(group, 'Hardware', context)
  const subcategory = await TaxonomyService.createSubcategory(category, 'Laptop', context)
  // Token holders only: without a password there is no hash to compute for each.
  const now = new Date()
  const ids = await db
    .table('users')
    .multiInsert(
      Array.from({ length: CUSTOMERS }, (_, n) => ({
        organization_id: organization.id,
        name: `customer ${n}`,
        email: `customer${n}@api-bench.example`,
        role: 'customer',
        created_at: now,
        updated_at: now,
      }))
    )
    .returning('id')
  const customers = await User.findMany(ids.map((row: { id: number }) => row.id))
  const tokens: string[] = []
  for (const customer of customers) {
    const token = await User.accessTokens.create(customer)
    tokens.push(token.value!.release())
  }
  const ticket = {
    group_id: group.id,
    category_id: category.id,
    subcategory_id: subcategory.id,
    title: 'Cannot access VPN',
    description: 'The VPN client fails with error 789',
    priority: 'high',
  }
  log(`seeded one organization, ${CUSTOMERS} customers with tokens`)

  const port = await getPort()
  const url = `http://127.0.0.1:${port}/api/v1/tickets`
  const sink = PRODUCTION ? await startSmtpSink() : null
  const processes: Record<string, string> = {
    NODE_ENV: PRODUCTION ? 'production' : 'development',
    PORT: String(port),
    HOST: '127.0.0.1',
    ...(sink ? { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port) } : {}),
  }
  const web = await startAppProcess('web', BUILT, processes)
  let worker: AppProcess | undefined
  const pool = new pg.Pool({
    host: env.get('DB_HOST'),
    port: env.get('DB_PORT'),
    user: env.get('DB_USER'),
    password: env.get('DB_PASSWORD'),
    database: env.get('DB_DATABASE'),
    max: Math.max(...CONCURRENCY),
  })
  try {
    worker = await startAppProcess('worker', BUILT, processes)
    log(
      `web (pid ${web.pid}) on port ${port}, worker (pid ${worker.pid}), ${BUILT ? 'built' : 'sources'}, ${processes.NODE_ENV}`
    )

    // Each request as the next customer, so every customer's rate stays the same.
    let requests = 0
    const statuses = new Map<number, number>()
    const post = async () => {
      const token = tokens[requests++ % tokens.length]
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'authorization': `Bearer ${token}`,
          'content-type': 'application/json',
          'accept': 'application/json',
        },
        body: JSON.stringify(ticket),
      })
      await response.arrayBuffer()
      if (response.status !== 201) {
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1)
      }
      return response.status === 201
    }

    // The intake's own statement (ticket_numbers.ts): the number and the row, autocommitted.
    const rawInsert = async () => {
      await pool.query(
        `WITH counter AS (SELECT nextval(ticket_number_sequence($1))::integer AS last_number)
         INSERT INTO tickets (organization_id, title, description, description_html, priority, status,
           source, requester_id, group_id, category_id, subcategory_id, created_at, updated_at, number, reference)
         SELECT $1, $2, $3, $4, 'high', 'open', 'api', $5, $6, $7, $8, $9, $9, counter.last_number,
           organizations.ticket_prefix || '-' || counter.last_number
           FROM counter JOIN organizations ON organizations.id = $1
         RETURNING id`,
        [
          organization.id,
          ticket.title,
          ticket.description,
          renderMarkdown(ticket.description),
          customers[0].id,
          group.id,
          category.id,
          subcategory.id,
          now,
        ]
      )
      return true
    }

    const backlog = async () => {
      const [events, deliveries] = await Promise.all([
        db.from('outbox_events').whereNull('published_at').count('* as n').first(),
        db.from('event_deliveries').where('status', 'pending').count('* as n').first(),
      ])
      return Number(events?.n) + Number(deliveries?.n)
    }
    const drain = async () => {
      const started = performance.now()
      const left = await backlog()
      while ((await backlog()) > 0) await sleep(100)
      return { left, seconds: (performance.now() - started) / 1000 }
    }

    const rows: string[] = []
    for (const clients of CONCURRENCY) {
      log(`API, ${clients} clients: ${WARM_UP_SECONDS} s warm-up + ${SECONDS} s`)
      const api = await load(clients, post)
      const drained = await drain()
      log(
        `  ${api.perSecond.toFixed(0)} tickets/s; drained ${drained.left} in ${drained.seconds.toFixed(1)} s`
      )
      if (statuses.size > 0) log(`  answers other than 201: ${JSON.stringify([...statuses])}`)
      statuses.clear()
      log(`bare INSERT, ${clients} connections`)
      const raw = await load(clients, rawInsert)
      const webRss = await web.peakRssMb()
      const workerRss = await worker.peakRssMb()
      rows.push(
        `| ${clients} | ${api.perSecond.toFixed(0)} | ${api.p50.toFixed(0)} | ${api.p95.toFixed(0)} | ` +
          `${api.p99.toFixed(0)} | ${api.failures} | ${raw.perSecond.toFixed(0)} | ` +
          `${(raw.perSecond / api.perSecond).toFixed(0)}× | ${drained.left} | ${drained.seconds.toFixed(1)} | ` +
          `${webRss.toFixed(0)} | ${workerRss.toFixed(0)} |`
      )
    }
    console.log(
      `${SECONDS} s measured after ${WARM_UP_SECONDS} s warm-up per row; latencies in ms.\n`
    )
    console.log(
      '| clients | API tickets/s | p50 | p95 | p99 | failed | bare INSERT rows/s | ratio | ' +
        'backlog at stop | drain s | web peak RSS MB | worker peak RSS MB |'
    )
    console.log(
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |'
    )
    for (const row of rows) console.log(row)
  } finally {
    await pool.end()
    await worker?.stop()
    await web.stop()
    await sink?.close()
  }
})
