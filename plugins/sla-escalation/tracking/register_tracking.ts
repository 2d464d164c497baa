import type { Hooks } from '../types.js'
import { recomputePending } from './recompute.js'
import { refreshClock } from './refresh_clock.js'

/**
 * Keeps every ticket's clock in step with the ticket: each event that can
 * change a target (a new ticket, a field change that may switch the policy,
 * a status change, a reply) recomputes it; a policy or calendar change
 * recomputes the affected open tickets in the background.
 */
export default function registerTracking(hooks: Hooks) {
  hooks.on('ticket.created', ({ ticket }, context) => refreshClock(context, ticket.id))
  hooks.on('ticket.updated', ({ ticket }, context) => refreshClock(context, ticket.id))
  hooks.on('ticket.status_changed', ({ ticket }, context) => refreshClock(context, ticket.id))
  hooks.on('ticket.comment_added', ({ ticket, comment }, context) =>
    comment.internal ? undefined : refreshClock(context, ticket.id)
  )
  hooks.schedule('recompute', { every: '10s', budget: '9s' }, recomputePending)
}
