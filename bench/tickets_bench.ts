/**
 * Measures ticket list and search latency through the product's own query
 * code (TicketQuery: visibility, filters, full-text search, counts, page,
 * preloads, snippets), on the database bench/seed_tickets.ts filled. Each
 * scenario times what one desk, portal or API list request asks of the
 * database.
 *
 *   npm run bench:tickets -- [runs]      (DB_DATABASE defaults to switchboard_bench)
 *
 * Prints a Markdown table (p50 / p95 / max in ms per scenario) for
 * docs/benchmarks.md.
 */
import os from 'node:os'
import { withApp } from './boot.ts'

const RUNS = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 25)
/** `--sql`: also print each scenario's statements, bindings filled in, for EXPLAIN. */
const SHOW_SQL = process.argv.includes('--sql')

type Scenario = {
  name: string
  who: 'admin' | 'agent' | 'customer'
  filters: () => Record<string, unknown>
  /** 'list' = the desk's and portal's page plus status counts; 'api' = the API's page alone. */
  via?: 'list' | 'api'
}

const WORDS = [
  'printer',
  'vpn',
  'laptop',
  'password',
  'monitor',
  'badge',
  'outlook',
  'excel',
  'wifi',
  'keyboard',
]
const PAIRS = [
  'firmware bluetooth',
  'certificate browser',
  'toner jam',
  'mailbox quota',
  'salary payment',
  'docking station',
]
let turn = 0
const next = <T>(list: T[]) => list[turn++ % list.length]

const SCENARIOS: Scenario[] = [
  {
    name: 'Admin, all tickets, newest first, page 1',
    who: 'admin',
    filters: () => ({ queue: 'all' }),
  },
  {
    name: 'Admin, all tickets, page 2,000 (offset 50,000)',
    who: 'admin',
    filters: () => ({ queue: 'all', page: 2000 }),
  },
  {
    name: 'Admin, status open + priority high',
    who: 'admin',
    filters: () => ({ queue: 'all', status: ['open'], priority: ['high'] }),
  },
  {
    name: 'Admin, one group, sorted by priority',
    who: 'admin',
    filters: () => ({ queue: 'all', groupId: 'GROUP', sort: 'priority' }),
  },
  {
    name: 'Admin, created in one month',
    who: 'admin',
    filters: () => ({
      queue: 'all',
      createdFrom: new Date(Date.now() - 400 * 86400_000),
      createdTo: new Date(Date.now() - 370 * 86400_000),
    }),
  },
  { name: 'Admin, unassigned queue', who: 'admin', filters: () => ({ queue: 'unassigned' }) },
  { name: 'Admin, urgent queue', who: 'admin', filters: () => ({ queue: 'urgent' }) },
  { name: 'Agent, unassigned queue', who: 'agent', filters: () => ({ queue: 'unassigned' }) },
  { name: 'Agent, urgent queue', who: 'agent', filters: () => ({ queue: 'urgent' }) },
  { name: 'Agent, mine', who: 'agent', filters: () => ({ queue: 'mine' }) },
  { name: 'Agent, my groups', who: 'agent', filters: () => ({ queue: 'groups' }) },
  {
    name: 'Admin, "my groups" queue while in no group',
    who: 'admin',
    filters: () => ({ queue: 'groups' }),
  },
  { name: 'Agent, all they may see, page 1', who: 'agent', filters: () => ({ queue: 'all' }) },
  { name: 'Customer, my tickets', who: 'customer', filters: () => ({}) },
  {
    name: 'API, admin, all tickets, page 1',
    who: 'admin',
    filters: () => ({ queue: 'all' }),
    via: 'api',
  },
  {
    name: 'API, agent, all they may see, page 2,000',
    who: 'agent',
    filters: () => ({ queue: 'all', page: 2000 }),
    via: 'api',
  },
  {
    name: 'Admin search, one common word',
    who: 'admin',
    filters: () => ({ queue: 'all', q: next(WORDS) }),
  },
  {
    name: 'Admin search, two words',
    who: 'admin',
    filters: () => ({ queue: 'all', q: next(PAIRS) }),
  },
  {
    name: 'Admin search, rare term (an asset tag)',
    who: 'admin',
    filters: () => ({
      queue: 'all',
      q: `WS${String(Math.floor(Math.random() * 200_000)).padStart(6, '0')}`,
    }),
  },
  {
    name: 'Admin search, ticket number',
    who: 'admin',
    filters: () => ({ queue: 'all', q: `BEN-${1000 + 1 + Math.floor(Math.random() * 900_000)}` }),
  },
  {
    name: 'Agent search, two words (visibility + notes)',
    who: 'agent',
    filters: () => ({ queue: 'all', q: next(PAIRS) }),
  },
  {
    name: 'Agent search, one word (visibility + notes)',
    who: 'agent',
    filters: () => ({ queue: 'all', q: next(WORDS) }),
  },
  { name: 'Customer search, one word', who: 'customer', filters: () => ({ q: next(WORDS) }) },
]

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

