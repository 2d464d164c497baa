import type { Context } from '../types.js'
import { trainInThread } from '../engine/in_thread.js'
import { closedTickets, labelled } from './closed_tickets.js'
import { MODEL_FIELDS, storeModel, type ModelField } from './model_store.js'

/** The newest closed and resolved tickets a training reads, to stay within the thread's heap. */
const MAX_EXAMPLES = 50_000
/** A field needs this many labelled tickets, in at least two classes, before it is learnt. */
export const MIN_EXAMPLES = 20

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
 * agents corrected them — each in a worker thread, and stores each with
 * its version.
 */
export async function trainModels(context: Context): Promise<TrainingReport> {
  const examples = await closedTickets(context, MAX_EXAMPLES)
  const report: TrainingReport = []
  for (const field of MODEL_FIELDS) {
    const rows = labelled(examples, field)
    const classes = new Set(rows.map((example) => example.label)).size
    if (rows.length < MIN_EXAMPLES || classes < 2) {
      report.push({
        field,
        examples: rows.length,
        classes,
        version: null,
        skipped: `needs ${MIN_EXAMPLES} closed tickets in at least two classes`,
      })
      continue
    }
    const trained = await trainInThread(rows, context.signal)
    const version = await storeModel(context, field, { ...trained, examples: rows.length })
    report.push({ field, examples: rows.length, classes, version, metrics: trained.metrics })
  }
  return report
}
