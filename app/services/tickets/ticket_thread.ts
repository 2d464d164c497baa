import type Ticket from '#models/ticket'
import TicketComment from '#models/ticket_comment'
import Attachment from '#models/attachment'
import TicketHistory from '#models/ticket_history'

/**
 * Everything shown under a ticket: the conversation, files attached to the
 * ticket itself, and the history timeline. Without `internal`, internal
 * notes, their files and their timeline entries are left out at the query,
 * so they cannot leak through any page or API built on this.
 */
export default class TicketThread {
  static async load(ticket: Ticket, { internal }: { internal: boolean }) {
    const [comments, ticketFiles, history] = await Promise.all([
      TicketComment.query()
        .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
        .where('ticket_id', ticket.id)
        .if(!internal, (query) => query.where('is_internal', false))
        .preload('author')
        .preload('attachments')
        .orderBy('created_at')
        .orderBy('id'),
      Attachment.query()
        .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
        .where('ticket_id', ticket.id)
        .whereNull('comment_id')
        .orderBy('id'),
      TicketHistory.query()
        .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
        .where('ticket_id', ticket.id)
        .if(!internal, (query) => query.where('is_internal', false))
        .preload('actor')
        .orderBy('created_at')
        .orderBy('id'),
    ])
    return { comments, ticketFiles, history }
  }

  /** Whether a file may be downloaded by someone who cannot see internal notes. */
  static async isPublicAttachment(attachment: Attachment) {
    if (attachment.commentId === null) {
      return true
    }
    const comment = await TicketComment.find(attachment.commentId)
    return comment !== null && !comment.isInternal
  }
}
