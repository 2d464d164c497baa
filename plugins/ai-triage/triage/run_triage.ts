import type { TicketSnapshot } from '#platform/sdk'
import type { Context } from '../types.js'
import { APPLICABLE_FIELDS, type ApplicableField } from '../settings.js'
import { applyFields } from './decisions.js'
import { predictOffline } from './offline_prediction.js'
import { modelConfigured, predictWithModel } from './model_prediction.js'
import { loadSuggestion, saveSuggestion, type SuggestedFieldName } from './suggestion.js'

const FIELD_OF: Record<ApplicableField, SuggestedFieldName> = {
  group: 'group_id',
  category: 'category_id',
  subcategory: 'subcategory_id',
  priority: 'priority',
}

/**
 * Triage of one new ticket, in the worker: predict, store the suggestion
 * once (a retried delivery finds it), then apply the fields the admin set
 * to "auto" whose confidence reaches their threshold.
 */
export async function triageTicket(context: Context, ticket: TicketSnapshot) {
  if (await loadSuggestion(context.db, ticket.id)) return
  const byModel = modelConfigured(context) ? await predictWithModel(context, ticket) : null
  const { engine, modelVersion, prediction } = byModel ?? (await predictOffline(context, ticket))
  const modes = APPLICABLE_FIELDS.map((field) => ({
    field,
    mode: context.settings[`${field}Mode`] ?? 'suggest',
    threshold: context.settings[`${field}Threshold`] ?? 0.9,
  }))
  for (const { field, mode } of modes) {
    if (mode === 'off') delete prediction[FIELD_OF[field]]
  }
  const stored = await saveSuggestion(context.db, ticket, { engine, modelVersion, prediction })
  const automatic = modes
    .filter(({ field, mode, threshold }) => {
      const predicted = stored[FIELD_OF[field]]
      return mode === 'auto' && predicted && predicted.confidence >= threshold
    })
    .map(({ field }) => FIELD_OF[field])
  if (automatic.length) {
    await applyFields(context, ticket.id, automatic, 'auto')
  }
}
