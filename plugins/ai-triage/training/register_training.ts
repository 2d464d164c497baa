import type { Hooks } from '../types.js'
import { trainModels, type TrainingReport } from './train_models.js'

export const TRAINING_REQUESTED = 'training-requested'
export const LAST_TRAINING = 'training-last'
const DAY_MS = 24 * 3600_000

function describe(report: TrainingReport) {
  return report.map((row) =>
    row.version === null
      ? `${row.field}: not trained (${row.examples} examples, ${row.classes} classes; ${row.skipped})`
      : `${row.field}: version ${row.version} on ${row.examples} tickets, ${row.classes} classes` +
        (row.metrics
          ? `; calibration error (ECE) on ${row.metrics.heldOut} held-out tickets ${row.metrics.eceBefore} → ${row.metrics.ece}`
          : '')
  )
}

/**
 * Training: nightly, or within a minute of "Train now" on the admin page,
 * in the worker; and `node ace ai-triage:train [--organization SLUG]`,
 * which blocks until the models are stored and prints their evaluation.
 */
export default function registerTraining(hooks: Hooks) {
  hooks.schedule('train', { every: '1m', budget: '30m' }, async (context) => {
    const requested = await context.store.get<boolean>(TRAINING_REQUESTED)
    const last = await context.store.get<string>(LAST_TRAINING)
    if (!requested && last && Date.now() - Date.parse(last) < DAY_MS) return
    await context.store.delete(TRAINING_REQUESTED)
    const report = await trainModels(context)
    await context.store.set(LAST_TRAINING, new Date().toISOString())
    context.logger.info({ report }, 'ai-triage models trained')
  })

  hooks.command(
    'train',
    { description: "Trains the organization's triage models now and prints their evaluation" },
    async (context) => {
      const report = await trainModels(context)
      await context.store.set(LAST_TRAINING, new Date().toISOString())
      for (const line of describe(report)) context.print(line)
    }
  )
}
