import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { hasObjectClass, joinRecords, parseLdif, suffixEntry, type LdifRecord } from './ldif.js'

/**
 * The two real public directories in tests/fixtures/ldap (SOURCES.md says
 * where they come from), read in place and never changed: the harness
 * copies what slapd needs into its own temporary folder. LDAP_FIXTURES
 * points elsewhere.
 */
export const LDAP_FIXTURES =
  process.env.LDAP_FIXTURES ?? fileURLToPath(new URL('../../fixtures/ldap/', import.meta.url))

export type FixtureDirectory = 'planetexpress' | 'authelia'

/** What startSlapd needs to load one fixture. */
export interface LoadedFixture {
  baseDn: string
  adminDn: string
  adminPassword: string
  /** `changetype:` records for cn=config, one per slapmodify run (see below). */
  configChanges: string[]
  /** Entries for `slapadd -n1`. */
  ldif: string
  /** Entries added over LDAP once slapd runs, so that overlays (memberOf) see them. */
  onlineEntries: LdifRecord[]
}

interface Definition {
  baseDn: string
  adminDn: string
  adminPassword: string
  /** The organization of the base entry, which neither fixture contains. */
  organization: string
  configFiles: string[]
  dataFiles: (names: string[]) => string[]
  /** Object classes of entries that must go through slapd rather than slapadd. */
  onlineClasses: string[]
}

const DEFINITIONS: Record<FixtureDirectory, Definition> = {
  /**
   * rroemhild/docker-test-openldap. Its README documents this admin and
   * password; its image creates dc=planetexpress,dc=com itself, so the
   * harness adds that entry. Groups are of the AD-style class `Group`
   * (config_msad.ldif) and the memberOf overlay (config_memberof.ldif)
   * maintains memberOf on their members.
   */
  planetexpress: {
    baseDn: 'dc=planetexpress,dc=com',
    adminDn: 'cn=admin,dc=planetexpress,dc=com',
    adminPassword: 'GoodNewsEveryone',
    organization: 'Planet Express, Inc.',
    configFiles: ['config_msad.ldif', 'config_memberof.ldif'],
    dataFiles: (names) => names.filter((name) => /^data_.*\.ldif$/.test(name)).sort(),
    // slapadd bypasses overlays: groups loaded by it would leave memberOf empty.
    onlineClasses: ['Group'],
  },
  /**
   * Authelia's test suite (osixia/openldap with LDAP_DOMAIN=example.com,
   * LDAP_ORGANISATION=MyCompany, LDAP_ADMIN_PASSWORD=password). base.ldif
   * defines no admin and no base entry: the harness gives both as that image
   * would.
   */
  authelia: {
    baseDn: 'dc=example,dc=com',
    adminDn: 'cn=admin,dc=example,dc=com',
    adminPassword: 'password',
    organization: 'MyCompany',
    configFiles: [],
    dataFiles: () => ['base.ldif'],
    onlineClasses: [],
  },
}

/**
 * A config file's change records, each on its own. slapmodify loads modules
 * only when it starts, so `olcModuleLoad: memberof` must be written by one
 * run before the next can add the memberof overlay's entry.
 */
function changeRecords(text: string) {
  return parseLdif(text).map((record) => `${record.text}\n`)
}

export async function loadFixture(name: FixtureDirectory): Promise<LoadedFixture> {
  const definition = DEFINITIONS[name]
  const folder = join(LDAP_FIXTURES, name)
  const names = await readdir(folder).catch((error: Error) => {
    throw new Error(
      `LDAP fixture folder ${folder} is not readable (set LDAP_FIXTURES): ${error.message}`
    )
  })

  const configChanges: string[] = []
  for (const file of definition.configFiles) {
    configChanges.push(...changeRecords(await readFile(join(folder, file), 'utf8')))
  }

  const records: LdifRecord[] = []
  for (const file of definition.dataFiles(names)) {
    records.push(...parseLdif(await readFile(join(folder, file), 'utf8')))
  }
  const offline = records.filter((record) => !hasObjectClass(record, definition.onlineClasses))
  const online = records.filter((record) => hasObjectClass(record, definition.onlineClasses))
  const base = suffixEntry(definition.baseDn, definition.organization)

  return {
    baseDn: definition.baseDn,
    adminDn: definition.adminDn,
    adminPassword: definition.adminPassword,
    configChanges,
    ldif: `${base}\n${joinRecords(offline)}`,
    onlineEntries: online,
  }
}
