import { HostNotFound, type UserSnapshot } from '#platform/sdk'
import type { Context } from '../types.js'

/**
 * The ticket, if this person may work it: admins any of the organization's,
 * agents those they requested, are assigned to, or that sit in one of
 * their groups — the desk's own rule. Anyone else gets the same 404 as
 * for a ticket that does not exist.
 */
export async function workableTicket(context: Context, user: UserSnapshot, rawId: string) {
  const id = Number(rawId)
  const detail = Number.isInteger(id) && id > 0 ? await context.tickets.get(id) : null
  if (!detail) throw new HostNotFound('ticket', rawId)
  const ticket = detail.ticket
  if (user.role === 'admin') return ticket
  if (user.role === 'agent') {
    if (ticket.requesterId === user.id || ticket.assigneeId === user.id) return ticket
    const agent = await context.users.find({ id: user.id })
    if (agent?.groupIds.includes(ticket.groupId)) return ticket
  }
  throw new HostNotFound('ticket', rawId)
}
