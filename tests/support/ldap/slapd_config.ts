import { join } from 'node:path'
import { MODULE_PATH, SCHEMA_DIR } from './commands.js'
import type { TestCertificates } from './tls.js'

export interface ConfigOptions {
  /** The throwaway directory: slapd.pid and the database folder live in it. */
  dir: string
  baseDn: string
  adminDn: string
  adminPassword: string
  certificates?: TestCertificates
  /** Entries one non-paged search may return (olcSizeLimit); paged searches stay unlimited. */
  sizeLimit?: number
  /** Cap paged searches at the same size limit (a directory that refuses to hand everything out). */
  pagedSizeLimit?: boolean
}

/** The schemas of Debian's /etc/ldap/schema that the fixtures use (inetOrgPerson, posix bits). */
const SCHEMAS = ['core', 'cosine', 'inetorgperson', 'nis']

/** Attribute-value lines for an entry; undefined values are left out. */
function entry(dn: string, lines: [string, string | number | undefined][]) {
  const body = lines
    .filter(([, value]) => value !== undefined)
    .map(([type, value]) => `${type}: ${value}`)
  return [`dn: ${dn}`, ...body].join('\n')
}

/**
 * The cn=config of a throwaway slapd, as LDIF for `slapadd -n0`: one mdb
 * database ({1}mdb, the name the planetexpress memberOf overlay refers to)
 * holding the base DN, its root DN as the admin.
 */
export function configLdif(options: ConfigOptions) {
  const { certificates } = options
  const global = entry('cn=config', [
    ['objectClass', 'olcGlobal'],
    ['cn', 'config'],
    ['olcPidFile', join(options.dir, 'slapd.pid')],
    // Errors reach the stderr log through `-d none`; nothing is sent to syslog.
    ['olcLogLevel', 0],
    ['olcTLSCACertificateFile', certificates?.caFile],
    ['olcTLSCertificateFile', certificates?.certificateFile],
    ['olcTLSCertificateKeyFile', certificates?.keyFile],
  ])
  const modules = entry('cn=module{0},cn=config', [
    ['objectClass', 'olcModuleList'],
    ['cn', 'module{0}'],
    ['olcModulePath', MODULE_PATH],
    ['olcModuleLoad', 'back_mdb'],
  ])
  const schema = entry('cn=schema,cn=config', [
    ['objectClass', 'olcSchemaConfig'],
    ['cn', 'schema'],
  ])
  const includes = SCHEMAS.map((name) => `include: file://${join(SCHEMA_DIR, `${name}.ldif`)}`)
  const frontend = entry('olcDatabase={-1}frontend,cn=config', [
    ['objectClass', 'olcDatabaseConfig'],
    ['objectClass', 'olcFrontendConfig'],
    ['olcDatabase', '{-1}frontend'],
  ])
  // No root DN, so cn=config cannot be changed over the wire: the harness
  // configures slapd only through slapadd/slapmodify before it starts.
  const configDatabase = entry('olcDatabase={0}config,cn=config', [
    ['objectClass', 'olcDatabaseConfig'],
    ['olcDatabase', '{0}config'],
    ['olcAccess', '{0}to * by * none'],
  ])
  const database = entry('olcDatabase={1}mdb,cn=config', [
    ['objectClass', 'olcDatabaseConfig'],
    ['objectClass', 'olcMdbConfig'],
    ['olcDatabase', '{1}mdb'],
    ['olcDbDirectory', join(options.dir, 'data')],
    ['olcSuffix', options.baseDn],
    // The root DN is not subject to ACLs or size limits: tests of those bind as a user.
    ['olcRootDN', options.adminDn],
    // Plain text is accepted for the root DN and spares a slappasswd run per start.
    ['olcRootPW', options.adminPassword],
    // A sparse file: 1 GiB of address space, not of disk. The default 10 MiB is too small for the 10,000-user benchmark.
    ['olcDbMaxSize', 1024 * 1024 * 1024],
    // No fsync: a throwaway database, and kill() simulates a process crash, not a power cut.
    ['olcDbNoSync', 'TRUE'],
    ['olcDbIndex', 'objectClass eq'],
    ['olcDbIndex', 'uid,mail,cn,member,entryUUID eq'],
    // soft = what a plain search may return; prtotal=unlimited lets a paged search read everything,
    // as Active Directory's MaxPageSize does (without it, paged searches stop at the same limit).
    [
      'olcSizeLimit',
      options.sizeLimit === undefined
        ? undefined
        : `size.soft=${options.sizeLimit} size.prtotal=${options.pagedSizeLimit ? options.sizeLimit : 'unlimited'}`,
    ],
    // Like a production directory: nobody reads password hashes; a user may change their own.
    ['olcAccess', '{0}to attrs=userPassword by self write by anonymous auth by * none'],
    ['olcAccess', '{1}to * by * read'],
  ])
  return (
    [global, modules, schema, ...includes, frontend, configDatabase, database].join('\n\n') + '\n'
  )
}
