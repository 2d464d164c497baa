import type { HttpContext } from '@adonisjs/core/http'
import TicketQuery from '#services/tickets/ticket_query'
import { deskListQuery } from '#validators/ticket'

/**
 * Where an agent lands after changing a ticket on its page. The page's
 * address carries the query of the list it was opened from (queue,
 * filters, sort, page), so back on the page "← Tickets" still leads to that
 * list. When the change took the ticket out of the agent's sight (moved to
 * a group they are not in), they land on that list itself instead of a
 * "not found" page.
 */
export async function backToTicketOrQueue(ctx: HttpContext, ticketId: number) {
  const redirect = ctx.response.redirect().withQs()
  if (await TicketQuery.find(ctx.auth.getUserOrFail(), ticketId)) {
    return redirect.back()
  }
  const page = new URL(redirect.getPreviousUrl('/'), 'http://previous.invalid')
  const qs = await deskListQuery(Object.fromEntries(page.searchParams))
  return ctx.response.redirect().toRoute('desk.tickets.index', {}, { qs })
}
