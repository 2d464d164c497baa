import type { JsonValue, PluginDatabase } from '#platform/sdk'

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
export type SuggestedField = { value: JsonValue; confidence: number; state: FieldState }
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

/** Stores a new ticket's suggestion once: a retried delivery finds it and leaves it. */
export async function saveSuggestion(
  db: PluginDatabase,
  ticketId: number,
  suggestion: { engine: string; modelVersion: string; prediction: Prediction }
) {
  const fields: Suggestion['fields'] = {}
  for (const [name, predicted] of Object.entries(suggestion.prediction)) {
    if (predicted) fields[name as SuggestedFieldName] = { ...predicted, state: 'suggested' }
  }
  const now = new Date()
  await db
    .insert('ai_triage_suggestions', {
      ticket_id: ticketId,
      engine: suggestion.engine,
      model_version: suggestion.modelVersion,
      fields: JSON.stringify(fields),
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
