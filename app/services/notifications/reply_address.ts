import db from '@adonisjs/lucid/services/db'
import type Ticket from '#models/ticket'

/**
 * Where answers to a ticket's notifications should go (Reply-To): the
 * e-mail channel's mailbox the ticket came in by, else the organization's
 * first active mailbox, so that with several organizations on one
 * installation each one's customers answer into their own mailbox, not
 * into MAIL_FROM's. A mailbox counts when its login is an address
 * (support@example.com); null leaves replies to MAIL_FROM. One statement,
 * read once per delivery however many mails it sends.
 */
export async function replyAddressOf(ticket: Ticket): Promise<string | null> {
  const row = await db
    .from('mailboxes')
    .leftJoin('mail_messages', (join) => {
      join
        .on('mail_messages.mailbox_id', 'mailboxes.id')
        .andOnVal('mail_messages.ticket_id', ticket.id)
        .andOnVal('mail_messages.status', 'ticket')
    })
    .where('mailboxes.organization_id', ticket.organizationId)
    .where('mailboxes.is_active', true)
    .where('mailboxes.username', 'like', '%@%')
    .orderByRaw('mail_messages.id IS NULL, mailboxes.id')
    .select('mailboxes.username')
    .first()
  return row?.username ?? null
}
