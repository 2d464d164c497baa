import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { urlFor } from '@adonisjs/core/services/url_builder'
import { appUrl } from '#config/app'
import Attachment from '#models/attachment'
import type Ticket from '#models/ticket'
import { INLINE_TYPES } from '#services/tickets/attachment_intake'
import type { ImageSource } from '#services/tickets/markdown'

/**
 * Which Markdown images a message on this ticket shows inline: the ticket's
 * own image files, named by their download URL (as a path, or on this
 * install's address, as "copy link" gives it). A public message only shows
 * files its readers may open too, never a file of an internal note. The
 * browser fetches them through the authorized download route, so a reader
 * who may not open the file sees nothing more than its name.
 */
export async function inlineImages(
  ticket: Pick<Ticket, 'id' | 'organizationId'>,
  { internal }: { internal: boolean },
  trx: TransactionClientContract
): Promise<ImageSource> {
  const files = await Attachment.query({ client: trx })
    .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
    .where('ticket_id', ticket.id)
    .whereIn('content_type', [...INLINE_TYPES])
    .if(!internal, (query) =>
      query.where((visible) =>
        visible
          .whereNull('comment_id')
          .orWhereIn(
            'comment_id',
            db.from('ticket_comments').where('is_internal', false).select('id')
          )
      )
    )
    .select('id')
  const paths = new Set(
    files.map((file) => urlFor('ticket_attachments.show', { id: ticket.id, attachmentId: file.id }))
  )
  const origin = new URL(appUrl).origin
  return (url) => {
    if (!URL.canParse(url, appUrl)) {
      return null
    }
    const parsed = new URL(url, appUrl)
    if (parsed.origin !== origin || !paths.has(parsed.pathname)) {
      return null
    }
    return `${parsed.pathname}?inline=1`
  }
}
