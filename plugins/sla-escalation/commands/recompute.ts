import type { Hooks } from '../types.js'
import { recomputePending, recomputeStatus, requestRecompute } from '../tracking/recompute.js'

/**
 * `node ace sla-escalation:recompute`: what a policy change does in the
 * background, run to the end at once — for after an upgrade, or after
 * enabling the plugin on a helpdesk that already has open tickets.
 */
export default function registerRecompute(hooks: Hooks) {
  hooks.command(
    'recompute',
    { description: 'Recomputes every open ticket’s SLA clock and gives one to tickets without' },
    async (context) => {
      await requestRecompute(context)
      for (;;) {
        const status = await recomputeStatus(context)
        if (status.done) break
        if (context.signal.aborted) return
        await recomputePending(context)
      }
      context.print(`SLA clocks recomputed for organization ${context.organizationId}`)
    }
  )
}
