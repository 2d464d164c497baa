import { ImapFlow } from 'imapflow'
import { explainImapFailure, type ImapFailureStage } from './imap_failure.js'

/**
 * How a mailbox reaches its IMAP server: plain values, so this module knows
 * nothing of the model that stores them (nor of how the password is kept).
 */
export interface ImapSettings {
  host: string
  port: number
  /** implicit: TLS from the first byte (usually 993); starttls: upgrade on the plain port (143). */
  tls: 'implicit' | 'starttls' | 'none'
  /** Off only for servers with a self-signed or private certificate the admin chose to accept. */
  verifyCertificates: boolean
  user: string
  password: string
}

export interface ImapTimeouts {
  /** TCP (and implicit TLS) connect. */
  connectMs: number
  /** From the connection to the server's greeting. */
  greetingMs: number
  /** Silence on an open connection before it counts as dead (IDLE refreshes it). */
  socketMs: number
}

/**
 * Short enough that "Test connection" answers while the admin waits, long
 * enough for a slow server across the world. A fetch job may pass longer
 * socket timeouts for big messages.
 */
export const DEFAULT_IMAP_TIMEOUTS: ImapTimeouts = {
  connectMs: 10_000,
  greetingMs: 10_000,
  socketMs: 60_000,
}

/**
 * An ImapFlow client for the settings, not yet connected. TLS is explicit
 * either way: with `starttls` the upgrade is required (doSTARTTLS: true),
 * so a server or a man in the middle that hides STARTTLS cannot make the
 * client send the password in clear text; with `none` it never upgrades.
 * imapflow's own logger is off: it logs every command at info level, far
 * too much for the app's log; failures reach the caller as errors.
 */
export function imapClient(
  settings: ImapSettings,
  timeouts: Partial<ImapTimeouts> = {},
  options: { idle?: boolean } = {}
) {
  const limits = { ...DEFAULT_IMAP_TIMEOUTS, ...timeouts }
  return new ImapFlow({
    host: settings.host,
    port: settings.port,
    secure: settings.tls === 'implicit',
    doSTARTTLS: settings.tls === 'starttls' ? true : settings.tls === 'none' ? false : undefined,
    tls: { rejectUnauthorized: settings.verifyCertificates, minVersion: 'TLSv1.2' },
    auth: { user: settings.user, pass: settings.password },
    logger: false,
    connectionTimeout: limits.connectMs,
    greetingTimeout: limits.greetingMs,
    socketTimeout: limits.socketMs,
    // A fetch sends one command at a time; only the watcher (mail_watcher.ts) sits in IDLE,
    // restarted every few minutes as RFC 2177 asks, so no server drops it as inactive.
    disableAutoIdle: !options.idle,
    ...(options.idle ? { autoIdleDelay: 500, maxIdleTime: 4 * 60_000 } : {}),
  })
}

export type TestConnectionResult =
  | {
      ok: true
      folder: string
      /** Messages in the folder now. */
      messages: number
      /** A string: IMAP's UIDVALIDITY is 32-bit unsigned and imapflow gives it as a BigInt. */
      uidValidity: string
      /** Whether the session ended up encrypted (implicit TLS or STARTTLS). */
      encrypted: boolean
    }
  | { ok: false; stage: ImapFailureStage; message: string }

/**
 * "Test connection": connect, log in, open the folder read-only (EXAMINE,
 * so nothing is marked seen), log out. Never throws; the failure says at
 * which stage it stopped and why, in words for the admin, and never
 * contains the password.
 */
export async function testConnection(
  settings: ImapSettings,
  folder: string,
  timeouts: Partial<ImapTimeouts> = {}
): Promise<TestConnectionResult> {
  const client = imapClient(settings, timeouts)
  // imapflow also emits socket errors as events; unheard, they would crash the process.
  client.on('error', () => {})
  let loggedIn = false
  try {
    await client.connect()
    loggedIn = true
    const mailbox = await client.mailboxOpen(folder, { readOnly: true })
    return {
      ok: true,
      folder: mailbox.path,
      messages: mailbox.exists,
      uidValidity: String(mailbox.uidValidity),
      encrypted: client.secureConnection,
    }
  } catch (error) {
    return { ok: false, ...explainImapFailure(error, { settings, folder, loggedIn }) }
  } finally {
    await closeQuietly(client)
  }
}

/** LOGOUT when the session is usable, else just drop the socket. */
async function closeQuietly(client: ImapFlow) {
  try {
    if (client.usable) {
      await client.logout()
    } else {
      client.close()
    }
  } catch {
    client.close()
  }
}
