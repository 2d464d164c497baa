import Ticket from '#models/ticket'
import TicketComment from '#models/ticket_comment'
import User from '#models/user'
import type { ActorSnapshot, EventHooks, NotificationKind, Recipient } from '#platform/catalogue'
import { asBuiltinContext, definePlugin, type EventContext } from '#platform/define_plugin'
import Hooks from '#platform/hooks'
import { ticketSnapshot } from '#platform/snapshots'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { wants } from '#services/notifications/notification_kinds'
import NotificationSender, { type TicketMessage } from '#services/notifications/notification_sender'
import RecipientLocale from '#services/notifications/recipient_locale'
import { replyAddressOf } from '#services/notifications/reply_address'

type Plan = {
  kind: NotificationKind
  users: User[]
  message: Omit<TicketMessage, 'kind' | 'to' | 'locale' | 'zone'>
  /** The receipt confirms the requester's own action; every other kind skips the actor. */
  toActor?: boolean
}

type Context = EventContext<Record<string, never>>

/**
 * E-mail notifications about tickets: a built-in of the core, declared
 * like a plugin and delivered on the same reliable event path (registered
 * at boot by providers/plugin_provider.ts, always enabled, not listed in
 * Admin → Plugins):
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
export default definePlugin({
  id: 'notifications',
  name: 'E-mail notifications',
  version: '1.0.0',
  description: 'E-mails about tickets to requesters and agents.',
  requires: { core: '*' },
  register(hooks) {
    hooks.on('ticket.created', (payload, context) =>
      notify(context, payload.ticket.id, payload.actor, async (ticket, message) => {
        const agents = await TicketWorkflow.assignableAgents(ticket)
        return [
          {
            kind: 'ticket_created_receipt',
            users: [ticket.requester],
            message,
            toActor: true,
          },
          {
            kind: 'ticket_created_group',
            users: agents.filter((user) => user.id !== ticket.requesterId),
            message,
          },
        ]
      })
    )
    hooks.on('ticket.assigned', (payload, context) =>
      notify(context, payload.ticket.id, payload.actor, async (_ticket, message) => {
        const assignee = payload.assigneeId ? await User.find(payload.assigneeId) : null
        return assignee ? [{ kind: 'ticket_assigned', users: [assignee], message }] : []
      })
    )
    hooks.on('ticket.status_changed', (payload, context) =>
      notify(context, payload.ticket.id, payload.actor, async (ticket, message) => [
        {
          kind: 'ticket_status_changed',
          users: [ticket.requester],
          message: { ...message, statusFrom: payload.from, statusTo: payload.to },
        },
      ])
    )
    hooks.on('ticket.comment_added', (payload, context) =>
      notify(context, payload.ticket.id, payload.actor, (ticket, message) =>
        replyPlans(ticket, message, payload.comment, payload.actor)
      )
    )
  },
})

/**
 * Loads the ticket, asks `plan` who gets which mail, applies preferences
 * and the `notification.recipients` filter, and sends each mail once.
 */
async function notify(
  context: Context,
  ticketId: number,
  actor: ActorSnapshot,
  plan: (ticket: Ticket, message: Plan['message']) => Promise<Plan[]>
) {
  const ticket = await Ticket.query()
    .withScopes((scopes) => scopes.forOrganization(context.organizationId))
    .where('id', ticketId)
    .preload('requester')
    .preload('group')
    .first()
  if (!ticket) {
    return
  }
  const actorId = actor?.id ?? null
  const plans = await plan(ticket, {
    actorName: actor?.name ?? null,
    opening: context.event.name === 'ticket.created',
  })
  const replyTo = plans.some((entry) => entry.users.length) ? await replyAddressOf(ticket) : null
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
      await NotificationSender.send(asBuiltinContext(context), ticket, {
        ...message,
        kind,
        to,
        locale: await locales.of(to),
        zone: await locales.zoneOf(to),
        replyTo,
      })
    }
  }
}

/**
 * A public reply by staff (or a plugin) goes to the requester; the
 * requester's goes to whoever handles it. Someone else's (a colleague in
 * copy answering by mail, where the mailbox allows it) goes to both: the
 * requester reads what was said on their ticket, the desk has to act on it.
 */
async function replyPlans(
  ticket: Ticket,
  message: Plan['message'],
  comment: EventHooks['ticket.comment_added']['comment'],
  actor: ActorSnapshot
): Promise<Plan[]> {
  if (comment.internal) {
    return []
  }
  const stored = await TicketComment.find(comment.id)
  const reply = { ...message, replyHtml: stored?.bodyHtml ?? null, replyText: comment.body }
  if (comment.authorId === ticket.requesterId) {
    return [{ kind: 'ticket_customer_replied', users: await handlers(ticket), message: reply }]
  }
  const toRequester: Plan = { kind: 'ticket_replied', users: [ticket.requester], message: reply }
  if (actor?.role !== 'customer') {
    return [toRequester]
  }
  return [
    toRequester,
    { kind: 'ticket_customer_replied', users: await handlers(ticket), message: reply },
  ]
}

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
