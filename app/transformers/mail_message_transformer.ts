import type MailMessage from '#models/mail_message'
import { BaseTransformer } from '@adonisjs/core/transformers'

/**
 * A fetched message as admins review it. UIDs are 32-bit unsigned and come
 * from PostgreSQL's bigint as strings; they are answered as numbers.
 */
export default class MailMessageTransformer extends BaseTransformer<MailMessage> {
  toObject() {
    const message = this.resource
    const ticket = message.ticketId ? message.ticket : null
    return {
      ...this.pick(message, [
        'id',
        'messageId',
        'subject',
        'status',
        'reason',
        'detail',
        'error',
        'commentId',
        'attempts',
        'refusedAttachments',
      ]),
      uid: Number(message.uid),
      uidValidity: Number(message.uidValidity),
      from: message.fromAddress,
      ticket: ticket ? { id: ticket.id, reference: ticket.reference } : null,
      receivedAt: message.receivedAt?.toISO() ?? null,
      processedAt: message.processedAt?.toISO() ?? null,
    }
  }
}
