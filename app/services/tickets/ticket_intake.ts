import TaxonomyTree from '#services/taxonomy_tree'
import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type { Infer } from '@vinejs/vine/types'
import logger from '@adonisjs/core/services/logger'
import type Ticket from '#models/ticket'
import { PRIORITIES, type Priority, type Source } from '#models/ticket'
import Attachment from '#models/attachment'
import Organization from '#models/organization'
import type User from '#models/user'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import AttachmentIntake, { type InspectedFile } from '#services/tickets/attachment_intake'
import { renderMarkdown } from '#services/tickets/markdown'
import { insertNumberedTicket } from '#services/tickets/ticket_numbers'
import { recordHistory } from '#services/tickets/ticket_history_recorder'
import type { createTicketValidator } from '#validators/ticket'
import type { TicketDraft } from '#platform/catalogue'
import Hooks from '#platform/hooks'
import Outbox from '#platform/outbox'
import { actorSnapshot, ticketSnapshot, userSnapshot } from '#platform/snapshots'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import AutoAssigner from '#services/assignment/auto_assigner'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

export type OpenTicketInput = Infer<typeof createTicketValidator>

/** The priorities a person may choose when filing: customers as their organization allows. */
export function prioritiesFor(user: User, organization: Organization): Priority[] {
  return user.role === 'customer' ? organization.customerPriorities : [...PRIORITIES]
}

/**
 * A customer choosing a priority their organization keeps for agents is
 * refused beside the field (the portal never offers it; this is the API
 * and a crafted form). Plugins (triage) may still raise it afterwards.
 */
