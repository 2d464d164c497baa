import type Ticket from '#models/ticket'
import { BaseTransformer } from '@adonisjs/core/transformers'

/** A person as shown beside a ticket: just enough to recognise them. */
function person(user: { id: number; name: string; email: string } | null | undefined) {
  return user ? { id: user.id, name: user.name, email: user.email } : null
}

function named(entry: { id: number; name: string } | null | undefined) {
  return entry ? { id: entry.id, name: entry.name } : null
}

export default class TicketTransformer extends BaseTransformer<Ticket> {
  /** A row in a list. Relations are included when preloaded. */
  toObject() {
    const ticket = this.resource
    return {
      ...this.pick(ticket, [
        'id',
        'number',
        'reference',
        'title',
        'priority',
        'status',
        'source',
        'requesterId',
        'assigneeId',
        'groupId',
        'categoryId',
        'subcategoryId',
      ]),
      requester: person(ticket.$preloaded.requester ? ticket.requester : null),
      assignee: person(ticket.$preloaded.assignee ? ticket.assignee : null),
      group: named(ticket.$preloaded.group ? ticket.group : null),
      category: named(ticket.$preloaded.category ? ticket.category : null),
      subcategory: named(ticket.$preloaded.subcategory ? ticket.subcategory : null),
      firstResponseAt: ticket.firstResponseAt?.toISO() ?? null,
      resolvedAt: ticket.resolvedAt?.toISO() ?? null,
      closedAt: ticket.closedAt?.toISO() ?? null,
      createdAt: ticket.createdAt.toISO()!,
      updatedAt: ticket.updatedAt.toISO()!,
    }
  }

  /** The ticket page: the list row plus its Markdown description, rendered and as typed. */
  forDetail() {
    return {
      ...this.toObject(),
      description: this.resource.description,
      descriptionHtml: this.resource.descriptionHtml,
    }
  }
}
