import type { Context } from '../types.js'
import type { ModelField } from './model_store.js'

export type Example = { text: string; labels: Partial<Record<ModelField, string>> }

/**
 * The organization's newest resolved and closed tickets (at most `limit`)
 * with their final group, category, subcategory and priority: what agents
 * left them with, which is what training and evaluation learn from.
 */
export async function closedTickets(context: Context, limit: number) {
  const examples: Example[] = []
  let cursor: string | null = null
  do {
    const page = await context.tickets.list({ status: ['resolved', 'closed'], limit: 500, cursor })
    for (const ticket of page.tickets) {
      examples.push({
        text: `${ticket.title}\n${ticket.description}`,
        labels: {
          group: String(ticket.groupId),
          ...(ticket.categoryId ? { category: String(ticket.categoryId) } : {}),
          ...(ticket.subcategoryId ? { subcategory: String(ticket.subcategoryId) } : {}),
          priority: ticket.priority,
        },
      })
    }
    // Pages come oldest change first: keep the newest.
    if (examples.length > limit) examples.splice(0, examples.length - limit)
    cursor = page.nextCursor
  } while (cursor && !context.signal.aborted)
  context.signal.throwIfAborted()
  return examples
}

/** One field's examples: the tickets that carry it, with it as the label. */
export function labelled(examples: readonly Example[], field: ModelField) {
  return examples
    .filter((example) => example.labels[field] !== undefined)
    .map((example) => ({ text: example.text, label: example.labels[field]! }))
}
