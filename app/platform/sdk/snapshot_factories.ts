import type { ActorSnapshot, TicketSnapshot, UserSnapshot } from '#platform/catalogue'
import type { Role } from '#models/user'

let sequence = 0

/**
 * A ticket as event payloads carry it, with believable defaults; pass
 * what your test is about. `reference` follows `number` unless given.
 */
export function ticketSnapshot(fields: Partial<TicketSnapshot> = {}): TicketSnapshot {
  const id = fields.id ?? ++sequence
  const number = fields.number ?? 1000 + id
  const at = new Date().toISOString()
  return {
    id,
    organizationId: 1,
    number,
    reference: `SB-${number}`,
    title: 'Printer on the second floor jams',
    description: 'It jams on every second page.',
    priority: 'medium',
    status: 'open',
    source: 'portal',
    requesterId: 1,
    assigneeId: null,
    groupId: 1,
    categoryId: null,
    subcategoryId: null,
    createdAt: at,
    updatedAt: at,
    ...fields,
  }
}

/** A user as event payloads carry it. */
export function userSnapshot(fields: Partial<UserSnapshot> = {}): UserSnapshot {
  const id = fields.id ?? ++sequence
  return {
    id,
    organizationId: 1,
    name: `Test User ${id}`,
    email: `user${id}@example.com`,
    role: 'customer',
    authSource: 'local',
    ...fields,
  }
}

/** Who caused an event; pass `null` where the system did (auto-close, a schedule). */
export function actorSnapshot(
  fields: Partial<{ id: number; name: string; role: Role }> = {}
): ActorSnapshot {
  const id = fields.id ?? ++sequence
  return { id, name: `Agent ${id}`, role: 'agent', ...fields }
}
