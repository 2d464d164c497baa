import db from '@adonisjs/lucid/services/db'
import Group from '#models/group'
import Ticket from '#models/ticket'
import TaxonomyService from '#services/taxonomy_service'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import AssignWaitingTickets from '#jobs/assign_waiting_tickets'
import { ACTIVE_STATUSES } from '#services/tickets/ticket_lifecycle'
import type { ActorContext } from '#services/request_context'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

export type GroupUsage = { tickets: number; openTickets: number }
export type GroupDeletionOutcome = {
  outcome: 'deleted' | 'deactivated'
  movedTickets: number
  movedTo: { id: number; name: string } | null
}

/**
 * Deleting a group. One that tickets use cannot go from under them: it is
 * deactivated (hidden from new tickets) instead. Before that, its open
 * tickets (not resolved or closed) may move to another active group; each
 * move is the desk's own group change (timeline, audit, events, an
 * assignee outside the new group unassigned), all in one transaction with
 * the deletion, so it happens entirely or not at all.
 */
export default class GroupDeletion {
  /** What a deletion would touch, for the confirmation. */
  static async usage(group: Group): Promise<GroupUsage> {
    const count = async (statuses?: readonly string[]) => {
      const query = db.from('tickets').where('group_id', group.id)
      if (statuses) {
        query.whereIn('status', [...statuses])
      }
      const row = await query.count('* as total').first()
      return Number(row?.total ?? 0)
    }
    const [tickets, openTickets] = await Promise.all([count(), count(ACTIVE_STATUSES)])
    return { tickets, openTickets }
  }

  /** Where open tickets can go: the organization's other active groups. */
  static targets(group: Group) {
    return Group.query()
      .withScopes((scopes) => scopes.forOrganization(group.organizationId))
      .where('is_active', true)
      .whereNot('id', group.id)
      .orderBy('position')
      .orderBy('name')
  }

  static async delete(
    group: Group,
    input: { moveOpenTicketsTo?: number | null },
    context: ActorContext
  ): Promise<GroupDeletionOutcome> {
    // Whether moved tickets now wait in an auto-assigning group: the worker is told after the commit.
    let queued = false
    const deletion = await db.transaction(async (trx) => {
      await trx.from('groups').where('id', group.id).forUpdate().first()
      let movedTo: GroupDeletionOutcome['movedTo'] = null
      let movedTickets = 0
      if (input.moveOpenTicketsTo) {
        const target = await this.targets(group)
          .useTransaction(trx)
          .where('id', input.moveOpenTicketsTo)
          .first()
        if (!target) {
          throw new FormError('moveOpenTicketsTo', msg('Choose another active group.'))
        }
        const open = await Ticket.query({ client: trx })
          .withScopes((scopes) => scopes.forOrganization(group.organizationId))
          .where('group_id', group.id)
          .whereIn('status', [...ACTIVE_STATUSES])
          .orderBy('id')
        for (const ticket of open) {
          await TicketWorkflow.update(ticket, { groupId: target.id }, context, trx)
        }
        movedTo = { id: target.id, name: target.name }
        movedTickets = open.length
        queued = movedTickets > 0 && target.assignmentMode !== 'off'
      }
      const outcome = await TaxonomyService.remove('group', group, context, {
        trx,
        audit: movedTo ? { movedTickets, movedTo: movedTo.name } : {},
      })
      return { outcome, movedTickets, movedTo }
    })
    if (queued) {
      await AssignWaitingTickets.soon()
    }
    return deletion
  }
}
