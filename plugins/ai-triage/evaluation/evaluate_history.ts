import type { TaxonomyGroup } from '#platform/sdk'
import type { Context } from '../types.js'
import { crossValidateInThread, type EvaluationSummary } from '../engine/in_thread.js'
import { closedTickets, labelled } from '../training/closed_tickets.js'
import { MIN_EXAMPLES } from '../training/train_models.js'
import { MODEL_FIELDS, type ModelField } from '../training/model_store.js'
import { collapseConfusion, OTHER } from './confusion.js'

/**
 * Cross-validation reads the newest this many closed tickets: five fits
 * per field, about 50 s per field at 5,000 tickets on two cores.
 */
export const MAX_EVALUATED = 10_000
const FOLDS = 5
/** Labels the confusion table shows by name; the rest are summed as "Other". */
const CONFUSION_LABELS = 8

export type FieldReport = {
  field: ModelField
  examples: number
  /** How often always answering the most common value would be right. */
  majority: number
} & (
  | { skipped: string }
  | (Omit<EvaluationSummary, 'labels' | 'confusion'> & {
      labels: string[]
      confusion: number[][]
    })
)

export type HistoryEvaluation = {
  evaluatedAt: string
  tickets: number
  folds: number
  fields: FieldReport[]
}

/**
 * "Evaluate on history": the offline engine measured by 5-fold
 * cross-validation on the organization's own closed tickets, each scored
 * by a model fitted on folds that exclude it, per field: accuracy beside
 * the majority-class share, calibration error, the confusion table with
 * names, and the thresholds table (precision and share auto-applied).
 */
export async function evaluateHistory(context: Context): Promise<HistoryEvaluation> {
  const examples = await closedTickets(context, MAX_EVALUATED)
  const names = labelNames(await context.taxonomy.tree())
  const fields: FieldReport[] = []
  for (const field of MODEL_FIELDS) {
    const rows = labelled(examples, field)
    const counts = new Map<string, number>()
    for (const row of rows) counts.set(row.label, (counts.get(row.label) ?? 0) + 1)
    const majority = rows.length ? Math.max(0, ...counts.values()) / rows.length : 0
    const base = { field, examples: rows.length, majority }
    if (rows.length < MIN_EXAMPLES * FOLDS || counts.size < 2) {
      fields.push({
        ...base,
        skipped: `needs ${MIN_EXAMPLES * FOLDS} closed tickets in at least two classes`,
      })
      continue
    }
    const { labels, confusion, ...figures } = await crossValidateInThread(
      rows,
      FOLDS,
      context.signal
    )
    const table = collapseConfusion(labels, confusion, CONFUSION_LABELS)
    fields.push({
      ...base,
      ...figures,
      labels: table.labels.map((label) => names(field, label)),
      confusion: table.counts,
    })
  }
  return { evaluatedAt: new Date().toISOString(), tickets: examples.length, folds: FOLDS, fields }
}

/** "Hardware" for a category id; an id no longer in the active taxonomy shows as "#12". */
function labelNames(tree: TaxonomyGroup[]) {
  const byId = new Map<string, string>()
  for (const group of tree) {
    byId.set(`group:${group.id}`, group.name)
    for (const category of group.categories) {
      byId.set(`category:${category.id}`, category.name)
      for (const sub of category.subcategories) byId.set(`subcategory:${sub.id}`, sub.name)
    }
  }
  return (field: ModelField, label: string) =>
    field === 'priority' || label === OTHER ? label : (byId.get(`${field}:${label}`) ?? `#${label}`)
}
