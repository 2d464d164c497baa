import db from '@adonisjs/lucid/services/db'
import type Ticket from '#models/ticket'

/**
 * Where answers to a ticket's notifications should go (Reply-To): the
 * e-mail channel's mailbox the ticket came in by, else the organization's
 * first active mailbox, so that with several organizations on one
 * installation each one's customers answer into their own mailbox, not
 * into MAIL_FROM's. A mailbox counts when its login is an address
 * (support@example.com); null leaves replies to MAIL_FROM.
 */
export async function replyAddressOf(ticket: Ticket): Promise<string | null> {
  const origin = await db
    .from('mail_messages')
    .join('mailboxes', 'mailboxes.id', 'mail_messages.mailbox_id')
    .where('mail_messages.organization_id', ticket.organizationId)
    .where('mail_messages.ticket_id', ticket.id)
    .where('mail_messages.status', 'ticket')
    .where('mailboxes.is_active', true)
    .where('mailboxes.username', 'like', '%@%')
    .select('mailboxes.username')
    .first()
  if (origin) return origin.username
  const first = await db
    .from('mailboxes')
    .where('organization_id', ticket.organizationId)
    .where('is_active', true)
    .where('username', 'like', '%@%')
    .orderBy('id')
    .select('username')
    .first()
  return first?.username ?? null
}
