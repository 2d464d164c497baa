import TaxonomyTree from '#services/taxonomy_tree'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import type Ticket from '#models/ticket'
import type { Status } from '#models/ticket'
import User from '#models/user'
import type { Change } from '#services/tickets/ticket_history_recorder'
import { IllegalTransition, transition } from '#services/tickets/ticket_lifecycle'
import FormError from '#exceptions/form_error'
import { msg } from '#i18n/message'

export type Placement = {
  groupId?: number
  categoryId?: number | null
  subcategoryId?: number | null
}

/** Active agents and admins who are members of the ticket's group: who it can be assigned to. */
export function assignableAgents(ticket: Pick<Ticket, 'organizationId' | 'groupId'>) {
  return User.query()
    .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
    .whereIn('role', ['agent', 'admin'])
    .where('is_active', true)
    .whereIn('id', db.from('group_members').where('group_id', ticket.groupId).select('user_id'))
    .orderBy('name')
}

/**
 * The steps staff changes are made of. Each mutates a ticket row the caller
 * has locked, inside the caller's transaction, and returns the history
 * entries it stands for; TicketWorkflow and TicketConversation compose them,
 * so a combined save and "send and set status" obey the same rules as the
 * single actions.
 */
export const TicketChanges = {
  async assignee(locked: Ticket, trx: TransactionClientContract, assigneeId: number | null) {
    let assignee: User | null = null
    if (assigneeId !== null) {
      assignee = await assignableAgents(locked).useTransaction(trx).where('id', assigneeId).first()
      if (!assignee) {
        throw new FormError(
          'assignedTo',
          msg("Choose an active agent who is a member of the ticket's group.")
        )
      }
    }
    if (locked.assigneeId === (assignee?.id ?? null)) {
      return []
    }
    const previous = locked.assigneeId ? await User.find(locked.assigneeId, { client: trx }) : null
    const changes: Change[] = [
      { field: 'assignee', from: previous?.name ?? null, to: assignee?.name ?? null },
    ]
    locked.assigneeId = assignee?.id ?? null
    if (assignee) {
      // Least active gives ties to whoever was given a ticket longest ago, by hand or not.
      await trx
        .from('users')
        .where('id', assignee.id)
        .update({ last_assigned_at: DateTime.now().toJSDate() })
    }
    changes.push(...transition(locked, statusAfterAssignment(locked.status, assignee !== null)))
    return changes
  },

  /** Moves the ticket through the lifecycle; a refused transition is a form error on `status`. */
  status(locked: Ticket, to: Status): Change[] {
    try {
      return transition(locked, to)
    } catch (error) {
      if (error instanceof IllegalTransition) {
        throw new FormError('status', error.translatable, 'transition')
      }
      throw error
    }
  },

  /**
   * Group, category and subcategory. Moving to another group clears a
   * category not given, and drops an assignee who is not a member there.
   */
  async placement(locked: Ticket, trx: TransactionClientContract, input: Placement) {
    if (
      input.groupId === undefined &&
      input.categoryId === undefined &&
      input.subcategoryId === undefined
    ) {
      return []
    }
    const groupId = input.groupId ?? locked.groupId
    const moved = groupId !== locked.groupId
    const kept = (given: number | null | undefined, current: number | null) =>
      given !== undefined ? given : moved ? null : current
    const placement = await TaxonomyTree.validatePlacement(
      locked.organizationId,
      {
        groupId,
        categoryId: kept(input.categoryId, locked.categoryId),
        subcategoryId: kept(input.subcategoryId, locked.subcategoryId),
      },
      trx
    )
    const changes = await placementChanges(trx, locked, placement)
    locked.merge(placement)
    if (moved && locked.assigneeId) {
      const stillMember = await trx
        .from('group_members')
        .where({ group_id: groupId, user_id: locked.assigneeId })
        .first()
      if (!stillMember) {
        changes.push(...(await TicketChanges.assignee(locked, trx, null)))
      }
    }
    return changes
  },

  /**
   * One entry per field, from its first value to its last, without the
   * fields that ended where they started: moving a ticket to another group
   * and assigning it there in the same save reads "assignee: Ada → Bo",
   * not "Ada → nobody" then "nobody → Bo".
   */
  collapse(changes: Change[]): Change[] {
    const byField = new Map<Change['field'], Change>()
    for (const change of changes) {
      const seen = byField.get(change.field)
      byField.set(change.field, seen ? { ...seen, to: change.to } : change)
    }
    return [...byField.values()].filter((change) => (change.from ?? null) !== (change.to ?? null))
  },
}

function statusAfterAssignment(status: Status, assigned: boolean): Status {
  if (assigned && status === 'open') {
    return 'assigned'
  }
  if (!assigned && (status === 'assigned' || status === 'in_progress')) {
    return 'open'
  }
  return status
}

async function placementChanges(
  trx: TransactionClientContract,
  ticket: Ticket,
  next: { groupId: number; categoryId: number | null; subcategoryId: number | null }
) {
  const changes: Change[] = []
  const names = async (table: string, id: number | null) => {
    if (id === null) {
      return null
    }
    const row = await trx.from(table).where('id', id).select('name').first()
    return (row?.name as string | undefined) ?? null
  }
  const pairs: [Change['field'], string, number | null, number | null][] = [
    ['group', 'groups', ticket.groupId, next.groupId],
    ['category', 'categories', ticket.categoryId, next.categoryId],
    ['subcategory', 'subcategories', ticket.subcategoryId, next.subcategoryId],
  ]
  for (const [field, table, from, to] of pairs) {
    if (from !== to) {
      changes.push({ field, from: await names(table, from), to: await names(table, to) })
    }
  }
  return changes
}
