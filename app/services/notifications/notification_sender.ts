import { createHash } from 'node:crypto'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import mail from '@adonisjs/mail/services/main'
import logger from '@adonisjs/core/services/logger'
import type Ticket from '#models/ticket'
import type { Status } from '#models/ticket'
import type { NotificationKind, Recipient } from '#platform/catalogue'
import type { BuiltinEventContext } from '#platform/define_plugin'
import TicketNotificationMail from '#mails/ticket_notification_mail'
import { appUrl } from '#config/app'
import type { Locale } from '#services/locales'
import { formatInZone } from '#services/time_zones'

export type TicketMessage = {
  kind: NotificationKind
  to: Recipient
  /** The recipient's language, which the whole mail is written in. */
  locale: Locale
  actorName: string | null
  /** A mail about the ticket's creation: it starts the thread, so no "Re:". */
  opening: boolean
  statusFrom?: Status
  statusTo?: Status
  replyHtml?: string | null
  replyText?: string
  /** The recipient's time zone, which the mail's dates are written in. */
  zone: string
  /** When it happened, as the recipient reads it (their time zone); set by the sender. */
  when?: string
  /** Reply-To: the organization's mailbox (reply_address.ts), where answers are fetched. */
  replyTo?: string | null
}

const domain = new URL(appUrl).hostname

/**
 * A short, stable name for a recipient: the user id, or a digest of an
 * address a plugin added (an address can be 254 characters; the step
 * and message_id columns are not).
 */
function recipientKey(recipient: Recipient) {
  return recipient.userId
    ? `u${recipient.userId}`
    : `e${createHash('sha256').update(recipient.email.toLowerCase()).digest('hex').slice(0, 20)}`
}

/**
 * Message-IDs that let mail clients thread a ticket: the requester's
 * receipt is the root, <ticket-42@host>; every later mail about ticket 42
 * answers it (In-Reply-To and References), with an id of its own that is
 * the same on every retry, so a mail sent twice is recognised as one.
 */
export function threadIds(
  ticketId: number,
  eventId: number,
  kind: NotificationKind | 'plugin_mail',
  recipient: Recipient
) {
  const root = `<ticket-${ticketId}@${domain}>`
  const own =
    kind === 'ticket_created_receipt'
      ? root
      : `<ticket-${ticketId}.event-${eventId}.${kind}.${recipientKey(recipient)}@${domain}>`
  return { root, own }
}

/**
 * Sends one notification e-mail and logs it. Each (delivery, kind,
 * recipient) is a step of the delivery, so a retried delivery does not
 * send again what already went out. A failure is logged as "failed" with
 * the error and rethrown, so the delivery retries with backoff.
 */
/** What sending needs of the delivery it is part of. */
export type SendingContext = Pick<BuiltinEventContext, 'deliveryId' | 'event' | 'callOnce'>

export default class NotificationSender {
  static async send(context: SendingContext, ticket: Ticket, message: TicketMessage) {
    const { event } = context
    const { root, own } = threadIds(ticket.id, event.id, message.kind, message.to)
    const mailable = new TicketNotificationMail(
      ticket,
      { ...message, when: formatInZone(DateTime.fromISO(event.occurredAt), message.zone) },
      { messageId: own, root },
      message.replyTo ?? null
    )
    const step = `mail:${message.kind}:${recipientKey(message.to)}`
    const logRow = (status: 'sent' | 'failed', error: string | null = null) => ({
      organization_id: ticket.organizationId,
      ticket_id: ticket.id,
      user_id: message.to.userId,
      delivery_id: context.deliveryId,
      kind: message.kind,
      recipient: message.to.email,
      subject: mailable.subject,
      message_id: own,
      status,
      error,
      created_at: new Date(),
    })
    try {
      await context.callOnce(
        step,
        () => mail.send(mailable),
        async (trx) => {
          await trx.table('notification_logs').insert(logRow('sent'))
        }
      )
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error)
      logger.warn({ err: error, to: message.to.email, kind: message.kind }, 'notification not sent')
      await db.table('notification_logs').insert(logRow('failed', reason.slice(0, 2000)))
      throw error
    }
  }
}
