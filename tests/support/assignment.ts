import { DateTime } from 'luxon'
import { UserFactory } from '#database/factories/main'
import type Group from '#models/group'
import type { AssignmentMode } from '#models/group'
import type Organization from '#models/organization'
import TicketHistory from '#models/ticket_history'
import GroupService from '#services/group_service'
import AvailabilityService from '#services/availability_service'
import { systemContext } from '#services/request_context'

/** Agents of the organization, named as given, members of `group`. */
export async function agentsIn(organization: Organization, group: Group, names: string[]) {
  const agents = []
  for (const name of names) {
    const agent = await UserFactory.apply('agent')
      .merge({ organizationId: organization.id, name })
      .create()
    await group.related('members').attach([agent.id])
    agents.push(agent)
  }
  return agents
}

export function setMode(group: Group, mode: AssignmentMode, maxOpen: number | null = null) {
  return GroupService.update(
    group,
    { assignmentMode: mode, assignmentMaxOpen: maxOpen },
    systemContext
  )
}

export function setAway(
  user: Parameters<typeof AvailabilityService.set>[0],
  until: DateTime | null = null
) {
  return AvailabilityService.set(user, { available: false, awayUntil: until }, systemContext)
}

export function setAvailable(user: Parameters<typeof AvailabilityService.set>[0]) {
  return AvailabilityService.set(user, { available: true }, systemContext)
}

/** The assignee entries of a ticket's timeline, oldest first. */
export function assigneeEntries(ticketId: number) {
  return TicketHistory.query().where('ticket_id', ticketId).where('field', 'assignee').orderBy('id')
}

export const inDays = (days: number) => DateTime.now().plus({ days })
