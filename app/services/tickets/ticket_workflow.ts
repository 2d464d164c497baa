import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import Ticket, { type Priority, type Status } from '#models/ticket'
import User from '#models/user'
import Organization from '#models/organization'
import AuditLogService from '#services/audit_log_service'
import TaxonomyService from '#services/taxonomy_service'
import type { ActorContext } from '#services/request_context'
import { recordHistory, type Change } from '#services/tickets/ticket_history_recorder'
import { assertTransition, IllegalTransition } from '#services/tickets/ticket_lifecycle'
import FormError from '#exceptions/form_error'
import { announceChanges } from '#services/tickets/ticket_events'
import { autoCloseCutoff } from '#services/tickets/auto_close_rule'

export type TicketFieldsInput = {
  title?: string
  priority?: Priority
  groupId?: number
  categoryId?: number | null
  subcategoryId?: number | null
}

/**
 * Staff actions on a ticket: assignment, status, priority, classification.
 * Each runs in one transaction with the ticket row locked, goes through
 * the lifecycle's rules, and records history and audit rows.
 */
export default class TicketWorkflow {
  /** Active agents and admins who are members of the ticket's group: who it can be assigned to. */
  static assignableAgents(ticket: Pick<Ticket, 'organizationId' | 'groupId'>) {
    return User.query()
      .where('organization_id', ticket.organizationId)
      .whereIn('role', ['agent', 'admin'])
      .where('is_active', true)
      .whereIn('id', db.from('group_members').where('group_id', ticket.groupId).select('user_id'))
      .orderBy('name')
  }

  static async assign(ticket: Ticket, assigneeId: number | null, context: ActorContext) {
    return this.change(ticket, context, 'ticket.assigned', async (locked, trx) => {
      const changes: Change[] = []
      let assignee: User | null = null
      if (assigneeId !== null) {
        assignee = await this.assignableAgents(locked)
          .useTransaction(trx)
          .where('id', assigneeId)
          .first()
        if (!assignee) {
          throw new FormError(
            'assignedTo',
            "Choose an active agent who is a member of the ticket's group."
          )
        }
      }
      if (locked.assigneeId === (assignee?.id ?? null)) {
        return changes
      }
      const previous = locked.assigneeId
        ? await User.find(locked.assigneeId, { client: trx })
        : null
      changes.push({ field: 'assignee', from: previous?.name ?? null, to: assignee?.name ?? null })
      locked.assigneeId = assignee?.id ?? null
      const status = this.statusAfterAssignment(locked.status, assignee !== null)
      if (status !== locked.status) {
        changes.push({ field: 'status', from: locked.status, to: status })
        locked.status = status
      }
      return changes
    })
  }

  static async changeStatus(ticket: Ticket, to: Status, context: ActorContext) {
    return this.change(ticket, context, 'ticket.status_changed', async (locked) => {
      if (locked.status === to) {
        return []
      }
      try {
        assertTransition(locked.status, to, locked.assigneeId !== null)
      } catch (error) {
        if (error instanceof IllegalTransition) {
          throw new FormError('status', error.message, 'transition')
        }
        throw error
      }
      const change: Change = { field: 'status', from: locked.status, to }
      this.applyStatus(locked, to)
      return [change]
    })
  }

