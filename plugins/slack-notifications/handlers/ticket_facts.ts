import type { TicketSnapshot } from '#platform/sdk'
import type { MessageFacts } from '../message/blocks.js'
import type { Context } from '../types.js'

/**
 * The SDK offers plugins no address of the installation, so links use
 * the `deskBaseUrl` setting, else the APP_URL the installation runs with.
 */
export function deskUrl(context: Pick<Context, 'settings'>, ticketId: number) {
  const base = context.settings.deskBaseUrl ?? process.env.APP_URL ?? 'http://localhost:3333'
  return `${base.replace(/\/+$/, '')}/desk/tickets/${ticketId}`
}

async function userName(context: Context, id: number | null) {
  if (id === null) return null
  const user = await context.users.find({ id })
  return user?.name ?? null
}

async function groupName(context: Context, id: number | null) {
  if (id === null) return 'No group'
  const tree = await context.taxonomy.tree()
  return tree.find((group) => group.id === id)?.name ?? 'No group'
}

/** The ticket's side of a message (everything but the change and the excerpt), names looked up. */
export async function ticketFacts(
  context: Context,
  ticket: TicketSnapshot
): Promise<Omit<MessageFacts, 'change' | 'excerpt'>> {
  return {
    reference: ticket.reference,
    title: ticket.title,
    url: deskUrl(context, ticket.id),
    requester: (await userName(context, ticket.requesterId)) ?? 'Unknown',
    group: await groupName(context, ticket.groupId),
    priority: ticket.priority,
    status: ticket.status,
    assignee: await userName(context, ticket.assigneeId),
  }
}
