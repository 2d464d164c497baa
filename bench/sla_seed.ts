/**
 * Seeds the SLA benchmark's helpdesk with set-based SQL: one organization,
 * 500 customers, 40 agents in 8 groups, 40 categories, N non-closed tickets
 * created over the last 7 days, and one sla_escalation_clocks row per ticket
 * holding its facts only (the recompute fills the due columns, as after an
 * upgrade). Calendars and policies go in through the plugin's own
 * repositories, exactly as the admin pages store them.
 *
 * Each ticket gets its "created" history row and a third of the assigned
 * and in-progress ones a public agent reply, as the product writes them:
 * the sweep re-reads tickets through the host API, and the clock version it
 * computes (history + comments) must match the seeded one or it would
 * refuse to save.
 */
import type { Database } from '@adonisjs/lucid/database'
import type { PluginTestContext } from '#platform/sdk/testing'
import type { CalendarInput } from '#plugins/sla-escalation/data/calendars'
import type { LadderStep, Policy } from '#plugins/sla-escalation/policies/policy'
import type { Shift } from '#plugins/sla-escalation/clock/business_calendar'

type Run = PluginTestContext<any>

const BATCH = 50_000

/** Mon–Fri in the Berlin office; the measured calendar change moves between these two. */
export function berlinOffice(shift: Shift): CalendarInput {
  const day: Shift[] = [shift]
  return {
    name: 'Berlin office',
    timezone: 'Europe/Berlin',
    hours: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidays: ['01-01', '05-01', '10-03', '12-25', '12-26'].map((date) => ({
      date: `2026-${date}`,
      yearly: true,
    })),
  }
}
export const OFFICE_HOURS: Shift = ['09:00', '17:00']
export const LONG_HOURS: Shift = ['08:00', '18:00']

/** Warn the assignee an hour before each target is due; at due, raise the priority. */
function ladder(): LadderStep[] {
  const steps: LadderStep[] = []
  for (const target of ['first_response', 'resolution'] as const) {
    steps.push(
      {
        id: `${target}-warning`,
        target,
        when: 'before',
        minutes: 60,
        actions: [
          { type: 'email', to: 'assignee', userIds: [] },
          { type: 'note', body: 'Due within the hour.' },
        ],
      },
      {
        id: `${target}-breach`,
        target,
        when: 'after',
        minutes: 0,
        actions: [
          { type: 'priority', level: 'raise' },
          { type: 'note', body: 'Target missed: the team lead has been told.' },
        ],
      }
    )
  }
  return steps
}

