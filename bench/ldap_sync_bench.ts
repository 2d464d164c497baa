/**
 * Directory sync at scale (issue 14, point 7): a generated directory of N
 * people in a real slapd, synced by the ldap-sso plugin into a fresh
 * organization. Side by side on the same database, the limit of the same
 * work: reading the same directory alone (one paged search) and writing
 * the same N users with multi-row INSERTs. Then a scheduled sync that
 * changes nothing (it must write nothing at all), and one after 1 % of the
 * people changed department and 0.5 % left.
 *
 *   npm run bench:ldap-sync -- [people]          (default 10000)
 *
 * It migrates DB_DATABASE (default switchboard_bench_ldap) afresh first.
 * Progress goes to stderr, the results (Markdown) to stdout.
 */
import { readFileSync } from 'node:fs'
import { Client } from 'ldapts'
import { withApp } from './boot.ts'
import { statementCounter, shapes } from './statement_counter.ts'
import { BENCH_BASE_DN, benchGroupDn, benchUserDn, generateDirectory } from './ldap_users.ts'
import { deleteEntry, modifyEntry, startSlapd } from '../tests/support/slapd.ts'

const PEOPLE = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 10_000)
const GROUPS = 50
const log = (line: string) => process.stderr.write(`${line}\n`)
const peakRssMb = () =>
  Number(/VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))![1]) / 1024
const WRITE = /^\s*(insert into|update|delete from)\s+"?(\w+)"?/i