function assertPriorityAllowed(user: User, organization: Organization, priority?: Priority) {
  const allowed = prioritiesFor(user, organization)
  if (priority && !allowed.includes(priority)) {
    throw new FormError(
      'priority',
      msg('Choose a priority from: {priorities}.', { priorities: allowed.join(', ') }),
      'allowedPriority'
    )
  }
}

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
    source: Source = 'portal',
    /** Runs in the ticket's transaction (the e-mail channel records what the message became). */
    within?: (trx: TransactionClientContract, ticket: Ticket) => Promise<void>
  ) {
    // Only a customer's chosen priority needs the organization; the prefix comes with the number.
    if (requester.role === 'customer' && input.priority) {
      const organization = await Organization.findOrFail(requester.organizationId)
      assertPriorityAllowed(requester, organization, input.priority)
    }
    const organizationId = requester.organizationId
    const { draft, checked } = await this.enrich(requester, input, source)
    const stored = await AttachmentIntake.store(requester.organizationId, files)

    try {
      const ticket = await db.transaction(async (trx) => {
        const created = await insertNumberedTicket(trx, {
          organizationId,
          title: draft.title,
          description: draft.description,
          descriptionHtml: renderMarkdown(draft.description),
          priority: draft.priority,
          status: 'open',
          source,
          requesterId: requester.id,
          ...checked.placement,
          assignmentQueued: checked.group.assignmentMode !== 'off',
        })
        await Attachment.createMany(
          stored.map((file) => ({
            organizationId,
            ticketId: created.id,
            uploaderId: requester.id,
            ...file,
          })),
          { client: trx }
        )
        await recordHistory(trx, created, requester, [{ field: 'created', to: created.reference }])
        await AuditLogService.record(
          context,
          {
            organizationId,
            action: 'ticket.created',
            entityType: 'ticket',
            entityId: created.id,
            newValues: {
              reference: created.reference,
              title: created.title,
              priority: created.priority,
              groupId: created.groupId,
              source,
              attachments: stored.length,
            },
          },
          trx
        )
        await Outbox.record(trx, organizationId, 'ticket.created', {
          ticket: ticketSnapshot(created),
          actor: actorSnapshot(requester),
          attachments: stored.length,
        })
        await within?.(trx, created)
        return created
      })
      // What the response shows was just read or written: no second read.
      ticket.$setRelated('requester', requester)
      ticket.$setRelated('group', checked.group)
      if (checked.category) ticket.$setRelated('category', checked.category)
      if (checked.subcategory) ticket.$setRelated('subcategory', checked.subcategory)
      if (await this.autoAssign(ticket)) {
        await ticket.refresh()
      }
      return ticket
    } catch (error) {
      await AttachmentIntake.discard(stored)
      throw error
    }
  }

  /**
   * Lets enabled plugins enrich the draft (`ticket.creating`). What they
   * return is checked like user input: a bad title or priority keeps the
   * requester's, and a placement outside the taxonomy keeps theirs too.
   * Returns the placement it checked and its rows, so the taxonomy is read once.
   */
  private static async enrich(requester: User, input: OpenTicketInput, source: Source) {
    const original: TicketDraft = {
      title: input.title,
      description: input.description,
      priority: input.priority ?? 'medium',
      groupId: input.groupId,
      categoryId: input.categoryId ?? null,
      subcategoryId: input.subcategoryId ?? null,
    }
    const filtered = await Hooks.filter(requester.organizationId, 'ticket.creating', original, {
      requester: userSnapshot(requester),
      source,
    })
    const text = (value: unknown, fallback: string, max: number) =>
      typeof value === 'string' && value.trim().length >= 3 && value.length <= max
        ? value
        : fallback
    const draft: TicketDraft = {
      title: text(filtered.title, original.title, 200),
      description: text(filtered.description, original.description, 20_000),
      priority: PRIORITIES.includes(filtered.priority) ? filtered.priority : original.priority,
      groupId: filtered.groupId,
      categoryId: filtered.categoryId,
      subcategoryId: filtered.subcategoryId,
    }
    try {
      const checked = await TaxonomyTree.checkPlacement(requester.organizationId, draft)
      return { draft, checked }
    } catch {
      const kept = {
        ...draft,
        groupId: original.groupId,
        categoryId: original.categoryId,
        subcategoryId: original.subcategoryId,
      }
      // The requester's own placement may be invalid too: that error is theirs to see.
      return {
        draft: kept,
        checked: await TaxonomyTree.checkPlacement(requester.organizationId, kept),
      }
    }
  }

  /**
   * A group with automatic assignment queued the ticket: its queue is
   * worked now, oldest first (the worker's sweep retries whatever this
   * leaves). A group without asks an enabled `ticket.assignment_strategy`
   * provider for an agent; an answer outside the group's active agents is
   * ignored. A failure here leaves the ticket unassigned and never fails
   * its creation. Answers whether it may have assigned someone (the ticket
   * in hand is then out of date).
   */
  private static async autoAssign(ticket: Ticket) {
    try {
      if (ticket.assignmentQueuedAt) {
        // A few, so a backlog never slows the request down: the worker takes the rest.
        const assigned = await AutoAssigner.drainGroup(ticket.organizationId, ticket.groupId, 10)
        return assigned > 0
      }
      if (!(await Hooks.hasProvider(ticket.organizationId, 'ticket.assignment_strategy'))) {
        return false
      }
      const candidates = await TicketWorkflow.assignableAgents(ticket)
      if (candidates.length === 0) {
        return false
      }
      const answer = await Hooks.provide(ticket.organizationId, 'ticket.assignment_strategy', {
        ticket: ticketSnapshot(ticket),
        candidates: candidates.map((agent) => ({ id: agent.id, name: agent.name })),
      })
      const chosen = candidates.find((agent) => agent.id === answer?.result.assigneeId)
      if (answer && chosen) {
        await TicketWorkflow.assign(ticket, chosen.id, {
          actor: null,
          ip: null,
          userAgent: `plugin:${answer.pluginId}`,
        })
        return true
      }
      return false
    } catch (error) {
      logger.error({ err: error, ticketId: ticket.id }, 'automatic assignment failed')
      return false
    }
  }
}
