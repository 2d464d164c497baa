/**
 * A real, throwaway IMAP server for tests and benchmarks: Debian's dovecot
 * (dovecot-imapd 2.3) in the foreground, in a temporary folder, on free
 * ports on 127.0.0.1, with passwd-file users and Maildir storage.
 *
 *   const imap = await startImapServer({ tls: true })
 *   // imap.port (plain, STARTTLS offered with tls), imap.tlsPort (implicit TLS)
 *   await imap.append('agent', 'INBOX', rawMessage)
 *   await imap.stop()
 *
 * Every started server is also stopped by stopAllImapServers() (the test
 * run's teardown in tests/bootstrap.ts) and killed when the process exits.
 */
import { execFileSync } from 'node:child_process'
import { chmod, chown, mkdir, mkdtemp, writeFile } from 'node:fs/promises'
import { rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ImapFlow } from 'imapflow'
import type { ImapSettings } from '#services/mail_channel/imap_connection'
import { freePort } from './ldap/commands.js'
import { selfSignedCertificate } from './imap/certificate.js'
import {
  accounts,
  dovecotConfig,
  maildirOf,
  passwdFile,
  type Accounts,
  type ImapUser,
} from './imap/dovecot_config.js'
import { DOVECOT, DovecotProcess, PortTakenError } from './imap/dovecot_process.js'
import { writeMaildirMessages } from './imap/maildir.js'

export type { ImapUser } from './imap/dovecot_config.js'

export interface ImapServerOptions {
  /** Default: one user, agent / secret. */
  users?: ImapUser[]
  /** A self-signed certificate made at start: STARTTLS on `port`, implicit TLS on `tlsPort`. */
  tls?: boolean
  /** How long to wait for the "ready." greeting (default 10 s). */
  startTimeoutMs?: number
}

export interface ImapServerHandle {
  readonly host: '127.0.0.1'
  /** Plain IMAP; offers STARTTLS when started with `tls`. */
  readonly port: number
  /** Implicit TLS with `tls`, else null. */
  readonly tlsPort: number | null
  readonly users: ImapUser[]
  /** The self-signed certificate (PEM) with `tls`, else null. */
  readonly certificatePem: string | null
  /** dovecot's log, in the throwaway folder. */
  readonly logFile: string
  readonly pid: number | null
  /** Settings for the app's imap_connection: plain port, no TLS, the user's password. */
  settings(user?: string, overrides?: Partial<ImapSettings>): ImapSettings
  /** APPENDs one message (creating the folder if needed): the UID dovecot gave it. */
  append(
    user: string,
    folder: string,
    rawMessage: string | Buffer,
    flags?: string[]
  ): Promise<{ uid: number; uidValidity: string }>
  /** The UIDs in a folder, ascending. */
  folderUids(user: string, folder: string): Promise<number[]>
  /** Fast seeding straight into the Maildir (see imap/maildir.ts); UIDs follow directory order. */
  dropMaildir(
    user: string,
    messages: (string | Buffer)[],
    options?: { folder?: string; seen?: boolean }
  ): Promise<void>
  /** Stops dovecot (waiting until its ports are free) and deletes its folder. Safe to call twice. */
  stop(): Promise<void>
}

interface Started {
  process: DovecotProcess
  dir: string
}

const running = new Set<Started>()
let exitHookInstalled = false

/** Stops every server started by this process that still runs. */
export async function stopAllImapServers() {
  const left = [...running]
  running.clear()
  await Promise.all(
    left.map(async (entry) => {
      await entry.process.stop()
      rmSync(entry.dir, { recursive: true, force: true })
    })
  )
}

function installExitHook() {
  if (exitHookInstalled) {
    return
  }
  exitHookInstalled = true
  process.once('exit', () => {
    for (const entry of running) {
      entry.process.killNow()
      rmSync(entry.dir, { recursive: true, force: true })
    }
  })
}

/** The config below is 2.3 syntax; 2.4 (Debian 13) would refuse it with puzzling errors. */
function checkDovecot() {
  let version: string
  try {
    version = execFileSync(DOVECOT, ['--version'], { encoding: 'utf8' }).trim()
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(
      code === 'ENOENT'
        ? `${DOVECOT} is not installed: the IMAP tests need Debian's dovecot-imapd (apt-get install dovecot-imapd; .ci/run installs it). DOVECOT_BIN points elsewhere.`
        : `${DOVECOT} --version failed: ${(error as Error).message}`
    )
  }
  if (!version.startsWith('2.3')) {
    throw new Error(
      `dovecot ${version}: tests/support/imap writes dovecot 2.3 configuration (Debian 12's dovecot-imapd)`
    )
  }
}

