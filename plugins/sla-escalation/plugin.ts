import { definePlugin } from '#platform/sdk'
import registerAdmin from './admin/register_admin.js'
import registerRecompute from './commands/recompute.js'
import registerSimulate from './commands/simulate.js'
import registerDesk from './desk/register_desk.js'
import registerEscalation from './escalation/register_escalation.js'
import registerReport from './report/register_report.js'
import registerTracking from './tracking/register_tracking.js'

declare module '#platform/sdk' {
  interface PluginEvents {
    /** A ladder step "N minutes before due" fired for one of the ticket's targets. */
    'sla.warning': SlaEventPayload
    /** A ladder step "N minutes after due" fired: the target was missed. */
    'sla.breached': SlaEventPayload
  }
}

export type SlaEventPayload = {
  ticketId: number
  reference: string
  /** first_response, next_response or resolution */
  target: string
  /** ISO 8601, UTC */
  dueAt: string
  /** Minutes from the due time to the step: negative before it (warning), positive after (breach). */
  minutesFromDue: number
  policy: string
}

/**
 * Business-hours SLA clocks and escalation ladders. Everything goes through
 * the plugin SDK: clocks follow the ticket events, a schedule fires the
 * ladder steps that are due, and admins configure calendars and policies on
 * the plugin's own pages.
 */
export default definePlugin({
  id: 'sla-escalation',
  name: 'SLA escalation',
  version: '1.0.0',
  description:
    'Business-hours SLA targets (first response, next response, resolution) on calendars, with escalation ladders, live countdowns and a compliance report.',
  requires: { core: '^0.1.0' },
  events: {
    'sla.warning': { description: 'A ticket is about to miss an SLA target.' },
    'sla.breached': { description: 'A ticket missed an SLA target.' },
  },
  register(hooks) {
    registerTracking(hooks)
    registerEscalation(hooks)
    registerAdmin(hooks)
    registerDesk(hooks)
    registerReport(hooks)
    registerSimulate(hooks)
    registerRecompute(hooks)
  },
})
