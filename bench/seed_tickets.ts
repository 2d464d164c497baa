/**
 * Fills a benchmark database with a realistic million-ticket helpdesk:
 * one organization, 2,000 customers, 40 agents in 8 groups, a taxonomy,
 * N tickets (default 1,000,000) spread over three years with a realistic
 * status/priority mix, and public replies and internal notes on a share of
 * them. Text comes from a small helpdesk vocabulary, so common words are
 * in a large share of tickets (a pessimistic corpus for search), and each
 * ticket names one of 200,000 asset tags (WS000000–WS199999) for searches
 * on rare terms. Rows go in with set-based SQL; the search triggers index
 * them exactly as in production.
 *
 *   npm run bench:seed -- [tickets]   (migrates DB_DATABASE, default switchboard_bench, afresh first)
 */
import { withApp } from './boot.ts'

const TICKETS = Number(process.argv[2] ?? 1_000_000)
const BATCH = 50_000

const SUBJECTS = [
  'laptop',
  'printer',
  'vpn',
  'email',
  'password',
  'monitor',
  'keyboard',
  'badge',
  'wifi',
  'teams',
  'outlook',
  'excel',
  'license',
  'phone',
  'headset',
  'docking',
  'station',
  'account',
  'server',
  'database',
  'backup',
  'invoice',
  'payroll',
  'desk',
  'chair',
  'heating',
  'parking',
  'elevator',
  'projector',
  'calendar',
]
const PROBLEMS = [
  'broken',
  'slow',
  'crashes',
  'not working',
  'missing',
  'locked',
  'expired',
  'flickers',
  'disconnects',
  'fails to start',
  'cannot connect',
  'shows an error',
  'is very loud',
  'does not print',
  'rejects my login',
]
const WORDS = [
  'since',
  'yesterday',
  'morning',
  'after',
  'the',
  'update',
  'again',
  'please',
  'help',
  'urgent',
  'meeting',
  'client',
  'office',
  'remote',
  'home',
  'floor',
  'building',
  'error',
  'code',
  'restart',
  'tried',
  'already',
  'colleague',
  'same',
  'issue',
  'window',
  'screen',
  'battery',
  'cable',
  'network',
  'firewall',
  'certificate',
  'browser',
  'chrome',
  'firefox',
  'windows',
  'macos',
  'linux',
  'driver',
  'firmware',
  'bluetooth',
  'usb',
  'hdmi',
  'adapter',
  'toner',
  'paper',
  'jam',
  'quota',
  'mailbox',
  'calendar',
  'share',
  'folder',
  'permission',
  'access',
  'request',
  'approval',
  'manager',
  'invoice',
  'payment',
  'salary',
]

function sqlArray(values: string[]) {
  return `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')}]`
}

