import db from '@adonisjs/lucid/services/db'
import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import Ticket, { type Priority, type Status } from '#models/ticket'
import Organization from '#models/organization'
import AuditLogService from '#services/audit_log_service'
import type { ActorContext } from '#services/request_context'
import { recordHistory, type Change } from '#services/tickets/ticket_history_recorder'
import { announceChanges } from '#services/tickets/ticket_events'
import { assignableAgents, TicketChanges } from '#services/tickets/ticket_changes'
import { autoCloseCutoff } from '#services/tickets/auto_close_rule'
import { changeTicket } from '#services/tickets/ticket_lock'
import { settleQueue } from '#services/assignment/assignment_queue'
import AssignWaitingTickets from '#jobs/assign_waiting_tickets'
import type { Message } from '#i18n/message'

export type TicketFieldsInput = {
  title?: string
  priority?: Priority
  groupId?: number
  categoryId?: number | null
  subcategoryId?: number | null
  status?: Status
  assigneeId?: number | null
}

/**
 * Staff actions on a ticket: assignment, status, priority, classification,
 * title. Each runs in one transaction with the ticket row locked, goes
 * through the lifecycle's rules, and records history and audit rows.
 */
export default class TicketWorkflow {
  /** Active agents and admins who are members of the ticket's group: who it can be assigned to. */
  static assignableAgents(ticket: Pick<Ticket, 'organizationId' | 'groupId'>) {
    return assignableAgents(ticket)
  }

  static async assign(ticket: Ticket, assigneeId: number | null, context: ActorContext) {
    return this.change(ticket, context, 'ticket.assigned', (locked, trx) =>
      TicketChanges.assignee(locked, trx, assigneeId)
    )
  }

  /**
   * An automatic assignment, inside the assigner's transaction (which holds
   * the organization's assignment lock): the assignee entry of the timeline
   * carries the rule's reason.
   */
  static async assignAutomatically(
    ticket: Ticket,
    assigneeId: number,
    reason: Message,
    context: ActorContext,
    trx: TransactionClientContract
  ) {
    return this.change(
      ticket,
      context,
      'ticket.assigned',
      async (locked, inner) => {
        const changes = await TicketChanges.assignee(locked, inner, assigneeId)
        return changes.map((change) =>
          change.field === 'assignee' ? { ...change, reason } : change
        )
      },
      trx
    )
  }

  static async changeStatus(ticket: Ticket, to: Status, context: ActorContext) {
    return this.change(ticket, context, 'ticket.status_changed', async (locked) =>
      TicketChanges.status(locked, to)
    )
  }

  /**
   * The ticket page's one save: any of the fields, together or not, in one
   * transaction: all of them change or none does. Placement goes first (a
   * move can drop the assignee), then the assignee (assigning an open ticket
   * makes it "assigned"), then the status, so "assign to Bo and set in
   * progress" works on an open ticket. A status that is sent is where the
   * ticket must end up; one left out lets those automatic moves stand.
   * With `outer`, runs inside the caller's transaction (moving a deleted
   * group's tickets).
   */
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
      changes.push(...(await TicketChanges.placement(locked, trx, input)))
      if (input.assigneeId !== undefined) {
        changes.push(...(await TicketChanges.assignee(locked, trx, input.assigneeId)))
      }
      if (input.status !== undefined) {
        changes.push(...TicketChanges.status(locked, input.status))
      }
      return TicketChanges.collapse(changes)
    }
    return this.change(ticket, context, auditAction, apply, outer)
  }

  /**
   * Resolved tickets whose organization's auto-close period has passed
   * become closed; the period is counted in calendar days of the
   * organization's time zone (autoCloseCutoff).
   */
  static async autoClose(now: DateTime = DateTime.now()) {
    let closed = 0
    const organizations = await Organization.query()
      .where('auto_close_days', '>', 0)
      .select('id', 'timezone', 'auto_close_days')
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

  /**
   * Shared frame: hold the row (changeTicket), let `apply` mutate it and
   * describe the changes, then save, record history and audit — or do
   * nothing at all when nothing changed. A change of assignee or group
   * also settles the ticket's place in the automatic assignment queue.
   */
  private static async change(
    ticket: Ticket,
    context: ActorContext,
    action: string | ((changes: Change[]) => string),
    apply: (locked: Ticket, trx: TransactionClientContract) => Promise<Change[]>,
    outer?: TransactionClientContract
  ) {
    const run = async (trx: TransactionClientContract) => {
      const { row: locked, result } = await changeTicket(
        trx,
        ticket,
        async (row) => {
          const was = { assigneeId: row.assigneeId, status: row.status }
          const found = await apply(row, trx)
          if (found.some((change) => change.field === 'assignee' || change.field === 'group')) {
            await settleQueue(row, trx)
          }
          if (found.length) {
            row.updatedAt = DateTime.now()
          }
          return { was, found }
        },
        ({ found }) => found.length > 0
      )
      const { was: before, found: changes } = result
      if (changes.length === 0) {
        return []
      }
      await recordHistory(trx, locked, context.actor, changes, context.plugin)
      await announceChanges(trx, locked, before, changes, context)
      await AuditLogService.record(
        context,
        {
          organizationId: locked.organizationId,
          action: typeof action === 'string' ? action : action(changes),
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
    if (outer) {
      // Not committed yet: a run now could miss it. The caller asks after its commit (group deletion).
      return run(outer)
    }
    const changes = await db.transaction(run)
    const placed = changes.some((change) => change.field === 'assignee' || change.field === 'group')
    if (placed && ticket.assignmentQueuedAt && ticket.assigneeId === null) {
      // Unassigned by hand or moved into an auto-assigning group: the worker takes it from here.
      await AssignWaitingTickets.soon()
    }
    return changes
  }
}

/**
 * A save that only assigned (or only moved the status) reads in the audit
 * log like the dedicated actions do; anything broader is an edit.
 */
function auditAction(changes: Change[]) {
  const fields = new Set(changes.map((change) => change.field))
  if (
    fields.has('assignee') &&
    [...fields].every((field) => field === 'assignee' || field === 'status')
  ) {
    return 'ticket.assigned'
  }
  if (fields.size === 1 && fields.has('status')) {
    return 'ticket.status_changed'
  }
  return 'ticket.updated'
}
