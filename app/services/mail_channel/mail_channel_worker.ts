import logger from '@adonisjs/core/services/logger'
import Mailbox from '#models/mailbox'
import MailboxFetcher from '#services/mail_channel/mailbox_fetcher'
import MailWatcher from '#services/mail_channel/mail_watcher'

export type MailChannelOptions = {
  /** How often every active mailbox is fetched. */
  everyMs: number
  /** Keep an IMAP IDLE connection per mailbox to fetch as soon as mail arrives. */
  idle: boolean
}

/**
 * The worker's part of the e-mail channel (issue 17, point 2): every
 * active mailbox is fetched on a schedule and, where the server offers
 * IDLE, as soon as new mail arrives. Fetches of one mailbox never overlap
 * in this process (a request during a fetch runs once more after it) nor
 * across workers (the mailbox's lease). It runs beside the BullMQ
 * schedules rather than in them, so a mailbox of ten thousand messages
 * never delays the assignment sweep.
 */
export default class MailChannelWorker {
  private running = new Map<number, Promise<unknown>>()
  private again = new Set<number>()
  private watchers = new Map<number, { watcher: MailWatcher; version: string }>()
  private timer: NodeJS.Timeout | null = null
  private tick: Promise<unknown> | null = null
  private stopped = false

  constructor(private options: MailChannelOptions) {}

  start() {
    const run = () => {
      if (this.tick || this.stopped) return
      this.tick = this.fetchAll()
        .catch((error) => logger.warn({ err: error }, 'mail fetch round failed'))
        .finally(() => (this.tick = null))
    }
    run()
    this.timer = setInterval(run, this.options.everyMs)
    return this
  }

  async stop() {
    this.stopped = true
    if (this.timer) clearInterval(this.timer)
    await Promise.all([...this.watchers.values()].map(({ watcher }) => watcher.stop()))
    this.watchers.clear()
    await this.tick
    await Promise.all(this.running.values())
  }

  /** Fetches one mailbox now, or once more after the fetch in progress. */
  request(mailboxId: number) {
    if (this.stopped) return
    if (this.running.has(mailboxId)) {
      this.again.add(mailboxId)
      return
    }
    const fetching = (async () => {
      try {
        // Fresh settings: the admin may have changed or switched it off since.
        const mailbox = await Mailbox.find(mailboxId)
        if (mailbox) await MailboxFetcher.fetch(mailbox)
      } catch (error) {
        logger.warn({ err: error, mailbox: mailboxId }, 'mailbox fetch failed')
      } finally {
        this.running.delete(mailboxId)
        if (this.again.delete(mailboxId)) this.request(mailboxId)
      }
    })()
    this.running.set(mailboxId, fetching)
  }

  private async fetchAll() {
    const mailboxes = await Mailbox.query().where('is_active', true).orderBy('id')
    if (this.options.idle) await this.syncWatchers(mailboxes)
    for (const mailbox of mailboxes) {
      if (this.stopped) return
      this.request(mailbox.id)
      await this.running.get(mailbox.id)
    }
  }

  /** One watcher per active mailbox, restarted when its settings change. */
  private async syncWatchers(mailboxes: Mailbox[]) {
    const wanted = new Map(mailboxes.map((mailbox) => [mailbox.id, mailbox]))
    for (const [id, entry] of this.watchers) {
      const mailbox = wanted.get(id)
      if (!mailbox || version(mailbox) !== entry.version) {
        this.watchers.delete(id)
        await entry.watcher.stop()
      }
    }
    for (const mailbox of mailboxes) {
      if (this.watchers.has(mailbox.id)) continue
      const watcher = new MailWatcher(mailbox, (id) => this.request(id)).start()
      this.watchers.set(mailbox.id, { watcher, version: version(mailbox) })
    }
  }
}

function version(mailbox: Mailbox) {
  return mailbox.updatedAt.toISO() ?? ''
}
