import TicketWorkflow from '#services/tickets/ticket_workflow'
import type { ScheduledJob } from '#services/queue/scheduled_job'

/**
 * Closes resolved tickets whose organization's auto-close period has
 * passed (organizations.auto_close_days). Runs every 15 minutes; a ticket
 * reopened in the meantime is skipped.
 */
const CloseResolvedTickets: ScheduledJob = {
  id: 'tickets.close_resolved',
  every: 15 * 60 * 1000,
  async run() {
    const closed = await TicketWorkflow.autoClose()
    return { closed }
  },
}

export default CloseResolvedTickets
