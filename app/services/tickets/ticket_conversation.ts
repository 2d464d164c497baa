import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import type Ticket from '#models/ticket'
import type { Status } from '#models/ticket'
import TicketComment from '#models/ticket_comment'
import Attachment from '#models/attachment'
import type User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import AttachmentIntake, { type InspectedFile } from '#services/tickets/attachment_intake'
import { renderMarkdown } from '#services/tickets/markdown'
import { inlineImages } from '#services/tickets/inline_images'
import { recordHistory, type Change } from '#services/tickets/ticket_history_recorder'
import { reopenedStatus, transition } from '#services/tickets/ticket_lifecycle'
import FormError from '#exceptions/form_error'
import type { CommentSource } from '#platform/catalogue'
import { msg } from '#i18n/message'
import Outbox from '#platform/outbox'
import { actorSnapshot, ticketSnapshot } from '#platform/snapshots'
import { filteredCommentBody } from '#services/tickets/comment_filter'
import { changeEvents } from '#services/tickets/ticket_events'
import { TicketChanges } from '#services/tickets/ticket_changes'
import { changeTicket } from '#services/tickets/ticket_lock'

export type ReplyInput = {
  body: string
  internal: boolean
  /** "Send and set status": staff only, checked by the caller (TicketPolicy.manage). */
  status?: Status
  /** Where it was written (for the `comment.creating` filter); "web" when left out. */
  source?: CommentSource
}

/**
 * Public replies and internal notes. A reply can move the ticket on its
 * own: the requester answering a resolved ticket reopens it, answering
 * while "waiting on customer" hands it back to the agent, and the first
 * public reply from staff stamps first_response_at. Staff may set a status
 * with it; a status the lifecycle refuses refuses the whole message, so it
 * is never half sent (the form keeps the text for another try).
 *
 * `author` is null when a plugin writes through the host API
 * (`context.plugin` names it): its notes and replies go the same way, but
 * never stamp first_response_at (an automated answer is not a person's).
 */
export default class TicketConversation {
  static async add(
    ticket: Ticket,
    author: User | null,
    input: ReplyInput,
    files: InspectedFile[],
    context: ActorContext,
    /** Runs in the reply's transaction (the e-mail channel records what the message became). */
    within?: (trx: TransactionClientContract, comment: TicketComment) => Promise<void>
  ) {
    if (!author && (!context.plugin || files.length)) {
      throw new Error('A comment without a person as author needs a plugin and no files')
    }
    if (input.internal && author && !author.isStaff) {
      throw new FormError('internal', msg('Only agents and admins can add internal notes.'))
    }
    input = { ...input, body: await filteredCommentBody(ticket, author, input) }
    const stored = await AttachmentIntake.store(ticket.organizationId, files)
    try {
      return await db.transaction(async (trx) => {
        const { row: locked, result: moved } = await changeTicket(
          trx,
          ticket,
          (row) => this.moveOnReply(row, author, input),
          () => true
        )
        // Only Markdown's image syntax shows a file inline: without one, nothing to look up.
        const images = input.body.includes('![')
          ? await inlineImages(locked, { internal: input.internal }, trx)
          : undefined
        const comment = await TicketComment.create(
          {
            organizationId: locked.organizationId,
            ticketId: locked.id,
            authorId: author?.id ?? null,
            authorPlugin: author ? null : context.plugin!.id,
            body: input.body,
            bodyHtml: renderMarkdown(input.body, images),
            isInternal: input.internal,
          },
          { client: trx }
        )
        const attachments = await Attachment.createMany(
          stored.map((file) => ({
            organizationId: locked.organizationId,
            ticketId: locked.id,
            commentId: comment.id,
            uploaderId: author!.id,
            ...file,
          })),
          { client: trx }
        )

        const changes: Change[] = [
          {
            field: input.internal ? 'note' : 'reply',
            to: String(comment.id),
            internal: input.internal,
          },
          ...moved.changes,
        ]
        await recordHistory(trx, locked, author, TicketChanges.collapse(changes), context.plugin)
        await Outbox.recordAll(trx, locked.organizationId, [
          {
            name: 'ticket.comment_added',
            payload: {
              ticket: ticketSnapshot(locked),
              actor: actorSnapshot(author, context.plugin),
              comment: {
                id: comment.id,
                body: comment.body,
                internal: comment.isInternal,
                authorId: author?.id ?? null,
              },
            },
          },
          ...changeEvents(
            locked,
            { assigneeId: locked.assigneeId, status: moved.statusBefore },
            changes,
            { ...context, actor: author }
          ),
        ])
        await AuditLogService.record(
          context,
          {
            organizationId: locked.organizationId,
            action: input.internal ? 'ticket.note_added' : 'ticket.comment_added',
            entityType: 'ticket',
            entityId: locked.id,
            newValues: {
              commentId: comment.id,
              attachments: stored.length,
              ...(changes.length > 1 ? { status: locked.status } : {}),
            },
          },
          trx
        )
        await within?.(trx, comment)
        ticket.merge(locked.$attributes)
        comment.$setRelated('attachments', attachments)
        if (author) {
          comment.$setRelated('author', author)
        }
        return comment
      })
    } catch (error) {
      await AttachmentIntake.discard(stored)
      throw error
    }
  }

  /**
   * What the message does to the ticket row: a closed ticket refuses it; a
   * public reply may move the status and stamps the first response; staff
   * may set a status with it. Mutates `row` only.
   */
  private static moveOnReply(row: Ticket, author: User | null, input: ReplyInput) {
    if (row.status === 'closed') {
      throw new FormError(
        'body',
        msg('This ticket is closed and takes no more replies. Open a new ticket instead.')
      )
    }
    const statusBefore = row.status
    const changes: Change[] = []
    if (!input.internal) {
      const next = author ? this.statusAfterReply(row, author) : null
      if (next) {
        changes.push(...transition(row, next))
      }
      if (author?.isStaff && author.id !== row.requesterId && !row.firstResponseAt) {
        row.firstResponseAt = DateTime.now()
      }
    }
    if (input.status) {
      changes.push(...TicketChanges.status(row, input.status))
    }
    row.updatedAt = DateTime.now()
    return { statusBefore, changes }
  }

  /** What a public reply by this author does to the ticket's status, if anything. */
  private static statusAfterReply(ticket: Ticket, author: User): Status | null {
    if (author.id !== ticket.requesterId) {
      return null
    }
    if (ticket.status === 'resolved') {
      return reopenedStatus(ticket.assigneeId !== null)
    }
    if (ticket.status === 'waiting_on_customer') {
      return ticket.assigneeId !== null ? 'in_progress' : 'open'
    }
    return null
  }
}
