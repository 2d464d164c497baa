import type { Context } from '../types.js'
import { decodeModel, type OfflineModel } from '../engine/offline_adapter.js'

export const MODEL_FIELDS = ['group', 'category', 'subcategory', 'priority'] as const
export type ModelField = (typeof MODEL_FIELDS)[number]

export type LoadedModel = { field: ModelField; version: number; model: OfflineModel }

type Row = { field: ModelField; version: number; payload: string }

/** Decoded models by organization, field and version: a worker decodes each once. */
const cache = new Map<string, OfflineModel>()

export async function loadModels(
  context: Context
): Promise<Partial<Record<ModelField, LoadedModel>>> {
  const rows = (await context.db
    .from('ai_triage_models')
    .select('field', 'version', 'payload')) as Row[]
  const models: Partial<Record<ModelField, LoadedModel>> = {}
  for (const row of rows) {
    const key = `${context.organizationId}:${row.field}:${row.version}`
    let model = cache.get(key)
    if (!model) {
      model = decodeModel(row.payload)
      cache.set(key, model)
    }
    models[row.field] = { field: row.field, version: row.version, model }
  }
  return models
}

/** What the admin page shows about the stored models. */
export async function modelSummaries(context: Context) {
  return (await context.db
    .from('ai_triage_models')
    .select('field', 'version', 'examples', 'labels', 'metrics', 'trained_at')
    .orderBy('field')) as {
    field: ModelField
    version: number
    examples: number
    labels: string[]
    metrics: Record<string, unknown> | null
    trained_at: Date
  }[]
}

/** Replaces a field's model with a new version. */
export async function storeModel(
  context: Context,
  field: ModelField,
  model: { payload: string; labels: string[]; examples: number; metrics: Record<string, unknown> }
) {
  const previous = (await context.db.from('ai_triage_models').where('field', field).first()) as {
    version: number
  } | null
  const row = {
    field,
    version: (previous?.version ?? 0) + 1,
    examples: model.examples,
    labels: JSON.stringify(model.labels),
    payload: model.payload,
    metrics: JSON.stringify(model.metrics),
    trained_at: new Date(),
  }
  await context.db.insert('ai_triage_models', row).onConflict(['organization_id', 'field']).merge()
  return row.version
}
