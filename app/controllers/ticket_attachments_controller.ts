import type { HttpContext } from '@adonisjs/core/http'
import NotFoundException from '#exceptions/not_found_exception'
import Attachment from '#models/attachment'
import TicketQuery from '#services/tickets/ticket_query'
import TicketThread from '#services/tickets/ticket_thread'
import AttachmentIntake, { INLINE_TYPES } from '#services/tickets/attachment_intake'
import TicketPolicy from '#policies/ticket_policy'

/**
 * The only way to a stored file: the ticket must be visible to the caller,
 * the file must belong to that ticket, and files on internal notes need the
 * right to see internal notes. Anything else is a 404, so ids reveal nothing.
 */
export default class TicketAttachmentsController {
  async show({ params, auth, bouncer, response, request }: HttpContext) {
    const user = auth.getUserOrFail()
    const ticket = await TicketQuery.find(user, params.id)
    const attachment = ticket
      ? await Attachment.query()
          .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
          .where('ticket_id', ticket.id)
          .where('id', params.attachmentId)
          .first()
      : null
    if (!ticket || !attachment) {
      throw new NotFoundException()
    }
    if (
      !(await TicketThread.isPublicAttachment(attachment)) &&
      !(await bouncer.with(TicketPolicy).allows('viewInternal', ticket))
    ) {
      throw new NotFoundException()
    }
    const inline = request.input('inline') === '1' && INLINE_TYPES.has(attachment.contentType)
    const encoded = encodeURIComponent(attachment.fileName)
    response.header('Content-Type', attachment.contentType)
    response.header('Content-Length', String(attachment.size))
    response.header('X-Content-Type-Options', 'nosniff')
    response.header('Cache-Control', 'private, max-age=300')
    response.header(
      'Content-Disposition',
      `${inline ? 'inline' : 'attachment'}; filename="${encoded}"; filename*=UTF-8''${encoded}`
    )
    return response.stream(await AttachmentIntake.stream(attachment.storageKey))
  }
}
