import type Ticket from '#models/ticket'
import User from '#models/user'

/**
 * Loads what a ticket's detail shows beside it: requester, assignee,
 * group, category and subcategory. Only the relations the ticket has (a
 * null category would cost a query that cannot find anything), requester
 * and assignee in one query, and not the people the caller already holds
 * (`known`, typically the signed-in user).
 */
export async function loadDetailRelations(ticket: Ticket, known: User[] = []) {
  const people = new Map(known.map((user) => [user.id, user]))
  const missing = [ticket.requesterId, ticket.assigneeId].filter(
    (id): id is number => id !== null && !people.has(id)
  )
  if (missing.length) {
    const users = await User.query()
      .withScopes((scopes) => scopes.forOrganization(ticket.organizationId))
      .whereIn('id', [...new Set(missing)])
    for (const user of users) {
      people.set(user.id, user)
    }
  }
  const requester = people.get(ticket.requesterId)
  if (requester) {
    ticket.$setRelated('requester', requester)
  }
  const assignee = ticket.assigneeId === null ? undefined : people.get(ticket.assigneeId)
  if (assignee) {
    ticket.$setRelated('assignee', assignee)
  }
  const placement = [
    ['group', ticket.groupId],
    ['category', ticket.categoryId],
    ['subcategory', ticket.subcategoryId],
  ] as const
  for (const [name, key] of placement) {
    if (key !== null && !ticket.$preloaded[name]) {
      await ticket.load(name)
    }
  }
}
