/**
 * How long a throwaway slapd takes to start with each fixture, and to load
 * and serve a generated directory: generation, slapadd + start, and one
 * paged search of every user as a sync would read them. No database.
 *
 *   npm run bench:ldap                # 10,000 users, 50 groups
 *   npm run bench:ldap -- 50000 200   # users, groups
 */
import { Client } from 'ldapts'
import { startSlapd } from '../tests/support/slapd.ts'
import { BENCH_BASE_DN, generateDirectory } from './ldap_users.ts'

const users = Number(process.argv[2] ?? 10_000)
const groups = Number(process.argv[3] ?? 50)

async function timed<T>(work: () => Promise<T>) {
  const started = performance.now()
  const result = await work()
  return { result, ms: performance.now() - started }
}

const rows: [string, number][] = []
for (const directory of ['planetexpress', 'authelia'] as const) {
  for (const tls of [false, true]) {
    const runs: number[] = []
    for (let run = 0; run < 5; run++) {
      const { result, ms } = await timed(() => startSlapd({ directory, tls }))
      runs.push(ms)
      await result.stop()
    }
    runs.sort((a, b) => a - b)
    rows.push([`start ${directory}${tls ? ' with TLS' : ''} (median of 5)`, runs[2]])
  }
}

const generated = await timed(async () => generateDirectory({ users, groups, seed: 42 }))
rows.push([
  `generate ${users} users, ${groups} groups (${(generated.result.length / 1e6).toFixed(1)} MB LDIF)`,
  generated.ms,
])
const started = await timed(() => startSlapd({ ldif: generated.result, baseDn: BENCH_BASE_DN }))
rows.push([`slapadd + start with ${users} users`, started.ms])
const slapd = started.result
try {
  const read = await timed(async () => {
    const client = new Client({ url: slapd.url })
    await client.bind(slapd.adminDn, slapd.adminPassword)
    let count = 0
    for await (const page of client.searchPaginated(`ou=people,${slapd.baseDn}`, {
      filter: '(objectClass=inetOrgPerson)',
      attributes: ['uid', 'mail', 'cn', 'entryUUID', 'ou'],
      paged: { pageSize: 500 },
    })) {
      count += page.searchEntries.length
    }
    await client.unbind()
    return count
  })
  rows.push([`paged search of all users (${read.result} entries, pages of 500)`, read.ms])
} finally {
  await slapd.stop()
}

console.log('| Step | ms |\n| --- | ---: |')
for (const [step, ms] of rows) {
  console.log(`| ${step} | ${Math.round(ms)} |`)
}