await withApp(async () => {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: User } = await import('#models/user')
  const { default: TicketQuery } = await import('#services/tickets/ticket_query')
  const { default: TicketLists } = await import('#services/tickets/ticket_lists')

  const total = await db.from('tickets').count('* as n').first()
  const comments = await db.from('ticket_comments').count('* as n').first()
  const admin = await User.findByOrFail('email', 'admin@bench.test')
  const agent = await User.findByOrFail('email', 'agent1@bench.test')
  const customer = await User.findByOrFail('email', 'customer1@bench.test')
  const group = await db
    .from('groups')
    .where('organization_id', admin.organizationId)
    .orderBy('id')
    .first()
  const users = { admin, agent, customer }
  const knex = db.connection().getReadClient()
  let sqlSink: string[] | null = null
  knex.on('query', (query: { sql: string; bindings?: unknown[] }) => {
    if (sqlSink && sqlSink.length < 40) {
      try {
        sqlSink.push(knex.raw(query.sql, (query.bindings ?? []) as never).toString())
      } catch {
        sqlSink.push(`${query.sql} -- bindings ${JSON.stringify(query.bindings)}`)
      }
    }
  })

  const rows: string[] = []
  for (const scenario of SCENARIOS) {
    const timings: number[] = []
    let matched = 0
    let capped = false
    const statements: string[] = []
    for (let run = -3; run < RUNS; run++) {
      sqlSink = SHOW_SQL && run === -3 ? statements : null
      const user = users[scenario.who]
      const filters = scenario.filters()
      if (filters.groupId === 'GROUP') {
        filters.groupId = group.id
      }
      const base =
        scenario.who === 'customer'
          ? TicketQuery.requestedBy(user)
          : TicketQuery.queueBase(user, filters.queue as never)
      const started = performance.now()
      const { page } =
        scenario.via === 'api'
          ? await TicketLists.page(base, user, filters as never)
          : await TicketLists.list(base, user, filters as never)
      const elapsed = performance.now() - started
      const meta = page.getMeta()
      matched = meta.total
      capped = Boolean(meta.totalCapped)
      if (run >= 0) {
        timings.push(elapsed)
      }
    }
    timings.sort((a, b) => a - b)
    const cells = [
      percentile(timings, 50),
      percentile(timings, 95),
      percentile(timings, 99),
      timings[timings.length - 1],
    ].map((ms) => ms.toFixed(1))
    if (SHOW_SQL) {
      process.stderr.write(`\n-- ${scenario.name}\n${[...new Set(statements)].join(';\n')};\n`)
    }
    const count = `${matched.toLocaleString('en')}${capped ? '+' : ''}`
    rows.push(`| ${scenario.name} | ${count} | ${cells.join(' | ')} |`)
    process.stderr.write(`${scenario.name}: p50 ${cells[0]} ms\n`)
  }

  const pg = await db.rawQuery('SHOW server_version')
  console.log(
    `Tickets: ${Number(total?.n).toLocaleString('en')}, comments: ${Number(comments?.n).toLocaleString('en')}; ${RUNS} measured runs per scenario after 3 warm-up runs.`
  )
  console.log(
    `Machine: ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB; PostgreSQL ${pg.rows[0].server_version}; Node ${process.version}.`
  )
  console.log('')
  console.log('| Scenario | Matching tickets | p50 ms | p95 ms | p99 ms | max ms |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: |')
  for (const row of rows) {
    console.log(row)
  }
})
