/**
 * A real, throwaway OpenLDAP slapd for tests and benchmarks (Debian's
 * slapd package): a temporary folder, free ports on 127.0.0.1, cn=config
 * and data loaded offline with slapadd, then slapd in the foreground.
 *
 *   const ldap = await startSlapd({ directory: 'planetexpress', tls: true })
 *   // ldap.url, ldap.ldapsUrl, ldap.caCertificate, ldap.adminDn ...
 *   await ldap.stop()
 *
 * Every started slapd is also stopped by stopAllSlapd() (the test run's
 * teardown in tests/bootstrap.ts) and killed when the process exits.
 */
import { mkdir, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { freePort, run, SBIN } from './ldap/commands.js'
import { addRecords } from './ldap/entries.js'
import { loadFixture, type FixtureDirectory, type LoadedFixture } from './ldap/fixtures.js'
import { suffixEntry } from './ldap/ldif.js'
import { configLdif } from './ldap/slapd_config.js'
import { PortTakenError, removeFolder, SlapdProcess } from './ldap/slapd_process.js'
import { createTestCertificates, type TestCertificates } from './ldap/tls.js'

export { addEntry, asAdmin, bindAs, deleteEntry, entryValues, modifyEntry } from './ldap/entries.js'
export type { EntryAttributes, EntryChanges } from './ldap/entries.js'
export { LDAP_FIXTURES, type FixtureDirectory } from './ldap/fixtures.js'

interface CommonOptions {
  /** A throwaway CA and server certificate: StartTLS on `url`, LDAPS on `ldapsUrl`. */
  tls?: boolean
  /**
   * olcSizeLimit for non-admin searches: a plain search of more entries
   * fails with sizeLimitExceeded, a paged one still reads everything.
   */
  sizeLimit?: number
  /** Apply `sizeLimit` to paged searches too: even a paged read of everyone fails. */
  pagedSizeLimit?: boolean
  /** How long to wait for slapd to accept the admin bind (default 10 s). */
  startTimeoutMs?: number
}

export type SlapdOptions = CommonOptions &
  (
    | { directory: FixtureDirectory }
    | {
        /** Entries for slapadd; the base entry is added when the LDIF lacks it. */
        ldif: string
        baseDn: string
        /** Default `cn=admin,<baseDn>`. */
        adminDn?: string
        /** Default `secret`. */
        adminPassword?: string
      }
  )

export interface SlapdHandle {
  /** `ldap://127.0.0.1:<port>` (StartTLS there too when started with `tls`). */
  readonly url: string
  /** `ldaps://127.0.0.1:<ldapsPort>` with `tls`, else null. */
  readonly ldapsUrl: string | null
  readonly port: number
  readonly ldapsPort: number | null
  readonly baseDn: string
  /** The root DN: not bound by ACLs or the size limit. */
  readonly adminDn: string
  readonly adminPassword: string
  /** The test CA (PEM) with `tls`, for `tlsOptions: { ca: [caCertificate] }`; else null. */
  readonly caCertificate: string | null
  /** slapd's process id while it runs. */
  readonly pid: number | null
  /** slapd's stderr (errors only), in the throwaway folder. */
  readonly logFile: string
  /** Stops slapd and deletes its folder. Safe to call twice. */
  stop(): Promise<void>
  /** SIGKILL, as a crash or an outage; the data stays for restart(). */
  kill(): Promise<void>
  /** Starts slapd again on the same ports and data (stopping it first if it runs). */
  restart(): Promise<void>
}

/** A started slapd and its folder; `stopped` once stop() or stopAllSlapd() removed the folder. */
interface Started {
  process: SlapdProcess
  dir: string
  stopped: boolean
}

const running = new Set<Started>()
let exitHookInstalled = false

/** Stops every slapd started by this process that is still around. */
export async function stopAllSlapd() {
  const left = [...running]
  running.clear()
  await Promise.all(
    left.map(async (entry) => {
      entry.stopped = true
      await entry.process.stop()
      removeFolder(entry.dir)
    })
  )
}

/** Whatever still runs when the process ends (a crash, a forgotten stop) is killed with it. */
function installExitHook() {
  if (exitHookInstalled) {
    return
  }
  exitHookInstalled = true
  process.once('exit', () => {
    for (const entry of running) {
      entry.process.killNow()
      removeFolder(entry.dir)
    }
  })
}

interface Source {
  baseDn: string
  adminDn: string
  adminPassword: string
  ldif: string
  configChanges: string[]
  onlineEntries: LoadedFixture['onlineEntries']
}

async function sourceOf(options: SlapdOptions): Promise<Source> {
  if ('directory' in options) {
    return loadFixture(options.directory)
  }
  const hasBase = new RegExp(`^dn:\\s*${escapeRegExp(options.baseDn)}\\s*$`, 'im').test(
    options.ldif
  )
  const base = hasBase ? '' : `${suffixEntry(options.baseDn, 'Switchboard tests')}\n`
  return {
    baseDn: options.baseDn,
    adminDn: options.adminDn ?? `cn=admin,${options.baseDn}`,
    adminPassword: options.adminPassword ?? 'secret',
    ldif: `${base}${options.ldif}`,
    configChanges: [],
    onlineEntries: [],
  }
}

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** cn=config with slapadd, the fixture's config changes with slapmodify, then the data. */
async function prepare(
  dir: string,
  source: Source,
  options: CommonOptions,
  tls?: TestCertificates
) {
  const configDir = join(dir, 'slapd.d')
  await Promise.all([mkdir(configDir), mkdir(join(dir, 'data'))])
  const config = configLdif({
    dir,
    ...source,
    certificates: tls,
    sizeLimit: options.sizeLimit,
    pagedSizeLimit: options.pagedSizeLimit,
  })
  await run(join(SBIN, 'slapadd'), ['-n0', '-F', configDir], { input: config })
  for (const change of source.configChanges) {
    await run(join(SBIN, 'slapmodify'), ['-n0', '-F', configDir], { input: change })
  }
  // -q: no consistency re-checks while writing; the data is known-good test input.
  await run(join(SBIN, 'slapadd'), ['-q', '-n1', '-F', configDir], { input: source.ldif })
}

/**
 * Starts slapd on two fresh ports (one without `tls`), again on new ones
 * when another process took a port between freePort() and slapd's bind.
 */
async function launch(dir: string, source: Source, tls: boolean, timeout: number | undefined) {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort()
    let ldapsPort = tls ? await freePort() : null
    // The kernel may hand out the port it just gave back.
    while (ldapsPort === port) {
      ldapsPort = await freePort()
    }
    const listeners = [`ldap://127.0.0.1:${port}/`]
    if (ldapsPort !== null) {
      listeners.push(`ldaps://127.0.0.1:${ldapsPort}/`)
    }
    const slapd = new SlapdProcess({
      dir,
      listeners: listeners.join(' '),
      url: `ldap://127.0.0.1:${port}`,
      adminDn: source.adminDn,
      adminPassword: source.adminPassword,
      startTimeoutMs: timeout ?? 10_000,
    })
    const entry: Started = { process: slapd, dir, stopped: false }
    running.add(entry)
    try {
      await slapd.start()
      return { entry, port, ldapsPort }
    } catch (error) {
      await slapd.kill()
      running.delete(entry)
      if (!(error instanceof PortTakenError) || attempt === 3) {
        throw error
      }
    }
  }
}

