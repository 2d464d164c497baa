import type { TransactionClientContract } from '@adonisjs/lucid/types/database'
import { DateTime } from 'luxon'
import type Ticket from '#models/ticket'
import type { AssignmentMode } from '#models/group'
import { ACTIVE_STATUSES } from '#services/tickets/ticket_lifecycle'

/**
 * Which tickets wait in a group's automatic assignment queue
 * (`tickets.assignment_queued_at`): the open, unassigned tickets of a
 * group whose mode is on. The assigner only takes queued rows, so every
 * way a ticket can become an unassigned ticket of such a group has to
 * queue it, and it is always done in the same transaction as that change:
 * the queue and the ticket never disagree, whichever process looks.
 */

/**
 * After a hand change of a ticket's assignee or group, with the row held
 * by the caller: an unassigned active ticket of an auto-assigning group
 * waits in its queue (keeping the time it already waited, if it was
 * queued in its former group), anything else does not. An agent who
 * unassigns a ticket thus hands it back to the group's rule.
 */
export async function settleQueue(locked: Ticket, trx: TransactionClientContract) {
  if (locked.assigneeId !== null || !ACTIVE_STATUSES.includes(locked.status)) {
    locked.assignmentQueuedAt = null
    return
  }
  const group = await trx
    .from('groups')
    .where('id', locked.groupId)
    .select('assignment_mode')
    .first()
  if ((group?.assignment_mode ?? 'off') === 'off') {
    locked.assignmentQueuedAt = null
  } else {
    locked.assignmentQueuedAt ??= DateTime.now()
  }
}

/**
 * A group's mode changed, inside the transaction saving it. Switched on,
 * the group's backlog of open unassigned tickets joins the queue as of
 * their creation, so it goes out oldest first and ahead of tickets opened
 * later. Switched off, the queue empties: the worker's sweep stops
 * visiting the group, and switching on again queues the backlog afresh.
 * A ticket someone is assigning at this moment is re-read by PostgreSQL
 * once their transaction ends and left alone if it has an assignee then.
 */
export async function requeueGroup(
  trx: TransactionClientContract,
  group: { id: number; organizationId: number },
  mode: AssignmentMode
) {
  const unassigned = trx
    .from('tickets')
    .where('organization_id', group.organizationId)
    .where('group_id', group.id)
    .whereNull('assignee_id')
  if (mode === 'off') {
    await unassigned.whereNotNull('assignment_queued_at').update({ assignment_queued_at: null })
    return
  }
  await unassigned
    .whereNull('assignment_queued_at')
    .whereIn('status', [...ACTIVE_STATUSES])
    .update({ assignment_queued_at: trx.raw('created_at') })
}
