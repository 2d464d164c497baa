import type { PluginEvents } from '#platform/sdk'
import { changeLine } from '../message/change_line.js'
import type { Hooks, SlackEventContext } from '../types.js'
import { notify } from './notify.js'

/** 5 attempts with the platform's exponential backoff from 2 s (config/queue.ts), asked for explicitly. */
const RETRIES = { attempts: 5 }

async function notifySla(
  event: 'sla.warning' | 'sla.breached',
  payload: PluginEvents['sla.warning'],
  context: SlackEventContext
) {
  const detail = await context.tickets.get(payload.ticketId)
  const ticket = detail?.ticket
  if (!ticket) return
  const change =
    event === 'sla.warning'
      ? changeLine.slaWarning(payload.target, payload.minutesFromDue)
      : changeLine.slaBreached(payload.target, payload.minutesFromDue)
  await notify(context, { event, ticket, change, excerpt: null, internal: false })
}

export default function registerEvents(hooks: Hooks) {
  hooks.on(
    'ticket.created',
    ({ ticket, actor }, context) =>
      notify(context, {
        event: 'ticket.created',
        ticket,
        change: changeLine.created(actor),
        excerpt: ticket.description,
        internal: false,
      }),
    RETRIES
  )
  hooks.on(
    'ticket.assigned',
    async ({ ticket, actor, assigneeId }, context) => {
      const user = assigneeId === null ? null : await context.users.find({ id: assigneeId })
      const assignee = assigneeId === null ? null : (user?.name ?? 'someone')
      await notify(context, {
        event: 'ticket.assigned',
        ticket,
        change: changeLine.assigned(actor, assignee),
        excerpt: null,
        internal: false,
      })
    },
    RETRIES
  )
  hooks.on(
    'ticket.status_changed',
    ({ ticket, actor, from, to }, context) =>
      notify(context, {
        event: 'ticket.status_changed',
        ticket,
        change: changeLine.statusChanged(actor, from, to),
        excerpt: null,
        internal: false,
      }),
    RETRIES
  )
  hooks.on(
    'ticket.comment_added',
    ({ ticket, actor, comment }, context) =>
      notify(context, {
        event: comment.internal ? 'ticket.note_added' : 'ticket.replied',
        ticket,
        change: comment.internal ? changeLine.noted(actor) : changeLine.replied(actor),
        excerpt: comment.body,
        internal: comment.internal,
      }),
    RETRIES
  )
  hooks.on('sla.warning', (payload, context) => notifySla('sla.warning', payload, context), RETRIES)
  hooks.on(
    'sla.breached',
    (payload, context) => notifySla('sla.breached', payload, context),
    RETRIES
  )
}
