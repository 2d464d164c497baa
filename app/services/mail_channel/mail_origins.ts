import MailMessage, { type RefusedMailAttachment } from '#models/mail_message'
import NotificationLog from '#models/notification_log'
import type Ticket from '#models/ticket'

/** What the desk shows of the e-mail a ticket or a reply came from. */
export type MailOrigin = {
  /** The mail_messages row: its raw copy downloads as .eml. */
  id: number
  refusedAttachments: RefusedMailAttachment[]
  /** The text before quotes and signatures were trimmed; null when nothing was trimmed. */
  fullText: string | null
}

function origin(row: MailMessage, shown: string): MailOrigin {
  const full = row.fullText?.trim() ?? ''
  return {
    id: row.id,
    refusedAttachments: row.refusedAttachments ?? [],
    fullText: full !== '' && full !== shown.trim() ? row.fullText : null,
  }
}

/**
 * The e-mails behind a ticket page (issue 17), for staff: the one that
 * opened the ticket and those that became replies. One query for the
 * whole page, whatever the number of replies.
 */
export default class MailOrigins {
  static async forTicket(ticket: Ticket, comments: { id: number; body: string }[]) {
    const rows = await MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
      .where('ticket_id', ticket.id)
      .whereIn('status', ['ticket', 'reply'])
      .select('id', 'status', 'comment_id', 'refused_attachments', 'full_text')
      .orderBy('id')
    const opened = rows.find((row) => row.status === 'ticket')
    const bodies = new Map(comments.map((comment) => [comment.id, comment.body]))
    const replies: Record<number, MailOrigin> = {}
    for (const row of rows) {
      if (row.status === 'reply' && row.commentId !== null && bodies.has(row.commentId)) {
        replies[row.commentId] = origin(row, bodies.get(row.commentId)!)
      }
    }
    return { ticket: opened ? origin(opened, ticket.description) : null, replies }
  }

  /**
   * The ticket's notifications that came back as bounces (bounce_marker.ts),
   * newest first: the agent learns an address no longer takes mail.
   */
  static async bounces(ticket: Ticket) {
    const rows = await NotificationLog.query()
      .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
      .where('ticket_id', ticket.id)
      .where('status', 'bounced')
      .select('recipient', 'bounced_at')
      .orderBy('bounced_at', 'desc')
      .limit(5)
    return rows.map((row) => ({
      recipient: row.recipient,
      bouncedAt: row.bouncedAt?.toISO() ?? null,
    }))
  }

  /** One message behind this ticket, for its .eml download; null when it is not one of them. */
  static find(ticket: Ticket, messageId: number) {
    return MailMessage.query()
      .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
      .where('ticket_id', ticket.id)
      .where('id', messageId)
      .whereIn('status', ['ticket', 'reply'])
      .first()
  }
}
