import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync, rmSync, statSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { join } from 'node:path'
import { Client, ResultCodeError } from 'ldapts'
import { SBIN } from './commands.js'
import type { AdminTarget } from './entries.js'

export interface ProcessSettings extends AdminTarget {
  dir: string
  /** `-h` listeners, e.g. `ldap://127.0.0.1:1234/ ldaps://127.0.0.1:1235/`. */
  listeners: string
  startTimeoutMs: number
}

/** A start that failed because another process holds one of the ports: worth a retry on new ones. */
export class PortTakenError extends Error {}

/**
 * One slapd process in the foreground, and its log. `-d none` keeps slapd
 * from daemonising and prints only what it logs uncategorised (errors,
 * "slapd starting"), not one line per operation; stderr goes to a file in the
 * throwaway folder, not a pipe, so slapd never blocks on a full pipe nor
 * dies of SIGPIPE if the test process goes first.
 */
export class SlapdProcess {
  #child: ChildProcess | null = null
  #exited: Promise<void> = Promise.resolve()
  readonly logFile: string

  constructor(private readonly settings: ProcessSettings) {
    this.logFile = join(settings.dir, 'slapd.log')
  }

  get pid() {
    return this.alive ? (this.#child?.pid ?? null) : null
  }

  get alive() {
    return this.#child !== null && this.#child.exitCode === null && this.#child.signalCode === null
  }

  /** Starts slapd and resolves once the admin can bind; rejects with slapd's log otherwise. */
  async start() {
    const logFrom = existsSync(this.logFile) ? statSync(this.logFile).size : 0
    const log = openSync(this.logFile, 'a')
    const args = ['-F', join(this.settings.dir, 'slapd.d'), '-h', this.settings.listeners]
    const child = spawn(join(SBIN, 'slapd'), [...args, '-d', 'none'], {
      stdio: ['ignore', 'ignore', log],
    })
    closeSync(log)
    // The test process may end while slapd runs; the exit hook of slapd.ts kills it then.
    child.unref()
    this.#child = child
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()))
    let spawnFailure: Error | null = null
    child.once('error', (error) => (spawnFailure = error))

    try {
      await this.#waitUntilReady(logFrom, () => spawnFailure)
    } catch (error) {
      await this.kill()
      throw error
    }
  }

  /** Polls an admin bind until it works, slapd exits or the start timeout passes. */
  async #waitUntilReady(logFrom: number, spawnFailed: () => Error | null) {
    const deadline = Date.now() + this.settings.startTimeoutMs
    let lastError = 'no answer yet'
    while (Date.now() < deadline) {
      const spawnFailure = spawnFailed()
      if (spawnFailure) {
        this.#child = null
        throw new Error(`cannot run ${join(SBIN, 'slapd')}: ${spawnFailure.message}`)
      }
      if (!this.alive) {
        await this.#exited
        throw this.#failure(`slapd exited (${this.#exitDescription()}) while starting`, logFrom)
      }
      const answer = await this.#tryBind()
      if (answer === null) {
        return
      }
      lastError = answer
      await sleep(10)
    }
    throw this.#failure(
      `slapd did not accept the admin bind within ${this.settings.startTimeoutMs} ms (last error: ${lastError})`,
      logFrom
    )
  }

  /** SIGTERM, then SIGKILL if slapd has not stopped within 5 s. */
  async stop() {
    if (!this.alive) {
      return
    }
    this.#child!.kill('SIGTERM')
    const timer = setTimeout(() => this.#child?.kill('SIGKILL'), 5000)
    await this.#waitForExit()
    clearTimeout(timer)
  }

  /** SIGKILL: no shutdown, open connections are reset, as in a crash. */
  async kill() {
    if (!this.alive) {
      return
    }
    this.#child!.kill('SIGKILL')
    await this.#waitForExit()
  }

  /**
   * The child is unref'd while it runs (a forgotten slapd must not keep the
   * process alive); while waiting for its exit it is referenced again, or a
   * script with nothing else to do would end before 'exit' arrives.
   */
  async #waitForExit() {
    this.#child!.ref()
    await this.#exited
  }

  /** Synchronous, for process 'exit' handlers, where nothing asynchronous runs any more. */
  killNow() {
    if (this.alive) {
      this.#child!.kill('SIGKILL')
    }
  }

  /**
   * Null when the admin bind succeeds, else why it did not. A refused
   * connection means "not listening yet"; an LDAP error means slapd is up
   * and refuses the admin, which waiting will not change.
   */
  async #tryBind() {
    const client = new Client({ url: this.settings.url, connectTimeout: 1000, timeout: 2000 })
    try {
      await client.bind(this.settings.adminDn, this.settings.adminPassword)
      return null
    } catch (error) {
      if (error instanceof ResultCodeError) {
        throw new Error(
          `slapd runs but refuses the admin bind as ${this.settings.adminDn}: ${error.message}`
        )
      }
      return (error as Error).message || String(error)
    } finally {
      await client.unbind().catch(() => {})
    }
  }

  #exitDescription() {
    const child = this.#child!
    return child.signalCode ? `signal ${child.signalCode}` : `exit code ${child.exitCode}`
  }

  #failure(summary: string, logFrom: number) {
    const log = existsSync(this.logFile)
      ? readFileSync(this.logFile, 'utf8').slice(logFrom).trim()
      : ''
    if (/bind\(\d+\) failed|Address already in use/i.test(log)) {
      return new PortTakenError(`${summary}: a port is taken\n${log}`)
    }
    return new Error(`${summary}\n--- slapd log (stderr) ---\n${log || '(empty)'}${appArmorHint()}`)
  }
}

/**
 * Ubuntu ships an enforcing AppArmor profile for /usr/sbin/slapd that only
 * lets it read /etc/ldap and /var/lib/ldap, which looks like "permission
 * denied" on the temporary folder. Debian 12 has none; say so when it is there.
 */
function appArmorHint() {
  try {
    const profiles = readFileSync('/sys/kernel/security/apparmor/profiles', 'utf8')
    if (/slapd.*\(enforce\)/.test(profiles)) {
      return (
        '\nAppArmor enforces a slapd profile on this machine; it may forbid the temporary folder. ' +
        'Put it in complain mode for tests (aa-complain /usr/sbin/slapd) or set SLAPD_SBIN to an unconfined copy.'
      )
    }
  } catch {
    // No AppArmor (or not readable): nothing to add.
  }
  return ''
}

/** Removes a throwaway folder, synchronously so exit handlers can use it too. */
export function removeFolder(dir: string) {
  rmSync(dir, { recursive: true, force: true })
}
