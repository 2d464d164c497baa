import db from '@adonisjs/lucid/services/db'
import type User from '#models/user'
import type Ticket from '#models/ticket'
import AppPolicy from '#policies/base'

/**
 * Ticket access, as ARCHITECTURE.md's table has it: requesters see and
 * answer their own tickets; agents also see and work the tickets of their
 * groups and those assigned to them; admins see and work every ticket of
 * their organization. Nothing crosses organizations.
 */
export default class TicketPolicy extends AppPolicy {
  async view(user: User, ticket: Ticket) {
    if (user.organizationId !== ticket.organizationId) {
      return false
    }
    return user.isAdmin || ticket.requesterId === user.id || (await this.works(user, ticket))
  }

  async reply(user: User, ticket: Ticket) {
    return this.view(user, ticket)
  }

  /** Internal notes: writing them and seeing them. */
  async addNote(user: User, ticket: Ticket) {
    return user.isStaff && (await this.manage(user, ticket))
  }

  async viewInternal(user: User, ticket: Ticket) {
    return (
      user.isStaff &&
      (await this.view(user, ticket)) &&
      (user.isAdmin || (await this.works(user, ticket)))
    )
  }

  /** Assign, change status, priority, classification or title. */
  async manage(user: User, ticket: Ticket) {
    if (user.organizationId !== ticket.organizationId || !user.isStaff) {
      return false
    }
    return user.isAdmin || (await this.works(user, ticket))
  }

  /** An agent works a ticket assigned to them or belonging to one of their groups. */
  private async works(user: User, ticket: Ticket) {
    if (user.role !== 'agent') {
      return false
    }
    if (ticket.assigneeId === user.id) {
      return true
    }
    const member = await db
      .from('group_members')
      .where({ group_id: ticket.groupId, user_id: user.id })
      .first()
    return member !== null
  }
}
