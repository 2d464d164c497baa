import type { ImapFlow } from 'imapflow'
import logger from '@adonisjs/core/services/logger'
import type Mailbox from '#models/mailbox'
import { imapClient } from '#services/mail_channel/imap_connection'
import { imapSettings } from '#services/mail_channel/mailbox_settings'

/** After a dropped connection, wait this long, doubling up to the ceiling. */
const RETRY_FIRST_MS = 5_000
const RETRY_MAX_MS = 5 * 60_000

/**
 * Keeps one IMAP connection per mailbox in IDLE (RFC 2177) and calls
 * `onNewMail` when the server announces new messages, so mail becomes a
 * ticket within seconds rather than at the next scheduled fetch. It only
 * listens: the fetch runs on its own connection under the mailbox's lease.
 * A server without IDLE is polled by imapflow with NOOP instead; a dropped
 * connection is reopened with backoff, and the schedule keeps fetching
 * meanwhile.
 */
export default class MailWatcher {
  private client: ImapFlow | null = null
  private stopped = false
  private retryMs = RETRY_FIRST_MS
  private retryTimer: NodeJS.Timeout | null = null

  constructor(
    readonly mailbox: Mailbox,
    private onNewMail: (mailboxId: number) => void
  ) {}

  start() {
    void this.connect()
    return this
  }

  async stop() {
    this.stopped = true
    if (this.retryTimer) clearTimeout(this.retryTimer)
    const client = this.client
    this.client = null
    if (!client) return
    try {
      if (client.usable) await client.logout()
      else client.close()
    } catch {
      client.close()
    }
  }

  private async connect() {
    if (this.stopped) return
    // Longer than IDLE's restart interval (imap_connection.ts), so a quiet IDLE is not a dead socket.
    const client = imapClient(imapSettings(this.mailbox), { socketMs: 10 * 60_000 }, { idle: true })
    this.client = client
    client.on('error', (error) =>
      logger.debug({ err: error, mailbox: this.mailbox.id }, 'mail watcher connection error')
    )
    client.on('exists', (data: { count: number; prevCount: number }) => {
      if (data.count > data.prevCount) this.onNewMail(this.mailbox.id)
    })
    client.on('close', () => this.reconnectLater())
    try {
      await client.connect()
      await client.mailboxOpen(this.mailbox.folder)
      this.retryMs = RETRY_FIRST_MS
      logger.info({ mailbox: this.mailbox.id }, `watching mailbox ${this.mailbox.id} for new mail`)
    } catch (error) {
      logger.info(
        { err: error, mailbox: this.mailbox.id },
        'mail watcher could not open the mailbox; the schedule still fetches it'
      )
      client.close()
    }
  }

  private reconnectLater() {
    if (this.stopped || this.retryTimer) return
    this.client = null
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null
      void this.connect()
    }, this.retryMs)
    this.retryTimer.unref()
    this.retryMs = Math.min(this.retryMs * 2, RETRY_MAX_MS)
  }
}