await withApp(async () => {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: hash } = await import('@adonisjs/core/services/hash')
  const started = performance.now()
  const existing = await db.from('tickets').count('* as total').first()
  if (Number(existing?.total) > 0) {
    throw new Error('the benchmark database already has tickets; run migration:fresh first')
  }
  const password = await hash.make('bench-password-1')
  const [org] = await db
    .table('organizations')
    .insert({
      name: 'Bench Corp',
      slug: 'bench',
      ticket_prefix: 'BEN',
      created_at: new Date(),
      updated_at: new Date(),
    })
    .returning('id')
  const orgId = org.id as number

  await db.rawQuery(
    `INSERT INTO users (organization_id, name, email, password, role, created_at, updated_at)
     SELECT ?, 'Customer ' || n, 'customer' || n || '@bench.test', ?, 'customer', now(), now() FROM generate_series(1, 2000) n`,
    [orgId, password]
  )
  await db.rawQuery(
    `INSERT INTO users (organization_id, name, email, password, role, created_at, updated_at)
     SELECT ?, 'Agent ' || n, 'agent' || n || '@bench.test', ?, 'agent', now(), now() FROM generate_series(1, 40) n`,
    [orgId, password]
  )
  await db.rawQuery(
    `INSERT INTO users (organization_id, name, email, password, role, created_at, updated_at)
     VALUES (?, 'Bench Admin', 'admin@bench.test', ?, 'admin', now(), now())`,
    [orgId, password]
  )
  await db.rawQuery(
    `INSERT INTO groups (organization_id, name, position, created_at, updated_at)
     SELECT ?, 'Group ' || n, n, now(), now() FROM generate_series(1, 8) n`,
    [orgId]
  )
  /** Agent n belongs to group ((n - 1) % 8) + 1, and every fourth agent to a second group. */
  await db.rawQuery(
    `INSERT INTO group_members (group_id, user_id)
     SELECT g.id, u.id FROM users u
     JOIN groups g ON g.organization_id = u.organization_id
      AND g.position = ((substring(u.name from 7)::int - 1) % 8) + 1
     WHERE u.role = 'agent' AND u.organization_id = ?
     UNION
     SELECT g.id, u.id FROM users u
     JOIN groups g ON g.organization_id = u.organization_id
      AND g.position = (substring(u.name from 7)::int % 8) + 1
     WHERE u.role = 'agent' AND u.organization_id = ? AND substring(u.name from 7)::int % 4 = 0`,
    [orgId, orgId]
  )
  await db.rawQuery(
    `INSERT INTO categories (organization_id, group_id, name, position, created_at, updated_at)
     SELECT ?, g.id, 'Category ' || g.position || '.' || c, c, now(), now() FROM groups g, generate_series(1, 5) c WHERE g.organization_id = ?`,
    [orgId, orgId]
  )

  const customers = await db
    .from('users')
    .where({ organization_id: orgId, role: 'customer' })
    .min('id as lo')
    .max('id as hi')
    .first()
  const agents = await db
    .from('users')
    .where({ organization_id: orgId, role: 'agent' })
    .min('id as lo')
    .max('id as hi')
    .first()
  const groups = await db
    .from('groups')
    .where({ organization_id: orgId })
    .min('id as lo')
    .max('id as hi')
    .first()
  const categories = await db
    .from('categories')
    .where({ organization_id: orgId })
    .min('id as lo')
    .max('id as hi')
    .first()

  for (let offset = 0; offset < TICKETS; offset += BATCH) {
    const size = Math.min(BATCH, TICKETS - offset)
    await db.rawQuery(
      `WITH base AS (
         SELECT n,
                random() AS r1, random() AS r2, random() AS r3, random() AS r4,
                -- Response and resolution times spread like real ones (log-normal-ish:
                -- seconds to days, a long tail to weeks), so percentiles over them are
                -- not handed a single repeated value.
                1800 * exp((random() + random() + random() - 1.5) * 4) AS response_s,
                86400 * exp((random() + random() + random() - 1.5) * 3) AS resolution_s,
                -- Numbers follow time, as in a live helpdesk (row n is the n-th ticket
                -- created): ids, numbers and the table's physical order all
                -- correlate with created_at, which the newest-first plans rely on.
                now() - ((?::int - n + random()) / ?::int) * interval '1095 days' AS created
           FROM generate_series(?::int + 1, ?::int + ?::int) n
       )
       INSERT INTO tickets (organization_id, number, reference, title, description, description_html, priority, status, source,
                            requester_id, assignee_id, group_id, category_id, first_response_at, resolved_at, closed_at, created_at, updated_at)
       SELECT ?, 1000 + n, 'BEN-' || (1000 + n),
              initcap(s.subject) || ' ' || p.problem,
              'My ' || s.subject || ' ' || p.problem || ' ' || array_to_string(ARRAY(SELECT w[1 + floor(random() * array_length(w, 1))::int] FROM generate_series(1, 25 + (n % 40))), ' ')
                || '. Asset WS' || lpad(floor(r4 * 200000)::int::text, 6, '0') || '.',
              '<p>(bench)</p>',
              CASE WHEN r1 < 0.05 THEN 'critical' WHEN r1 < 0.25 THEN 'high' WHEN r1 < 0.8 THEN 'medium' ELSE 'low' END,
              st.status,
              CASE WHEN r4 < 0.85 THEN 'portal' WHEN r4 < 0.95 THEN 'email' ELSE 'api' END,
              ?::int + floor(r2 * (?::int - ?::int + 1))::int,
              CASE WHEN st.status = 'open' THEN NULL ELSE ?::int + floor(r3 * (?::int - ?::int + 1))::int END,
              ?::int + (n % (?::int - ?::int + 1)),
              ?::int + (n % (?::int - ?::int + 1)),
              CASE WHEN st.status = 'open' THEN NULL ELSE least(now(), created + response_s * interval '1 second') END,
              CASE WHEN st.status IN ('resolved', 'closed')
                THEN least(now(), created + (response_s + resolution_s) * interval '1 second') END,
              CASE WHEN st.status = 'closed'
                THEN least(now(), created + (response_s + resolution_s) * interval '1 second' + interval '7 days') END,
              created, created + interval '1 day'
         FROM base,
              LATERAL (SELECT (${sqlArray(SUBJECTS)})[1 + floor(r1 * ${SUBJECTS.length})::int] AS subject) s,
              LATERAL (SELECT (${sqlArray(PROBLEMS)})[1 + floor(r2 * ${PROBLEMS.length})::int] AS problem) p,
              LATERAL (SELECT ${sqlArray(WORDS)} AS w) words,
              LATERAL (SELECT CASE
                WHEN created > now() - interval '30 days' AND r3 < 0.35 THEN 'open'
                WHEN created > now() - interval '30 days' AND r3 < 0.55 THEN 'assigned'
                WHEN created > now() - interval '30 days' AND r3 < 0.75 THEN 'in_progress'
                WHEN created > now() - interval '30 days' AND r3 < 0.85 THEN 'waiting_on_customer'
                WHEN created > now() - interval '30 days' THEN 'resolved'
                WHEN r3 < 0.01 THEN 'open'
                WHEN r3 < 0.03 THEN 'in_progress'
                WHEN r3 < 0.08 THEN 'resolved'
                ELSE 'closed' END AS status) st`,
      [
        TICKETS,
        TICKETS,
        offset,
        offset,
        size,
        orgId,
        customers!.lo,
        customers!.hi,
        customers!.lo,
        agents!.lo,
        agents!.hi,
        agents!.lo,
        groups!.lo,
        groups!.hi,
        groups!.lo,
        categories!.lo,
        categories!.hi,
        categories!.lo,
      ]
    )
    process.stdout.write(
      `tickets: ${offset + size}/${TICKETS} (${Math.round((performance.now() - started) / 1000)} s)\n`
    )
  }
  await db.rawQuery(`SELECT setval(ticket_number_sequence(?), ?)`, [orgId, 1000 + TICKETS])

  /** Replies and notes on 20% of tickets: the comment trigger appends them to the search vectors. */
  const commented = Math.floor(TICKETS / 5)
  for (let offset = 0; offset < commented; offset += BATCH) {
    const size = Math.min(BATCH, commented - offset)
    await db.rawQuery(
      `INSERT INTO ticket_comments (organization_id, ticket_id, author_id, body, body_html, is_internal, created_at, updated_at)
       SELECT t.organization_id, t.id, coalesce(t.assignee_id, t.requester_id),
              CASE WHEN t.id % 3 = 0 THEN 'Internal: checked the ' ELSE 'Please try restarting the ' END
                || (${sqlArray(SUBJECTS)})[1 + (t.id % ${SUBJECTS.length})] || ' and the ' || (${sqlArray(WORDS)})[1 + (t.id % ${WORDS.length})],
              '<p>(bench)</p>', t.id % 3 = 0, t.created_at + interval '3 hours', t.created_at + interval '3 hours'
         FROM tickets t
        WHERE t.organization_id = ? AND t.number > 1000 + ?::int AND t.number <= 1000 + ?::int + ?::int AND t.number % 5 = 0`,
      [orgId, offset * 5, offset * 5, size * 5]
    )
    process.stdout.write(`comments: ${Math.min(offset + size, commented)}/${commented}\n`)
  }
  /**
   * Bulk inserts leave the visibility map unset until autovacuum passes;
   * a live database is in the vacuumed state, so measure that one
   * (index-only scans depend on it).
   */
  await db.rawQuery('VACUUM ANALYZE tickets')
  await db.rawQuery('VACUUM ANALYZE ticket_comments')
  const seconds = Math.round((performance.now() - started) / 1000)
  process.stdout.write(`seeded ${TICKETS} tickets in ${seconds} s\n`)
})
