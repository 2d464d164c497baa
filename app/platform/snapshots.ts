import type Ticket from '#models/ticket'
import type User from '#models/user'
import type { ActorSnapshot, TicketSnapshot, UserSnapshot } from '#platform/catalogue'

/** Plain JSON views of models for hook payloads: what plugins may rely on, nothing more. */
export function ticketSnapshot(ticket: Ticket): TicketSnapshot {
  return {
    id: ticket.id,
    organizationId: ticket.organizationId,
    number: ticket.number,
    reference: ticket.reference,
    title: ticket.title,
    description: ticket.description,
    priority: ticket.priority,
    status: ticket.status,
    source: ticket.source,
    requesterId: ticket.requesterId,
    assigneeId: ticket.assigneeId,
    groupId: ticket.groupId,
    categoryId: ticket.categoryId,
    subcategoryId: ticket.subcategoryId,
    createdAt: ticket.createdAt.toISO()!,
    updatedAt: ticket.updatedAt.toISO()!,
  }
}

export function userSnapshot(user: User): UserSnapshot {
  return {
    id: user.id,
    organizationId: user.organizationId,
    name: user.name,
    email: user.email,
    role: user.role,
    authSource: user.authSource,
  }
}

/** The person who acted; else the plugin (through the host API); else null for the system. */
export function actorSnapshot(
  user: User | null | undefined,
  plugin?: { id: string; name: string } | null
): ActorSnapshot {
  if (user) {
    return { id: user.id, name: user.name, role: user.role }
  }
  return plugin ? { id: null, name: plugin.name, role: null, plugin: plugin.id } : null
}
