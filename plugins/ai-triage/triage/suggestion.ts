import type { JsonValue, PluginDatabase, TicketSnapshot } from '#platform/sdk'

export const SUGGESTED_FIELDS = [
  'group_id',
  'category_id',
  'subcategory_id',
  'priority',
  'sentiment',
  'language',
  'summary',
  'reply',
  'escalate',
] as const
export type SuggestedFieldName = (typeof SUGGESTED_FIELDS)[number]

/** The fields an agent can apply to the ticket; the others are information. */
export const TICKET_FIELDS: readonly SuggestedFieldName[] = [
  'group_id',
  'category_id',
  'subcategory_id',
  'priority',
]

export type FieldState = 'suggested' | 'applied' | 'dismissed'
/** Who decided: the automatic rule (`auto`, above the threshold) or a person in the desk or API. */
export type Decider = 'auto' | 'agent'
export type SuggestedField = {
  value: JsonValue
  confidence: number
  state: FieldState
  by?: Decider
}
export type Prediction = Partial<
  Record<SuggestedFieldName, { value: JsonValue; confidence: number }>
>

/** The suggestion as the API and the desk panel see it (issue 13, point 9). */
export type Suggestion = {
  engine: string
  model_version: string
  state: FieldState
  fields: Partial<Record<SuggestedFieldName, SuggestedField>>
}

/**
 * A suggestion is "suggested" while any applicable field waits for an
 * agent, "applied" once at least one was applied and none waits, else
 * "dismissed".
 */
export function overallState(fields: Suggestion['fields']): FieldState {
  const states = TICKET_FIELDS.map((name) => fields[name]?.state).filter(Boolean)
  if (states.includes('suggested')) return 'suggested'
  return states.includes('applied') ? 'applied' : 'dismissed'
}

type Row = { engine: string; model_version: string; fields: Suggestion['fields'] | string }

export async function loadSuggestion(
  db: PluginDatabase,
  ticketId: number
): Promise<Suggestion | null> {
  const row = (await db
    .from('ai_triage_suggestions')
    .where('ticket_id', ticketId)
    .first()) as Row | null
  if (!row) return null
  const fields = typeof row.fields === 'string' ? JSON.parse(row.fields) : row.fields
  return {
    engine: row.engine,
    model_version: row.model_version,
    state: overallState(fields),
    fields,
  }
}

/** The ticket's values the accuracy report compares suggestions with. */
export function ticketValues(ticket: TicketSnapshot) {
  return {
    group_id: ticket.groupId,
    category_id: ticket.categoryId,
    subcategory_id: ticket.subcategoryId,
    priority: ticket.priority,
    status: ticket.status,
  }
}

/** Stores a new ticket's suggestion once: a retried delivery finds it and leaves it. */
export async function saveSuggestion(
  db: PluginDatabase,
  ticket: TicketSnapshot,
  suggestion: { engine: string; modelVersion: string; prediction: Prediction }
) {
  const fields: Suggestion['fields'] = {}
  for (const [name, predicted] of Object.entries(suggestion.prediction)) {
    if (predicted) fields[name as SuggestedFieldName] = { ...predicted, state: 'suggested' }
  }
  const now = new Date()
  await db
    .insert('ai_triage_suggestions', {
      ticket_id: ticket.id,
      engine: suggestion.engine,
      model_version: suggestion.modelVersion,
      fields: JSON.stringify(fields),
      ticket_now: JSON.stringify(ticketValues(ticket)),
      ticket_seen_at: new Date(ticket.updatedAt),
      created_at: now,
      updated_at: now,
    })
    .onConflict(['organization_id', 'ticket_id'])
    .ignore()
  return fields
}

export async function saveStates(
  db: PluginDatabase,
  ticketId: number,
  fields: Suggestion['fields']
) {
  await db
    .from('ai_triage_suggestions')
    .where('ticket_id', ticketId)
    .update({ fields: JSON.stringify(fields), updated_at: new Date() })
}

/**
 * Keeps the ticket's latest values beside its suggestion, so the accuracy
 * report can tell kept from changed. An older event arriving late leaves
 * a newer state alone.
 */
export async function recordTicketState(db: PluginDatabase, ticket: TicketSnapshot) {
  const seenAt = new Date(ticket.updatedAt)
  await db
    .from('ai_triage_suggestions')
    .where('ticket_id', ticket.id)
    .where((query) => query.whereNull('ticket_seen_at').orWhere('ticket_seen_at', '<=', seenAt))
    .update({ ticket_now: JSON.stringify(ticketValues(ticket)), ticket_seen_at: seenAt })
}
