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
import RecipientLocale from '#services/notifications/recipient_locale'

type Plan = {
  kind: NotificationKind
  users: User[]
  message: Omit<TicketMessage, 'kind' | 'to' | 'locale'>
  /** The receipt confirms the requester's own action; every other kind skips the actor. */
  toActor?: boolean
}

/**
 * E-mail notifications about tickets, as a core subscriber on the same
 * reliable event path as plugins:
 * - created: a receipt to the requester, a notice to the group's agents;
 * - assigned: the new assignee;
 * - status changed: the requester;
 * - public reply by staff: the requester; by the requester: the assignee,
 *   or the group's agents while nobody (active) has the ticket;
 * - internal notes: nobody outside the desk, so no e-mail at all.
 * Nobody is told about their own action (but for the receipt), deactivated
 * people never, and preferences then the `notification.recipients`
 * filter decide who is left.
 */
const TicketNotifications: CoreSubscriber = {
  id: 'notifications',
  events: ['ticket.created', 'ticket.assigned', 'ticket.status_changed', 'ticket.comment_added'],

  async handle(event: OutboxEvent, context: DeliveryContext) {
    const payload = event.payload as EventHooks['ticket.created']
    const ticket = await Ticket.query()
      .withScopes((scopes) => scopes.forOrganization(event.organizationId))
      .where('id', payload.ticket.id)
      .preload('requester')
      .preload('group')
      .first()
    if (!ticket) {
      return
    }
    const actorId = payload.actor?.id ?? null
    const plans = await plan(event, ticket)
    const locales = await RecipientLocale.forOrganization(
      ticket.organizationId,
      plans.flatMap((entry) => entry.users)
    )
    for (const { kind, users, message, toActor } of plans) {
      const chosen: Recipient[] = users
        .filter((user) => (toActor || user.id !== actorId) && wants(user, kind))
        .map((user) => ({ userId: user.id, email: user.email, name: user.name }))
      const recipients = await Hooks.filter(
        ticket.organizationId,
        'notification.recipients',
        chosen,
        { kind, ticket: ticketSnapshot(ticket) }
      )
      for (const to of addressable(recipients)) {
        const locale = await locales.of(to)
        await NotificationSender.send(context, event, ticket, { ...message, kind, to, locale })
      }
    }
  },
}

export default TicketNotifications

/**
 * Drops what a filter may have got wrong (no address, a duplicate), so a
 * plugin's slip never makes the whole delivery fail and retry.
 */
function addressable(recipients: unknown): Recipient[] {
  if (!Array.isArray(recipients)) {
    return []
  }
  const seen = new Set<string>()
  return recipients.filter((recipient: Recipient | null) => {
    const email = recipient?.email
    if (typeof email !== 'string' || !/^[^\s@<>]+@[^\s@<>]+$/.test(email)) return false
    const key = email.toLowerCase()
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Who handles the requester's words: the assignee while active, else the whole group. */
async function handlers(ticket: Ticket): Promise<User[]> {
  const assignee = ticket.assigneeId ? await User.find(ticket.assigneeId) : null
  return assignee?.isActive ? [assignee] : await TicketWorkflow.assignableAgents(ticket)
}

async function plan(event: OutboxEvent, ticket: Ticket): Promise<Plan[]> {
  const actorName = (event.payload as { actor: { name: string } | null }).actor?.name ?? null
  const opening = event.name === 'ticket.created'
  switch (event.name) {
    case 'ticket.created': {
      const agents = await TicketWorkflow.assignableAgents(ticket)
      return [
        {
          kind: 'ticket_created_receipt',
          users: [ticket.requester],
          message: { actorName, opening },
          toActor: true,
        },
        {
          kind: 'ticket_created_group',
          users: agents.filter((user) => user.id !== ticket.requesterId),
          message: { actorName, opening },
        },
      ]
    }
    case 'ticket.assigned': {
      const { assigneeId } = event.payload as EventHooks['ticket.assigned']
      const assignee = assigneeId ? await User.find(assigneeId) : null
      return assignee
        ? [{ kind: 'ticket_assigned', users: [assignee], message: { actorName, opening } }]
        : []
    }
    case 'ticket.status_changed': {
      const { from, to } = event.payload as EventHooks['ticket.status_changed']
      return [
        {
          kind: 'ticket_status_changed',
          users: [ticket.requester],
          message: { actorName, opening, statusFrom: from, statusTo: to },
        },
      ]
    }
    case 'ticket.comment_added': {
      const { comment } = event.payload as EventHooks['ticket.comment_added']
      if (comment.internal) {
        return []
      }
      const stored = await TicketComment.find(comment.id)
      const reply = {
        actorName,
        opening,
        replyHtml: stored?.bodyHtml ?? null,
        replyText: comment.body,
      }
      if (comment.authorId !== ticket.requesterId) {
        return [{ kind: 'ticket_replied', users: [ticket.requester], message: reply }]
      }
      return [{ kind: 'ticket_customer_replied', users: await handlers(ticket), message: reply }]
    }
    default:
      return []
  }
}
