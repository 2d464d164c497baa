import { DateTime } from 'luxon'
import type Ticket from '#models/ticket'
import type { Status } from '#models/ticket'
import type { Change } from '#services/tickets/ticket_history_recorder'
import { type Message, msg } from '#i18n/message'
import TranslatableError from '#i18n/translatable_error'

/**
 * The one state machine of a ticket:
 *
 *   open → assigned → in_progress → resolved → closed
 *   plus waiting_on_customer (pauses SLA clocks) and reopen (resolved → open/assigned).
 *
 * `closed` is final. Every status change in the product goes through
 * `transition` below, the only code that writes a ticket's status and its
 * resolved/closed times (tests/unit/tickets/lifecycle_gate.spec.ts keeps
 * it so).
 */
const TRANSITIONS: Record<Status, readonly Status[]> = {
  open: ['assigned', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'],
  assigned: ['open', 'in_progress', 'waiting_on_customer', 'resolved', 'closed'],
  in_progress: ['open', 'assigned', 'waiting_on_customer', 'resolved', 'closed'],
  waiting_on_customer: ['open', 'assigned', 'in_progress', 'resolved', 'closed'],
  resolved: ['open', 'assigned', 'in_progress', 'closed'],
  closed: [],
}

/** As the client labels them (resources/js/composables/useTicketLabels.ts). */
export const STATUS_LABELS: Record<Status, Message> = {
  open: msg('Open'),
  assigned: msg('Assigned'),
  in_progress: msg('In progress'),
  waiting_on_customer: msg('Waiting on customer'),
  resolved: msg('Resolved'),
  closed: msg('Closed'),
}

/** Statuses in which the ticket still needs someone's work. */
export const ACTIVE_STATUSES: readonly Status[] = [
  'open',
  'assigned',
  'in_progress',
  'waiting_on_customer',
]

export class IllegalTransition extends TranslatableError {
  constructor(
    public from: Status,
    public to: Status,
    reason?: Message
  ) {
    super(
      reason ??
        (from === 'closed'
          ? msg('This ticket is closed and cannot change any more. Open a new ticket instead.')
          : msg('A ticket cannot go from "{from}" to "{to}".', {
              from: STATUS_LABELS[from],
              to: STATUS_LABELS[to],
            }))
    )
  }
}

export function allowedTransitions(from: Status): readonly Status[] {
  return TRANSITIONS[from]
}

/**
 * Throws IllegalTransition unless `from → to` is an edge of the machine and
 * its guard holds: "assigned" and "in progress" need an assignee, "open"
 * means nobody has it.
 */
export function assertTransition(from: Status, to: Status, hasAssignee: boolean) {
  if (from === to) {
    return
  }
  if (!TRANSITIONS[from].includes(to)) {
    throw new IllegalTransition(from, to)
  }
  if ((to === 'assigned' || to === 'in_progress') && !hasAssignee) {
    throw new IllegalTransition(from, to, msg('Assign the ticket to an agent first.'))
  }
  if (to === 'open' && hasAssignee) {
    throw new IllegalTransition(
      from,
      to,
      msg('A ticket with an assignee is not "Open": unassign it to put it back in the queue.')
    )
  }
}

/** Where a reopened ticket goes: back to its assignee, or to the open queue. */
export function reopenedStatus(hasAssignee: boolean): Status {
  return hasAssignee ? 'assigned' : 'open'
}

/** The fields of a ticket the lifecycle reads and writes. */
export type LifecycleFields = Pick<Ticket, 'status' | 'assigneeId' | 'resolvedAt' | 'closedAt'>

/**
 * The one gate a status change passes, whatever causes it (the ticket
 * page, assignment, a reply, bulk actions, auto-close, a plugin): asserts
 * the move (IllegalTransition), stamps when the ticket was resolved or
 * closed (a ticket closed straight away counts as resolved then too) and
 * clears the resolution when it goes back to work, sets the status, and
 * returns the history entry. Staying put is no change. The caller has the
 * row locked and saves it.
 */
export function transition(
  ticket: LifecycleFields,
  to: Status,
  now: DateTime = DateTime.now()
): Change[] {
  const from = ticket.status
  if (from === to) {
    return []
  }
  assertTransition(from, to, ticket.assigneeId !== null)
  if (to === 'resolved') {
    ticket.resolvedAt = now
  } else if (to === 'closed') {
    ticket.closedAt = now
    ticket.resolvedAt ??= now
  } else {
    ticket.resolvedAt = null
  }
  ticket.status = to
  return [{ field: 'status', from, to }]
}
