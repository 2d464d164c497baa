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
  static async load(
    ticket: Ticket,
    { internal, history = true }: { internal: boolean; history?: boolean }
  ) {
    const [comments, ticketFiles, timeline] = await Promise.all([
      TicketComment.query()
        .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
        .where('ticket_id', ticket.id)
        .if(!internal, (query) => query.where('is_internal', false))
        .preload('author')
        .preload('attachments')
        .orderBy('created_at')
        .orderBy('id'),
      this.ticketFiles(ticket),
      // Callers that show no timeline (the API) need not pay for reading it.
      history
        ? TicketHistory.query()
            .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
            .where('ticket_id', ticket.id)
            .if(!internal, (query) => query.where('is_internal', false))
            .preload('actor')
            .orderBy('created_at')
            .orderBy('id')
        : [],
    ])
    return { comments, ticketFiles, history: timeline }
  }

  /** Files attached to the ticket itself, not to a comment: visible to anyone who sees the ticket. */
  static ticketFiles(ticket: Ticket) {
    return Attachment.query()
      .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
      .where('ticket_id', ticket.id)
      .whereNull('comment_id')
      .orderBy('id')
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
