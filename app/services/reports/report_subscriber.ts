import { definePlugin } from '#platform/define_plugin'
import ReportRollups from '#services/reports/report_rollups'

/**
 * Keeps the report tables current: a built-in of the core on the reliable
 * event path (registered by providers/plugin_provider.ts), so a ticket's
 * figures follow every change that announces itself, after its commit,
 * retried on failure. Each handler recomputes from the ticket's current
 * state, so order and redelivery do not matter.
 */
export default definePlugin({
  id: 'reports',
  name: 'Report figures',
  version: '1.0.0',
  description: 'Daily report figures kept current from ticket events.',
  requires: { core: '*' },
  register(hooks) {
    const refresh = (payload: { ticket: { id: number } }, context: { organizationId: number }) =>
      ReportRollups.refreshTickets(context.organizationId, [payload.ticket.id])
    hooks.on('ticket.created', refresh)
    hooks.on('ticket.imported', refresh)
    hooks.on('ticket.updated', refresh)
    hooks.on('ticket.status_changed', refresh)
    hooks.on('ticket.comment_added', refresh)
    hooks.on('ticket.assigned', async (payload, context) => {
      if (payload.assigneeId !== null) {
        await ReportRollups.recordAssignment({
          eventId: context.event.id,
          organizationId: context.organizationId,
          ticketId: payload.ticket.id,
          agentId: payload.assigneeId,
          groupId: payload.ticket.groupId,
          priority: payload.ticket.priority,
          at: new Date(context.event.occurredAt),
        })
      }
      await refresh(payload, context)
    })
  },
})
