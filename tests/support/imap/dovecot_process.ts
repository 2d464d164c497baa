import { spawn, type ChildProcess } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'
import net from 'node:net'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/** Debian's path; DOVECOT_BIN points elsewhere. */
export const DOVECOT = process.env.DOVECOT_BIN ?? '/usr/sbin/dovecot'

/** A start that failed because another process took a port: worth a retry on new ones. */
export class PortTakenError extends Error {}

/**
 * One `dovecot -F` (foreground) master. Its stderr and dovecot's own log go
 * to files in the throwaway folder, never to a pipe, so it cannot block on
 * a full pipe. Ready means the greeting says "ready.": right after the
 * start it answers "Waiting for authentication process" and drops the
 * connection, so an open port is not enough.
 */
export class DovecotProcess {
  #child: ChildProcess | null = null
  #exited: Promise<void> = Promise.resolve()

  constructor(
    private readonly dir: string,
    private readonly port: number,
    private readonly startTimeoutMs: number
  ) {}

  get pid() {
    return this.alive ? (this.#child?.pid ?? null) : null
  }

  get alive() {
    return this.#child !== null && this.#child.exitCode === null && this.#child.signalCode === null
  }

  async start() {
    const stderr = openSync(join(this.dir, 'dovecot.stderr'), 'a')
    const child = spawn(DOVECOT, ['-F', '-c', join(this.dir, 'dovecot.conf')], {
      stdio: ['ignore', 'ignore', stderr],
    })
    closeSync(stderr)
    // A forgotten server must not keep the test process alive; the exit hook kills it.
    child.unref()
    this.#child = child
    this.#exited = new Promise((resolve) => child.once('exit', () => resolve()))
    let spawnFailure: Error | null = null
    child.once('error', (error) => (spawnFailure = error))

    const deadline = Date.now() + this.startTimeoutMs
    let lastGreeting = ''
    while (Date.now() < deadline) {
      if (spawnFailure) {
        this.#child = null
        throw new Error(`cannot run ${DOVECOT}: ${(spawnFailure as Error).message}`)
      }
      if (!this.alive) {
        await this.#exited
        throw this.#failure('dovecot exited while starting')
      }
      lastGreeting = await greeting(this.port)
      if (lastGreeting.includes('ready.')) {
        return
      }
      await sleep(20)
    }
    await this.kill()
    throw this.#failure(
      `dovecot did not greet with "ready." within ${this.startTimeoutMs} ms (last: ${lastGreeting.trim() || 'no answer'})`
    )
  }

  /**
   * SIGTERM, then SIGKILL after 5 s. The master takes 1–3 s to exit and
   * holds its ports until then, so this waits for the exit itself.
   */
  async stop() {
    if (!this.alive) {
      return
    }
    this.#child!.kill('SIGTERM')
    const timer = setTimeout(() => this.#child?.kill('SIGKILL'), 5000)
    await this.#waitForExit()
    clearTimeout(timer)
  }

  async kill() {
    if (!this.alive) {
      return
    }
    this.#child!.kill('SIGKILL')
    await this.#waitForExit()
  }

  /** Synchronous, for process 'exit' handlers. */
  killNow() {
    if (this.alive) {
      this.#child!.kill('SIGKILL')
    }
  }

  /** Referenced while waiting, or a script with nothing else to do ends before 'exit'. */
  async #waitForExit() {
    this.#child!.ref()
    await this.#exited
  }

  #failure(summary: string) {
    const log = ['dovecot.stderr', 'dovecot.log']
      .map((name) => join(this.dir, name))
      .filter((file) => existsSync(file))
      .map((file) => readFileSync(file, 'utf8').trim())
      .filter(Boolean)
      .join('\n')
    if (/Address already in use/i.test(log)) {
      return new PortTakenError(`${summary}: a port is taken\n${log}`)
    }
    return new Error(`${summary}\n--- dovecot log ---\n${log || '(empty)'}`)
  }
}

/** The first line the server sends, or '' when nothing listens yet. */
function greeting(port: number) {
  return new Promise<string>((resolve) => {
    const socket = net.connect(port, '127.0.0.1')
    const done = (text: string) => {
      socket.destroy()
      resolve(text)
    }
    socket.setTimeout(1000, () => done(''))
    socket.once('data', (data) => done(String(data)))
    socket.once('error', () => done(''))
  })
}
