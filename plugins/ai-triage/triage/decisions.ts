import { HostNotFound, type TicketFields, type TaxonomyGroup } from '#platform/sdk'
import type { Context } from '../types.js'
import {
  loadSuggestion,
  overallState,
  recordTicketState,
  saveStates,
  TICKET_FIELDS,
  type Decider,
  type SuggestedFieldName,
  type Suggestion,
} from './suggestion.js'

const TICKET_FIELD: Record<string, keyof TicketFields> = {
  group_id: 'groupId',
  category_id: 'categoryId',
  subcategory_id: 'subcategoryId',
  priority: 'priority',
}

/** "Hardware" for a category id, from the organization's taxonomy; the raw value otherwise. */
function describe(tree: TaxonomyGroup[], name: SuggestedFieldName, value: unknown) {
  const categories = tree.flatMap((group) => group.categories)
  const found =
    name === 'group_id'
      ? tree.find((group) => group.id === value)
      : name === 'category_id'
        ? categories.find((category) => category.id === value)
        : name === 'subcategory_id'
          ? categories.flatMap((category) => category.subcategories).find((sub) => sub.id === value)
          : null
  return found?.name ?? String(value)
}

const LABEL: Record<string, string> = {
  group_id: 'group',
  category_id: 'category',
  subcategory_id: 'subcategory',
  priority: 'priority',
}

/**
 * Applies suggested fields to the ticket through the host API (the
 * timeline names AI triage), and notes each value with its confidence.
 * A field that already holds the suggested value counts as applied.
 */
export async function applyFields(
  context: Context,
  ticketId: number,
  names: readonly string[],
  by: Decider = 'agent'
) {
  const suggestion = await loadSuggestion(context.db, ticketId)
  const detail = await context.tickets.get(ticketId)
  if (!suggestion || !detail) throw new HostNotFound('suggestion', ticketId)
  const chosen = TICKET_FIELDS.filter(
    (name) => names.includes(name) && suggestion.fields[name]?.state === 'suggested'
  )
  const current: Record<string, unknown> = {
    groupId: detail.ticket.groupId,
    categoryId: detail.ticket.categoryId,
    subcategoryId: detail.ticket.subcategoryId,
    priority: detail.ticket.priority,
  }
  const update: Record<string, unknown> = {}
  for (const name of chosen) {
    const value = suggestion.fields[name]!.value
    if (current[TICKET_FIELD[name]] !== value) update[TICKET_FIELD[name]] = value
  }
  if (Object.keys(update).length) {
    await recordTicketState(
      context.db,
      await context.tickets.update(ticketId, update as TicketFields)
    )
    const tree = await context.taxonomy.tree()
    const lines = chosen
      .filter((name) => TICKET_FIELD[name] in update)
      .map((name) => {
        const field = suggestion.fields[name]!
        return `- ${LABEL[name]}: **${describe(tree, name, field.value)}** (confidence ${field.confidence.toFixed(2)})`
      })
    await context.tickets.addNote(ticketId, `AI triage set:\n\n${lines.join('\n')}`)
  }
  return decide(context, ticketId, suggestion, chosen, 'applied', by)
}

export async function dismissFields(context: Context, ticketId: number, names: readonly string[]) {
  const suggestion = await loadSuggestion(context.db, ticketId)
  if (!suggestion) throw new HostNotFound('suggestion', ticketId)
  const chosen = TICKET_FIELDS.filter(
    (name) => names.includes(name) && suggestion.fields[name]?.state === 'suggested'
  )
  return decide(context, ticketId, suggestion, chosen, 'dismissed', 'agent')
}

async function decide(
  context: Context,
  ticketId: number,
  suggestion: Suggestion,
  names: readonly SuggestedFieldName[],
  state: 'applied' | 'dismissed',
  by: Decider
): Promise<Suggestion> {
  for (const name of names) Object.assign(suggestion.fields[name]!, { state, by })
  await saveStates(context.db, ticketId, suggestion.fields)
  return { ...suggestion, state: overallState(suggestion.fields) }
}
