import drive from '@adonisjs/drive/services/main'
import MailMessage, { type MailMessageStatus } from '#models/mail_message'
import type Mailbox from '#models/mailbox'
import MailProcessor from '#services/mail_channel/mail_processor'
import type { ActorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

export const MESSAGES_PER_PAGE = 25

/** Only these go through the processor again: the others already became something. */
const RETRYABLE: MailMessageStatus[] = ['failed', 'held']

/**
 * The messages a mailbox fetched, as admins review them (issue 17): the
 * dead-letter list, held mail, and the raw copy of any of them.
 */
export default class MailMessageService {
  static list(mailbox: Mailbox, filters: { status?: MailMessageStatus; page?: number }) {
    const query = MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(mailbox.organizationId))
      .where('mailbox_id', mailbox.id)
      .preload('ticket', (ticket) => ticket.select('id', 'reference', 'organization_id'))
      .orderBy('id', 'desc')
    if (filters.status) query.where('status', filters.status)
    return query.paginate(filters.page ?? 1, MESSAGES_PER_PAGE)
  }

  static find(mailbox: Mailbox, id: number) {
    return MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(mailbox.organizationId))
      .where('mailbox_id', mailbox.id)
      .where('id', id)
      .preload('ticket', (ticket) => ticket.select('id', 'reference', 'organization_id'))
      .firstOrFail()
  }

  /** Failed per organization: one count per mailbox for the list's badges. */
  static async failedCounts(organizationId: number) {
    const rows = await MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(organizationId))
      .where('status', 'failed')
      .groupBy('mailbox_id')
      .select('mailbox_id')
      .count('* as total')
    return new Map(
      rows.map((row) => [row.mailboxId, Number((row.$extras as { total: string }).total)])
    )
  }

  static raw(message: MailMessage) {
    return drive.use().getStream(message.rawKey)
  }

  /** A failed message tried again, or a held one released; anything else is refused. */
  static async retry(message: MailMessage, context: ActorContext) {
    if (!RETRYABLE.includes(message.status as MailMessageStatus)) {
      throw new FormError('status', msg('Only a failed or held message can be processed again.'))
    }
    const after = await MailProcessor.retry(message, context)
    await after.load('ticket', (ticket) => ticket.select('id', 'reference', 'organization_id'))
    return after
  }
}