await withApp(async () => {
  const { default: db } = await import('@adonisjs/lucid/services/db')
  const { default: Organization } = await import('#models/organization')
  const { default: Group } = await import('#models/group')
  const { default: Installations } = await import('#platform/installations')
  const { default: PluginCatalog } = await import('#platform/plugin_catalog')
  const { pluginTestContext } = await import('#platform/sdk/testing')
  const { systemContext } = await import('#services/request_context')
  const { default: plugin } = await import('#plugins/ldap-sso/plugin')
  const { runSync } = await import('#plugins/ldap-sso/sync/run_sync')

  log(`generating and loading ${PEOPLE} people in ${GROUPS} groups`)
  const ldap = await startSlapd({
    ldif: generateDirectory({ users: PEOPLE, groups: GROUPS }),
    baseDn: BENCH_BASE_DN,
  })
  const organization = await Organization.create({
    name: 'Bench',
    slug: `ldap-${Date.now()}`,
    ticketPrefix: 'LB',
  })
  const teams = await Promise.all(
    [1, 2, 3].map((n) => Group.create({ organizationId: organization.id, name: `Team ${n}` }))
  )
  const settings = {
    url: ldap.url,
    bindDn: ldap.adminDn,
    bindPassword: ldap.adminPassword,
    userBase: `ou=people,${BENCH_BASE_DN}`,
    groupBase: `ou=groups,${BENCH_BASE_DN}`,
    groupFilter: '(objectClass=groupOfNames)',
    departmentAttribute: 'ou',
    mappings: [
      { directoryGroup: benchGroupDn(1), role: 'admin' as const, groupIds: [teams[0].id] },
      { directoryGroup: 'group-002', role: 'agent' as const, groupIds: [teams[1].id, teams[2].id] },
      { directoryGroup: 'group-003', role: 'agent' as const, groupIds: [teams[2].id] },
    ],
    maxDeactivateShare: 0.1,
  }
  const loaded = PluginCatalog.find('ldap-sso')!
  await Installations.configure(organization.id, loaded, settings, systemContext)
  await Installations.enable(organization.id, loaded, systemContext)
  const { context } = await pluginTestContext(plugin, { organization, settings })
  const counter = statementCounter(db)

  // The limit: the directory read alone, and the same users written in one statement.
  const readStart = performance.now()
  const client = new Client({ url: ldap.url })
  await client.bind(ldap.adminDn, ldap.adminPassword)
  const { searchEntries } = await client.search(`ou=people,${BENCH_BASE_DN}`, {
    filter: '(objectClass=inetOrgPerson)',
    paged: { pageSize: 500 },
  })
  await client.unbind()
  const readMs = performance.now() - readStart
  const scratch = await Organization.create({
    name: 'Scratch',
    slug: `scratch-${Date.now()}`,
    ticketPrefix: 'LS',
  })
  const insertStart = performance.now()
  const rawRows = searchEntries.map((entry, index) => ({
    organization_id: scratch.id,
    email: `raw-${index}@bench.test`,
    name: String(entry.cn),
    role: 'customer',
    auth_source: 'ldap-sso',
    external_id: entry.dn,
    is_active: true,
    created_at: new Date(),
    updated_at: new Date(),
  }))
  // PostgreSQL takes at most 65,535 parameters per statement: 5,000 rows of 9 columns at a time.
  for (let start = 0; start < rawRows.length; start += 5_000) {
    await db.table('users').multiInsert(rawRows.slice(start, start + 5_000))
  }
  const insertMs = performance.now() - insertStart
  log(
    `limit: read ${searchEntries.length} in ${readMs.toFixed(0)} ms, insert in ${insertMs.toFixed(0)} ms`
  )

  const rssBefore = peakRssMb()
  const first = await counter.measure(() => runSync(context, { trigger: 'command' }))
  log(
    `first sync: ${first.result.status} ${JSON.stringify(first.result.counts)} in ${(first.ms / 1000).toFixed(1)} s`
  )
  const rssAfterFirst = peakRssMb()

  // As the schedule runs it: a sync that finds nothing to change.
  const idle = await counter.measure(() => runSync(context, { trigger: 'schedule' }))
  const idleWrites = idle.sql.filter((sql) => WRITE.test(sql))
  log(`no-op sync: ${JSON.stringify(idle.result.counts)} in ${(idle.ms / 1000).toFixed(1)} s`)

  const changed = Math.floor(PEOPLE / 100)
  const left = Math.floor(PEOPLE / 200)
  for (let n = 1; n <= changed; n++) {
    await modifyEntry(ldap, benchUserDn(n * 7), { replace: { ou: 'Moved' } })
  }
  for (let n = 1; n <= left; n++) await deleteEntry(ldap, benchUserDn(n * 11 + 3))
  const third = await counter.measure(() => runSync(context, { trigger: 'command' }))
  log(`changes: ${JSON.stringify(third.result.counts)} in ${(third.ms / 1000).toFixed(1)} s`)
  await ldap.stop()

  const row = (label: string, run: typeof first) =>
    `| ${label} | ${run.result.status} | ${run.result.counts.create} / ${run.result.counts.update} / ${run.result.counts.deactivate} | ${(run.ms / 1000).toFixed(1)} s | ${run.sql.length.toLocaleString('en')} | ${run.sql.filter((sql) => WRITE.test(sql)).length.toLocaleString('en')} |`
  console.log(`## Directory sync, ${PEOPLE.toLocaleString('en')} people in ${GROUPS} groups (${new Date().toISOString().slice(0, 10)})

| Run | Status | Create / update / deactivate | Time | SQL statements | of which writes |
| --- | --- | ---: | ---: | ---: | ---: |
${row('First sync', first)}
${row('Nothing changed', idle)}
${row(`${changed} changed department, ${left} left`, third)}

The limit of the same work on the same database and directory: one paged search of all
${searchEntries.length.toLocaleString('en')} people took ${readMs.toFixed(0)} ms, and multi-row INSERTs (5,000 rows each) of as many user rows
${insertMs.toFixed(0)} ms; the first sync took ${(first.ms / (readMs + insertMs)).toFixed(0)}× their sum (each account is created through
the host API: its own transaction, memberships, audit row and outbox event).

The sync that changed nothing wrote: ${idleWrites.length ? [...new Set(idleWrites.map((sql) => WRITE.exec(sql)![2]))].join(', ') : 'nothing'} (${idleWrites.length} statements).
Peak RSS of the process (VmHWM): ${rssBefore.toFixed(0)} MB before the first sync, ${rssAfterFirst.toFixed(0)} MB after it, ${peakRssMb().toFixed(0)} MB at the end.

Statement shapes of the first sync, most frequent first:
${shapes(first.sql)
  .slice(0, 8)
  .map(([shape, count]) => `- ${shape}: ${count.toLocaleString('en')}`)
  .join('\n')}
`)
})