/** Starts a throwaway slapd loaded with a fixture directory or an LDIF text. */
export async function startSlapd(options: SlapdOptions): Promise<SlapdHandle> {
  installExitHook()
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-slapd-'))
  let started: Awaited<ReturnType<typeof launch>> | null = null
  try {
    const [source, tls] = await Promise.all([
      sourceOf(options),
      options.tls ? createTestCertificates(dir) : undefined,
    ])
    await prepare(dir, source, options, tls)
    started = await launch(dir, source, tls !== undefined, options.startTimeoutMs)
    const { entry, port, ldapsPort } = started
    const slapd = entry.process

    const handle: SlapdHandle = {
      url: `ldap://127.0.0.1:${port}`,
      ldapsUrl: ldapsPort === null ? null : `ldaps://127.0.0.1:${ldapsPort}`,
      port,
      ldapsPort,
      baseDn: source.baseDn,
      adminDn: source.adminDn,
      adminPassword: source.adminPassword,
      caCertificate: tls?.caPem ?? null,
      get pid() {
        return slapd.pid
      },
      logFile: slapd.logFile,
      async stop() {
        entry.stopped = true
        running.delete(entry)
        await slapd.stop()
        removeFolder(dir)
      },
      kill: () => slapd.kill(),
      async restart() {
        if (entry.stopped) {
          throw new Error(
            'restart() after stop() or stopAllSlapd(): the folder and data are gone; start a new slapd'
          )
        }
        await slapd.stop()
        await slapd.start()
      },
    }
    // After the start: slapadd would bypass the overlays these entries need.
    await addRecords(handle, source.onlineEntries)
    return handle
  } catch (error) {
    if (started) {
      running.delete(started.entry)
      await started.entry.process.kill()
    }
    removeFolder(dir)
    throw error
  }
}
