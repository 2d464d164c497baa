import type { Context } from '../types.js'
import { trainModel } from '../engine/offline_adapter.js'
import { MODEL_FIELDS, storeModel, type ModelField } from './model_store.js'

/** The newest closed and resolved tickets a training reads, to stay within the worker's heap. */
const MAX_EXAMPLES = 50_000
/** A field needs this many labelled tickets, in at least two classes, before it is learnt. */
const MIN_EXAMPLES = 20

type Example = { text: string; labels: Partial<Record<ModelField, string>> }

export type TrainingReport = {
  field: ModelField
  examples: number
  classes: number
  version: number | null
  skipped?: string
  metrics?: Record<string, unknown>
}[]

/**
 * Trains one model per field on the organization's closed and resolved
 * tickets — their final group, category, subcategory and priority, after
 * agents corrected them — and stores each with its version.
 */
export async function trainModels(context: Context): Promise<TrainingReport> {
  const examples = await closedTickets(context)
  const report: TrainingReport = []
  for (const field of MODEL_FIELDS) {
    const labelled = examples
      .filter((example) => example.labels[field] !== undefined)
      .map((example) => ({ text: example.text, label: example.labels[field]! }))
    const classes = new Set(labelled.map((example) => example.label)).size
    if (labelled.length < MIN_EXAMPLES || classes < 2) {
      report.push({
        field,
        examples: labelled.length,
        classes,
        version: null,
        skipped: `needs ${MIN_EXAMPLES} closed tickets in at least two classes`,
      })
      continue
    }
    const trained = trainModel(labelled)
    const version = await storeModel(context, field, { ...trained, examples: labelled.length })
    report.push({ field, examples: labelled.length, classes, version, metrics: trained.metrics })
  }
  return report
}

async function closedTickets(context: Context) {
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
    if (examples.length > MAX_EXAMPLES) examples.splice(0, examples.length - MAX_EXAMPLES)
    cursor = page.nextCursor
  } while (cursor && !context.signal.aborted)
  return examples
}
