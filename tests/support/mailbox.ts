import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import env from '#start/env'

export type CaughtMail = {
  envelope: { from: string | null; to: string[] }
  subject: string
  from: string
  to: string
  messageId: string | null
  inReplyTo: string | null
  references: string | string[] | null
  headers: Record<string, string>
  text: string
  html: string
  raw: string
}

const HTTP_PORT = env.get('SMTP_PORT') + 1
let child: ChildProcess | undefined

/** Starts the SMTP server process the app sends to during tests. */
export async function startMailCatcher() {
  const script = fileURLToPath(new URL('./mail_catcher.mjs', import.meta.url))
  child = spawn(process.execPath, [script], {
    env: { ...process.env, SMTP_PORT: String(env.get('SMTP_PORT')), HTTP_PORT: String(HTTP_PORT) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('mail catcher did not start')), 10_000)
    child!.stdout!.once('data', () => {
      clearTimeout(timer)
      resolve()
    })
    child!.once('exit', (code) => reject(new Error(`mail catcher exited with ${code}`)))
  })
  return async () => {
    child?.kill('SIGTERM')
  }
}

/**
 * Stops the SMTP server process, as an outage would: connections are
 * refused until startMailCatcher() starts a new one (with an empty mailbox).
 */
export async function stopMailCatcher() {
  const running = child
  if (!running || running.exitCode !== null) {
    return
  }
  const exited = new Promise((resolve) => running.once('exit', resolve))
  running.kill('SIGTERM')
  await exited
}

/** Whether the SMTP server process is up (a test may have stopped it). */
export function mailCatcherRunning() {
  return child !== undefined && child.exitCode === null && child.signalCode === null
}

/** The messages the SMTP server has accepted since the last clear. */
export const mailbox = {
  async all(): Promise<CaughtMail[]> {
    const response = await fetch(`http://127.0.0.1:${HTTP_PORT}/messages`)
    return (await response.json()) as CaughtMail[]
  },
  async clear() {
    await fetch(`http://127.0.0.1:${HTTP_PORT}/messages`, { method: 'DELETE' })
  },
  /** Greylists an address: the server answers its next `times` deliveries with 450. */
  async refuse(address: string, times = 1) {
    await fetch(`http://127.0.0.1:${HTTP_PORT}/refusals`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ address, times }),
    })
  },
  /** Waits (up to 5 s) for a message to an address, since sending is asynchronous to the test. */
  async waitFor(to: string, predicate: (mail: CaughtMail) => boolean = () => true) {
    const deadline = Date.now() + 5000
    while (Date.now() < deadline) {
      const messages = await this.all()
      const found = messages.find((mail) => mail.envelope.to.includes(to) && predicate(mail))
      if (found) {
        return found
      }
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
    throw new Error(`No e-mail to ${to} arrived within 5 s`)
  },
}