/** Starts a throwaway dovecot; retries on new ports if another process took one meanwhile. */
export async function startImapServer(options: ImapServerOptions = {}): Promise<ImapServerHandle> {
  checkDovecot()
  installExitHook()
  const users = options.users ?? [{ user: 'agent', password: 'secret' }]
  const who = accounts()
  const dir = await mkdtemp(join(tmpdir(), 'switchboard-imap-'))
  let entry: Started | null = null
  try {
    // dovecot's processes run as other users (as root): they must reach the folder.
    await chmod(dir, 0o755)
    await Promise.all(['run', 'state', 'mail'].map((name) => mkdir(join(dir, name))))
    if (who.root) {
      await chown(join(dir, 'mail'), who.mailUid, who.mailGid)
    }
    await writeFile(join(dir, 'passwd'), passwdFile(dir, users, who))
    const certificate = options.tls ? await selfSignedCertificate(dir) : null

    for (let attempt = 1; ; attempt++) {
      const port = await freePort()
      let tlsPort = certificate ? await freePort() : null
      while (tlsPort === port) {
        tlsPort = await freePort()
      }
      await writeFile(
        join(dir, 'dovecot.conf'),
        dovecotConfig({
          dir,
          port,
          tlsPort,
          certificateFile: certificate?.certificateFile ?? null,
          keyFile: certificate?.keyFile ?? null,
          accounts: who,
        })
      )
      const dovecot = new DovecotProcess(dir, port, options.startTimeoutMs ?? 10_000)
      entry = { process: dovecot, dir }
      running.add(entry)
      try {
        await dovecot.start()
      } catch (error) {
        running.delete(entry)
        entry = null
        if (error instanceof PortTakenError && attempt < 3) {
          continue
        }
        throw error
      }
      return handle({ entry, port, tlsPort, users, who, pem: certificate?.pem ?? null })
    }
  } catch (error) {
    if (entry) {
      running.delete(entry)
      await entry.process.kill()
    }
    rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

interface HandleInput {
  entry: Started
  port: number
  tlsPort: number | null
  users: ImapUser[]
  who: Accounts
  pem: string | null
}

function handle({ entry, port, tlsPort, users, who, pem }: HandleInput): ImapServerHandle {
  const settings = (user = users[0].user, overrides: Partial<ImapSettings> = {}): ImapSettings => ({
    host: '127.0.0.1',
    port,
    tls: 'none',
    verifyCertificates: true,
    user,
    password: passwordOf(users, user),
    ...overrides,
  })
  return {
    host: '127.0.0.1',
    port,
    tlsPort,
    users,
    certificatePem: pem,
    logFile: join(entry.dir, 'dovecot.log'),
    get pid() {
      return entry.process.pid
    },
    settings,
    append: (user, folder, rawMessage, flags = []) =>
      session(settings(user), async (client) => {
        await ensureFolder(client, folder)
        const appended = await client.append(folder, rawMessage, flags)
        if (!appended || appended.uid === undefined) {
          throw new Error(`APPEND to ${folder} returned no UID (is UIDPLUS off?)`)
        }
        return { uid: appended.uid, uidValidity: String(appended.uidValidity) }
      }),
    folderUids: (user, folder) =>
      session(settings(user), async (client) => {
        await client.mailboxOpen(folder, { readOnly: true })
        const uids = await client.search({ all: true }, { uid: true })
        return (uids || []).sort((a, b) => a - b)
      }),
    async dropMaildir(user, messages, options = {}) {
      const folder = options.folder ?? 'INBOX'
      // A login first, so dovecot creates the Maildir (and the folder) with its own owner.
      await session(settings(user), (client) => ensureFolder(client, folder))
      const root = maildirOf(entry.dir, user)
      // Maildir++: folder "Foo" lives in Maildir/.Foo
      const folderDir = folder === 'INBOX' ? root : join(root, `.${folder}`)
      await writeMaildirMessages(folderDir, messages, options.seen ?? false, who)
    },
    async stop() {
      if (!running.delete(entry)) {
        return
      }
      await entry.process.stop()
      rmSync(entry.dir, { recursive: true, force: true })
    },
  }
}

function passwordOf(users: ImapUser[], user: string) {
  const found = users.find((entry) => entry.user === user)
  if (!found) {
    throw new Error(`No IMAP test user "${user}" (users: ${users.map((u) => u.user).join(', ')})`)
  }
  return found.password
}

/** One logged-in imapflow session for a helper call, logged out afterwards. */
async function session<T>(settings: ImapSettings, work: (client: ImapFlow) => Promise<T>) {
  const client = new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: false,
    doSTARTTLS: false,
    auth: { user: settings.user, pass: settings.password },
    logger: false,
    disableAutoIdle: true,
  })
  client.on('error', () => {})
  await client.connect()
  try {
    return await work(client)
  } finally {
    await client.logout().catch(() => client.close())
  }
}

/** Creates a missing folder; for INBOX a STATUS, which makes dovecot create the Maildir. */
async function ensureFolder(client: ImapFlow, folder: string) {
  if (folder.toUpperCase() === 'INBOX') {
    await client.status('INBOX', { messages: true })
    return
  }
  const existing = await client.list()
  if (!existing.some((mailbox) => mailbox.path === folder)) {
    await client.mailboxCreate(folder)
  }
}
