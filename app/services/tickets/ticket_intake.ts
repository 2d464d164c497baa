import db from '@adonisjs/lucid/services/db'
import type { Infer } from '@vinejs/vine/types'
import Ticket, { type Source } from '#models/ticket'
import Attachment from '#models/attachment'
import Organization from '#models/organization'
import type User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import TaxonomyService from '#services/taxonomy_service'
import type { ActorContext } from '#services/request_context'
import AttachmentIntake, { type InspectedFile } from '#services/tickets/attachment_intake'
import { renderMarkdown } from '#services/tickets/markdown'
import { formatReference, nextTicketNumber } from '#services/tickets/ticket_numbers'
import { recordHistory } from '#services/tickets/ticket_history_recorder'
import type { createTicketValidator } from '#validators/ticket'

export type OpenTicketInput = Infer<typeof createTicketValidator>

/**
 * Opens tickets. Files are checked before anything is written; the ticket,
 * its number, attachments, first history entry and audit row commit
 * together, and stored files are removed again if that commit fails.
 */
export default class TicketIntake {
  static async open(
    requester: User,
    input: OpenTicketInput,
    files: InspectedFile[],
    context: ActorContext,
    source: Source = 'portal'
  ) {
    const placement = await TaxonomyService.validatePlacement(requester.organizationId, input)
    const organization = await Organization.findOrFail(requester.organizationId)
    const stored = await AttachmentIntake.store(requester.organizationId, files)

    try {
      return await db.transaction(async (trx) => {
        const number = await nextTicketNumber(organization.id, trx)
        const ticket = await Ticket.create(
          {
            organizationId: organization.id,
            number,
            reference: formatReference(organization.ticketPrefix, number),
            title: input.title,
            description: input.description,
            descriptionHtml: renderMarkdown(input.description),
            priority: input.priority ?? 'medium',
            status: 'open',
            source,
            requesterId: requester.id,
            ...placement,
          },
          { client: trx }
        )
        await Attachment.createMany(
          stored.map((file) => ({
            organizationId: organization.id,
            ticketId: ticket.id,
            uploaderId: requester.id,
            ...file,
          })),
          { client: trx }
        )
        await recordHistory(trx, ticket, requester, [{ field: 'created', to: ticket.reference }])
        await AuditLogService.record(
          context,
          {
            organizationId: organization.id,
            action: 'ticket.created',
            entityType: 'ticket',
            entityId: ticket.id,
            newValues: {
              reference: ticket.reference,
              title: ticket.title,
              priority: ticket.priority,
              groupId: ticket.groupId,
              source,
              attachments: stored.length,
            },
          },
          trx
        )
        return ticket
      })
    } catch (error) {
      await AttachmentIntake.discard(stored)
      throw error
    }
  }
}
