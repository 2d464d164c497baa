/**
 * A generated directory for LDAP sync benchmarks and tests: people under
 * ou=people (inetOrgPerson) and groupOfNames groups under ou=groups, as
 * LDIF for `startSlapd({ ldif, baseDn })` (tests/support/slapd.ts), which
 * loads it with slapadd. The same options and seed give the same text.
 *
 * slapd adds entryUUID, entryCSN and the timestamps itself when loading.
 */
import { createHash } from 'node:crypto'
import { createRandom } from '../plugins/ai-triage/engine/offline/random.ts'

export const BENCH_BASE_DN = 'dc=bench,dc=test'
export const BENCH_PASSWORD = 'bench-password'

export interface DirectoryOptions {
  users: number
  /** groupOfNames entries; each user is in one to three of them. */
  groups: number
  seed?: number
  baseDn?: string
  /** Every user's password (one hash for all: hashing 10,000 salts would dominate the run). */
  password?: string
}

/** Names with accents and non-Latin letters on purpose: a sync must keep UTF-8 intact. */
const GIVEN = ['Anna', 'Jürgen', 'Zoë', 'Łukasz', 'Mei', 'Olusegun', 'Søren', 'Ana', 'Raj', 'Chloé']
const FAMILY = ['Schmidt', 'García', 'Nakamura', 'O’Brien', 'Kowalski', 'Nguyễn', 'Müller', 'Smith']
const DEPARTMENTS = [
  'Support',
  'Sales',
  'Engineering',
  'Finance',
  'Operations',
  'Legal',
  'Facilities',
]

/** The uid of the n-th generated user (1-based): user00001, user00002... */
export function benchUid(index: number) {
  return `user${String(index).padStart(5, '0')}`
}

export function benchUserDn(index: number, baseDn = BENCH_BASE_DN) {
  return `uid=${benchUid(index)},ou=people,${baseDn}`
}

export function benchGroupDn(index: number, baseDn = BENCH_BASE_DN) {
  return `cn=group-${String(index).padStart(3, '0')},ou=groups,${baseDn}`
}

/** `{SSHA}` as slappasswd makes it: base64(SHA-1(password + salt) + salt). */
export function sshaHash(password: string, salt: Buffer) {
  const digest = createHash('sha1').update(password).update(salt).digest()
  return `{SSHA}${Buffer.concat([digest, salt]).toString('base64')}`
}

/**
 * One `type: value` line. LDIF allows only printable ASCII as plain text
 * (and no leading space, colon or "<"); anything else is written `type:: base64`.
 */
function line(type: string, value: string) {
  const safe = /^[\x21-\x39\x3b\x3d-\x7e][\x20-\x7e]*$/.test(value) && !value.endsWith(' ')
  return safe ? `${type}: ${value}` : `${type}:: ${Buffer.from(value, 'utf8').toString('base64')}`
}

function record(dn: string, attributes: [string, string][]) {
  return [line('dn', dn), ...attributes.map(([type, value]) => line(type, value))].join('\n')
}

/** Which groups (1-based) each user (1-based) belongs to: one fixed, up to two drawn. */
function memberships(options: DirectoryOptions, random: () => number) {
  const members = Array.from({ length: options.groups }, () => [] as number[])
  for (let user = 1; user <= options.users; user++) {
    const chosen = new Set([(user - 1) % options.groups])
    const extra = Math.floor(random() * 3)
    for (let draw = 0; draw < extra; draw++) {
      chosen.add(Math.floor(random() * options.groups))
    }
    for (const group of chosen) {
      members[group].push(user)
    }
  }
  return members
}

/** LDIF text of the whole directory, base entry first. */
export function generateDirectory(options: DirectoryOptions): string {
  if (options.users < 1 || options.groups < 1 || options.groups > options.users) {
    throw new Error(
      'generateDirectory needs at least one user and group, and no more groups than users'
    )
  }
  const baseDn = options.baseDn ?? BENCH_BASE_DN
  const random = createRandom(options.seed ?? 1)
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]
  const salt = Buffer.from(Array.from({ length: 8 }, () => Math.floor(random() * 256)))
  const password = sshaHash(options.password ?? BENCH_PASSWORD, salt)
  const domain = baseDn
    .split(',')
    .map((rdn) => rdn.split('=')[1])
    .join('.')

  const entries = [
    record(baseDn, [
      ['objectClass', 'dcObject'],
      ['objectClass', 'organization'],
      ['dc', baseDn.split(',')[0].split('=')[1]],
      ['o', 'Benchmark Inc.'],
    ]),
    record(`ou=people,${baseDn}`, [
      ['objectClass', 'organizationalUnit'],
      ['ou', 'people'],
    ]),
    record(`ou=groups,${baseDn}`, [
      ['objectClass', 'organizationalUnit'],
      ['ou', 'groups'],
    ]),
  ]

  for (let user = 1; user <= options.users; user++) {
    const given = pick(GIVEN)
    const family = pick(FAMILY)
    const department = pick(DEPARTMENTS)
    entries.push(
      record(benchUserDn(user, baseDn), [
        ['objectClass', 'inetOrgPerson'],
        ['uid', benchUid(user)],
        ['cn', `${given} ${family}`],
        ['givenName', given],
        ['sn', family],
        ['displayName', `${given} ${family}`],
        ['mail', `${benchUid(user)}@${domain}`],
        ['ou', department],
        ['departmentNumber', String(DEPARTMENTS.indexOf(department) + 100)],
        ['employeeNumber', String(user)],
        ['userPassword', password],
      ])
    )
  }

  memberships(options, random).forEach((members, index) => {
    entries.push(
      record(benchGroupDn(index + 1, baseDn), [
        ['objectClass', 'groupOfNames'],
        ['cn', `group-${String(index + 1).padStart(3, '0')}`],
        ['description', `Benchmark group ${index + 1}`],
        ...members.map((user): [string, string] => ['member', benchUserDn(user, baseDn)]),
      ])
    )
  })
  return `${entries.join('\n\n')}\n`
}
