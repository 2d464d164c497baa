import { BaseCommand, flags } from '@adonisjs/core/ace'
import type { CommandOptions } from '@adonisjs/core/types/ace'

export default class MailFetch extends BaseCommand {
  static commandName = 'mail:fetch'
  static description = 'Fetch the e-mail channel mailboxes now (all active ones, or one)'
  static help = [
    'The worker (queue:work) fetches every active mailbox on a schedule and as soon as the server',
    'announces new mail (IMAP IDLE). This fetches now, from this process, and prints what each',
    'message became. A mailbox another worker is fetching is skipped. Exits 1 when a fetch failed.',
  ]

  static options: CommandOptions = { startApp: true }

  @flags.number({ description: 'Only this mailbox (id)' })
  declare mailbox?: number

  async run() {
    const { default: Mailbox } = await import('#models/mailbox')
    const { default: MailboxFetcher } = await import('#services/mail_channel/mailbox_fetcher')
    const router = await this.app.container.make('router')
    // Receipts and links are built with urlFor; only the HTTP server commits the routes.
    router.commit()

    const query = Mailbox.query().orderBy('id')
    if (this.mailbox !== undefined) query.where('id', this.mailbox)
    else query.where('is_active', true)
    const mailboxes = await query
    if (this.mailbox !== undefined && !mailboxes.length) {
      this.logger.error(`No mailbox with id ${this.mailbox}`)
      this.exitCode = 1
      return
    }
    for (const mailbox of mailboxes) {
      const summary = await MailboxFetcher.fetch(mailbox)
      const label = `${mailbox.name} (#${mailbox.id})`
      if (summary.skipped === 'busy') {
        this.logger.info(`${label}: skipped, another worker is fetching it`)
      } else if (summary.skipped === 'inactive') {
        this.logger.info(`${label}: skipped, switched off`)
      } else if (summary.error) {
        this.logger.error(`${label}: ${summary.error}`)
        this.exitCode = 1
      } else {
        this.logger.success(
          `${label}: ${summary.fetched} fetched, ${summary.processed} processed, ${summary.failed} failed`
        )
      }
    }
  }
}