export async function seedSlaWorld(db: Database, run: Run, tickets: number, log: Logger) {
  const { default: Calendars } = await import('#plugins/sla-escalation/data/calendars')
  const { default: Policies } = await import('#plugins/sla-escalation/data/policies')
  const orgId = run.organization.id

  const calendarId = await new Calendars(run.context.db).create(berlinOffice(OFFICE_HOURS))
  const policies = new Policies(run.context.db)
  const common: Omit<Policy, 'id' | 'position' | 'name' | 'conditions'> = {
    calendarId,
    firstResponseMinutes: null,
    nextResponseMinutes: null,
    nextResponseMode: 'after_customer',
    resolutionMinutes: null,
    ladder: ladder(),
  }
  await policies.create({
    ...common,
    name: 'Critical and high',
    conditions: { priority: ['critical', 'high'], group: [], category: [] },
    firstResponseMinutes: 60,
    nextResponseMinutes: 240,
    resolutionMinutes: 480,
  })
  await policies.create({
    ...common,
    name: 'Standard',
    conditions: { priority: [], group: [], category: [] },
    firstResponseMinutes: 480,
    resolutionMinutes: 2400,
  })

  await seedPeople(db, orgId)
  const range = async (table: string, role?: string) => {
    const query = db.from(table).where('organization_id', orgId)
    if (role) query.where('role', role)
    const row = await query.min('id as lo').max('id as hi').first()
    return [Number(row.lo), Number(row.hi)] as const
  }
  const [customerLo, customerHi] = await range('users', 'customer')
  const [agentLo, agentHi] = await range('users', 'agent')
  const [groupLo, groupHi] = await range('groups')
  const [categoryLo, categoryHi] = await range('categories')

  for (let offset = 0; offset < tickets; offset += BATCH) {
    const size = Math.min(BATCH, tickets - offset)
    await db.rawQuery(
      `WITH base AS (
         SELECT n, random() AS r1, random() AS r2, random() AS r3,
                date_trunc('milliseconds', now() - random() * interval '7 days') AS created
           FROM generate_series(?::int + 1, ?::int + ?::int) n
       )
       INSERT INTO tickets (organization_id, number, reference, title, description, description_html, priority, status, source,
                            requester_id, assignee_id, group_id, category_id, created_at, updated_at)
       SELECT ?, 1000 + n, 'SLA-' || (1000 + n), 'Printer on floor ' || (n % 9) || ' does not print',
              'Since this morning the printer shows an error. Asset WS' || lpad((n % 200000)::text, 6, '0') || '.',
              '<p>(bench)</p>',
              CASE WHEN r1 < 0.05 THEN 'critical' WHEN r1 < 0.25 THEN 'high' WHEN r1 < 0.8 THEN 'medium' ELSE 'low' END,
              st.status, 'portal',
              ?::int + floor(r2 * (?::int - ?::int + 1))::int,
              CASE WHEN st.status = 'open' THEN NULL ELSE ?::int + floor(r3 * (?::int - ?::int + 1))::int END,
              ?::int + (n % (?::int - ?::int + 1)),
              ?::int + (n % (?::int - ?::int + 1)),
              created, created
         FROM base,
              LATERAL (SELECT CASE WHEN r3 < 0.4 THEN 'open' WHEN r3 < 0.75 THEN 'assigned' ELSE 'in_progress' END AS status) st`,
      [
        offset,
        offset,
        size,
        orgId,
        customerLo,
        customerHi,
        customerLo,
        agentLo,
        agentHi,
        agentLo,
        groupLo,
        groupHi,
        groupLo,
        categoryLo,
        categoryHi,
        categoryLo,
      ]
    )
    log(`tickets: ${offset + size}/${tickets}`)
  }
  await db.rawQuery(`SELECT setval(ticket_number_sequence(?), ?)`, [orgId, 1000 + tickets])
  await db.rawQuery(
    `INSERT INTO ticket_history (organization_id, ticket_id, actor_id, field, new_value, is_internal, created_at)
     SELECT organization_id, id, requester_id, 'created', reference, false, created_at FROM tickets WHERE organization_id = ?`,
    [orgId]
  )
  /** The assignee's first public reply, somewhere between creation and now: first response met. */
  await db.rawQuery(
    `INSERT INTO ticket_comments (organization_id, ticket_id, author_id, body, body_html, is_internal, created_at, updated_at)
     SELECT organization_id, id, assignee_id, 'Looking into it.', '<p>Looking into it.</p>', false, at, at
       FROM tickets, LATERAL (SELECT date_trunc('milliseconds', created_at + (now() - created_at) * (0.1 + 0.4 * ((id * 7919) % 1000) / 1000.0)) AS at) r
      WHERE organization_id = ? AND assignee_id IS NOT NULL AND id % 3 = 0`,
    [orgId]
  )
  await db.rawQuery(
    `UPDATE tickets t SET first_response_at = c.created_at
       FROM ticket_comments c WHERE c.ticket_id = t.id AND t.organization_id = ?`,
    [orgId]
  )
  await db.rawQuery(
    `INSERT INTO sla_escalation_clocks (organization_id, ticket_id, ticket_created_at, status, priority, group_id, category_id,
                                        timeline, version, computed_at)
     SELECT t.organization_id, t.id, t.created_at, t.status, t.priority, t.group_id, t.category_id,
            jsonb_build_object('status', t.status, 'events', CASE WHEN c.id IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(
              jsonb_build_object('at', to_char(c.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), 'type', 'agent_replied')) END),
            CASE WHEN c.id IS NULL THEN 1 ELSE 2 END, now()
       FROM tickets t LEFT JOIN ticket_comments c ON c.ticket_id = t.id
      WHERE t.organization_id = ?`,
    [orgId]
  )
  for (const table of ['tickets', 'ticket_history', 'ticket_comments', 'sla_escalation_clocks']) {
    await db.rawQuery(`VACUUM ANALYZE ${table}`)
  }
}

type Logger = (line: string) => void

/** People and taxonomy as bench/seed_tickets.ts makes them, smaller. */
async function seedPeople(db: Database, orgId: number) {
  const { default: hash } = await import('@adonisjs/core/services/hash')
  const password = await hash.make('bench-password-1')
  await db.rawQuery(
    `INSERT INTO users (organization_id, name, email, password, role, created_at, updated_at)
     SELECT ?::int, 'Customer ' || n, 'customer' || n || '@sla-bench.test', ?::text, 'customer', now(), now() FROM generate_series(1, 500) n
     UNION ALL
     SELECT ?::int, 'Agent ' || n, 'agent' || n || '@sla-bench.test', ?, 'agent', now(), now() FROM generate_series(1, 40) n
     UNION ALL
     SELECT ?::int, 'Bench Admin', 'admin@sla-bench.test', ?, 'admin', now(), now()`,
    [orgId, password, orgId, password, orgId, password]
  )
  await db.rawQuery(
    `INSERT INTO groups (organization_id, name, position, created_at, updated_at)
     SELECT ?, 'Group ' || n, n, now(), now() FROM generate_series(1, 8) n`,
    [orgId]
  )
  await db.rawQuery(
    `INSERT INTO group_members (group_id, user_id)
     SELECT g.id, u.id FROM users u
       JOIN groups g ON g.organization_id = u.organization_id
        AND g.position = ((substring(u.name from 7)::int - 1) % 8) + 1
      WHERE u.role = 'agent' AND u.organization_id = ?`,
    [orgId]
  )
  await db.rawQuery(
    `INSERT INTO categories (organization_id, group_id, name, position, created_at, updated_at)
     SELECT ?, g.id, 'Category ' || g.position || '.' || c, c, now(), now() FROM groups g, generate_series(1, 5) c WHERE g.organization_id = ?`,
    [orgId, orgId]
  )
}
