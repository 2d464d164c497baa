import Ticket from '#models/ticket'
import TicketComment from '#models/ticket_comment'
import User from '#models/user'
import type OutboxEvent from '#models/outbox_event'
import type { EventHooks, NotificationKind, Recipient } from '#platform/catalogue'
import type { CoreSubscriber, DeliveryContext } from '#platform/subscribers'
import Hooks from '#platform/hooks'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { wants } from '#services/notifications/notification_kinds'
import NotificationSender, { type TicketMessage } from '#services/notifications/notification_sender'
import { ticketSnapshot } from '#platform/snapshots'

type Plan = { kind: NotificationKind; users: User[]; message: Omit<TicketMessage, 'kind' | 'to'> }

/**
 * E-mail notifications about tickets, as a core subscriber on the same
 * reliable event path as plugins:
 * - created: a receipt to the requester, a notice to the group's agents;
 * - assigned: the new assignee;
 * - status changed: the requester;
 * - public reply by staff: the requester; by the requester: the assignee,
 *   or the group's agents while nobody has the ticket.
 * Nobody is told about their own action; preferences and the
 * `notification.recipients` filter then decide.
 */
const TicketNotifications: CoreSubscriber = {
  id: 'notifications',
  events: ['ticket.created', 'ticket.assigned', 'ticket.status_changed', 'ticket.comment_added'],

  async handle(event: OutboxEvent, context: DeliveryContext) {
    const payload = event.payload as EventHooks['ticket.created']
    const ticket = await Ticket.query()
      .where('id', payload.ticket.id)
      .preload('requester')
      .preload('group')
      .first()
    if (!ticket) {
      return
    }
    const actorId = payload.actor?.id ?? null
    const plans = await plan(event, ticket)
    for (const { kind, users, message } of plans) {
      const chosen: Recipient[] = users
        .filter((user) => user.id !== actorId && wants(user, kind))
        .map((user) => ({ userId: user.id, email: user.email, name: user.name }))
      const recipients = await Hooks.filter(
        ticket.organizationId,
        'notification.recipients',
        chosen,
        {
          kind,
          ticket: ticketSnapshot(ticket),
        }
      )
      for (const to of dedupe(recipients)) {
        await NotificationSender.send(context, event, ticket, { ...message, kind, to })
      }
    }
  },
}

export default TicketNotifications

function dedupe(recipients: Recipient[]) {
  const seen = new Set<string>()
  return recipients.filter((recipient) => {
    const key = recipient.email?.toLowerCase()
    if (!key || seen.has(key)) return false
    seen.add(key)
    return true
  })
}

async function groupAgents(ticket: Ticket) {
  return TicketWorkflow.assignableAgents(ticket)
}

async function plan(event: OutboxEvent, ticket: Ticket): Promise<Plan[]> {
  const actorName = (event.payload as { actor: { name: string } | null }).actor?.name ?? null
  switch (event.name) {
    case 'ticket.created': {
      const agents = await groupAgents(ticket)
      return [
        { kind: 'ticket_created_receipt', users: [ticket.requester], message: { actorName } },
        {
          kind: 'ticket_created_group',
          users: agents.filter((user) => user.id !== ticket.requesterId),
          message: { actorName },
        },
      ]
    }
    case 'ticket.assigned': {
      const { assigneeId } = event.payload as EventHooks['ticket.assigned']
      const assignee = assigneeId ? await User.find(assigneeId) : null
      return assignee
        ? [{ kind: 'ticket_assigned', users: [assignee], message: { actorName } }]
        : []
    }
    case 'ticket.status_changed': {
      const { from, to } = event.payload as EventHooks['ticket.status_changed']
      return [
        {
          kind: 'ticket_status_changed',
          users: [ticket.requester],
          message: { actorName, statusFrom: from, statusTo: to },
        },
      ]
    }
    case 'ticket.comment_added': {
      const { comment } = event.payload as EventHooks['ticket.comment_added']
      if (comment.internal) {
        return []
      }
      const stored = await TicketComment.find(comment.id)
      const reply = { actorName, replyHtml: stored?.bodyHtml ?? null, replyText: comment.body }
      if (comment.authorId !== ticket.requesterId) {
        return [{ kind: 'ticket_replied', users: [ticket.requester], message: reply }]
      }
      const assignee = ticket.assigneeId ? await User.find(ticket.assigneeId) : null
      return [
        {
          kind: 'ticket_customer_replied',
          users: assignee ? [assignee] : await groupAgents(ticket),
          message: reply,
        },
      ]
    }
    default:
      return []
  }
}