  /** With `outer`, runs inside the caller's transaction (moving a deleted group's tickets). */
  static async update(
    ticket: Ticket,
    input: TicketFieldsInput,
    context: ActorContext,
    outer?: TransactionClientContract
  ) {
    const apply = async (locked: Ticket, trx: TransactionClientContract) => {
      const changes: Change[] = []
      if (input.title !== undefined && input.title !== locked.title) {
        changes.push({ field: 'title', from: locked.title, to: input.title })
        locked.title = input.title
      }
      if (input.priority !== undefined && input.priority !== locked.priority) {
        changes.push({ field: 'priority', from: locked.priority, to: input.priority })
        locked.priority = input.priority
      }
      if (
        input.groupId !== undefined ||
        input.categoryId !== undefined ||
        input.subcategoryId !== undefined
      ) {
        const groupId = input.groupId ?? locked.groupId
        const moved = groupId !== locked.groupId
        const placement = await TaxonomyService.validatePlacement(
          locked.organizationId,
          {
            groupId,
            categoryId:
              input.categoryId !== undefined ? input.categoryId : moved ? null : locked.categoryId,
            subcategoryId:
              input.subcategoryId !== undefined
                ? input.subcategoryId
                : moved
                  ? null
                  : locked.subcategoryId,
          },
          trx
        )
        changes.push(...(await this.placementChanges(trx, locked, placement)))
        locked.merge(placement)
        if (moved && locked.assigneeId) {
          const stillMember = await trx
            .from('group_members')
            .where({ group_id: groupId, user_id: locked.assigneeId })
            .first()
          if (!stillMember) {
            const previous = await User.find(locked.assigneeId, { client: trx })
            changes.push({ field: 'assignee', from: previous?.name ?? null, to: null })
            locked.assigneeId = null
            const status = this.statusAfterAssignment(locked.status, false)
            if (status !== locked.status) {
              changes.push({ field: 'status', from: locked.status, to: status })
              locked.status = status
            }
          }
        }
      }
      return changes
    }
    return this.change(ticket, context, 'ticket.updated', apply, outer)
  }

  /**
   * Resolved tickets whose organization's auto-close period has passed
   * become closed; the period is counted in calendar days of the
   * organization's time zone (autoCloseCutoff).
   */
  static async autoClose(now: DateTime = DateTime.now()) {
    const organizations = await Organization.query()
      .where('auto_close_days', '>', 0)
      .select('id', 'timezone', 'auto_close_days')
    let closed = 0
    for (const organization of organizations) {
      const cutoff = autoCloseCutoff(now, organization.timezone, organization.autoCloseDays)
      const due = await db
        .from('tickets')
        .where('organization_id', organization.id)
        .where('status', 'resolved')
        .where('resolved_at', '<', cutoff.toJSDate())
        .select('id')
        .limit(1000)
      for (const { id } of due) {
        const ticket = await Ticket.find(id)
        if (!ticket || ticket.status !== 'resolved') {
          continue
        }
        await this.changeStatus(ticket, 'closed', {
          actor: null,
          ip: null,
          userAgent: 'auto-close',
        })
        closed++
      }
    }
    return closed
  }

  private static statusAfterAssignment(status: Status, assigned: boolean): Status {
    if (assigned && status === 'open') {
      return 'assigned'
    }
    if (!assigned && (status === 'assigned' || status === 'in_progress')) {
      return 'open'
    }
    return status
  }

  private static applyStatus(ticket: Ticket, to: Status) {
    if (to === 'resolved') {
      ticket.resolvedAt = DateTime.now()
    } else if (to === 'closed') {
      ticket.closedAt = DateTime.now()
      ticket.resolvedAt ??= DateTime.now()
    } else {
      ticket.resolvedAt = null
    }
    ticket.status = to
  }

  private static async placementChanges(
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

  /**
   * Shared frame: lock the row, let `apply` mutate it and describe the
   * changes, then save, record history and audit — or do nothing at all
   * when nothing changed.
   */
  private static async change(
    ticket: Ticket,
    context: ActorContext,
    action: string,
    apply: (locked: Ticket, trx: TransactionClientContract) => Promise<Change[]>,
    outer?: TransactionClientContract
  ) {
    const run = async (trx: TransactionClientContract) => {
      const locked = await Ticket.query({ client: trx })
        .where('id', ticket.id)
        .forUpdate()
        .firstOrFail()
      const before = { assigneeId: locked.assigneeId, status: locked.status }
      const changes = await apply(locked, trx)
      if (changes.length === 0) {
        return []
      }
      locked.updatedAt = DateTime.now()
      await locked.save()
      await recordHistory(trx, locked, context.actor, changes)
      await announceChanges(trx, locked, before, changes, context)
      await AuditLogService.record(
        context,
        {
          organizationId: locked.organizationId,
          action,
          entityType: 'ticket',
          entityId: locked.id,
          oldValues: Object.fromEntries(
            changes.map((change) => [change.field, change.from ?? null])
          ),
          newValues: Object.fromEntries(changes.map((change) => [change.field, change.to ?? null])),
        },
        trx
      )
      ticket.merge(locked.$attributes)
      return changes
    }
    return outer ? run(outer) : db.transaction(run)
  }
}
