import type { Hooks } from '../types.js'
import { promiseOf } from './portal_promise.js'
import { queueBadges } from './queue_badges.js'
import { evaluateTicket } from './ticket_clock.js'
import { timersView } from './timers_view.js'

/**
 * The desk's sidebar panel, queue badges and "SLA due soonest" sort, and
 * the portal's promise to the requester.
 */
export default function registerDesk(hooks: Hooks) {
  hooks.panel('ticket.sidebar', 'SlaTimers', {
    label: 'SLA',
    data: async ({ ticket }, context) => {
      const clock = await evaluateTicket(context, ticket)
      if (!clock) return { policy: null }
      return timersView(clock.evaluation, clock.row.status, clock.now)
    },
  })

  hooks.badges('desk.queue', ({ tickets }, context) =>
    queueBadges(
      context.db,
      tickets.map((ticket) => ticket.id)
    )
  )

  // Sorted in SQL by the core over the whole list; tickets without a due
  // time (no policy, all met, resolved or closed) come last.
  hooks.sort('desk.queue', {
    name: 'sla-due',
    label: 'SLA due soonest',
    table: 'sla_escalation_clocks',
    column: 'escalation_at',
    direction: 'asc',
  })

  // The requester sees this: only the promise and its time go into `data`.
  hooks.panel('portal.ticket', 'SlaPromise', {
    label: 'What to expect',
    data: async ({ ticket }, context) => {
      const clock = await evaluateTicket(context, ticket)
      const promise = clock ? promiseOf(clock.evaluation, clock.now) : null
      // Nothing to promise: no card at all on the requester's page.
      return promise?.promise ? promise : null
    },
  })
}
