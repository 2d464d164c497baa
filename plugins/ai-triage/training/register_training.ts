import type { Context, Hooks } from '../types.js'
import { modelSummaries } from './model_store.js'
import { trainModels, type TrainingReport } from './train_models.js'
import { modelConfigured, tokensKey } from '../triage/model_prediction.js'

const REQUESTED = 'training-requested'
const LAST = 'training-last'
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
    const requested = await context.store.get<boolean>(REQUESTED)
    const last = await context.store.get<string>(LAST)
    if (!requested && last && Date.now() - Date.parse(last) < DAY_MS) return
    await context.store.delete(REQUESTED)
    const report = await trainModels(context)
    await context.store.set(LAST, new Date().toISOString())
    context.logger.info({ report }, 'ai-triage models trained')
  })

  hooks.command(
    'train',
    { description: "Trains the organization's triage models now and prints their evaluation" },
    async (context) => {
      const report = await trainModels(context)
      await context.store.set(LAST, new Date().toISOString())
      for (const line of describe(report)) context.print(line)
    }
  )

  hooks.page('admin', {
    name: 'admin',
    path: '/admin',
    component: 'TriageAdmin',
    title: 'AI triage',
    load: async (_request, context) => ({
      models: modelViews(await modelSummaries(context)),
      trainingRequested: (await context.store.get<boolean>(REQUESTED)) ?? false,
      lastTraining: await context.store.get<string>(LAST),
      engine: modelConfigured(context) ? 'model' : 'offline',
      tokensToday: (await context.store.get<number>(tokensKey())) ?? 0,
      tokensByDay: await tokensByDay(context),
      tokenBudget: context.settings.dailyTokenBudget ?? null,
    }),
  })

  hooks.action({
    name: 'train',
    method: 'post',
    path: '/train',
    handle: async (_request, context) => {
      await context.store.set(REQUESTED, true)
      return { toast: 'Training requested: the worker starts it within a minute.' }
    },
  })
}

function modelViews(models: Awaited<ReturnType<typeof modelSummaries>>) {
  return models.map((model) => ({
    field: model.field,
    version: model.version,
    examples: model.examples,
    classes: model.labels.length,
    metrics: model.metrics as Record<string, number> | null,
    trainedAt: new Date(model.trained_at).toISOString(),
  }))
}

/** The model engine's token use of the last 14 UTC days that used any, newest first. */
async function tokensByDay(context: Context) {
  const entries = await context.store.list('tokens:')
  return entries
    .map((entry) => ({ day: entry.key.slice('tokens:'.length), tokens: Number(entry.value) || 0 }))
    .sort((a, b) => b.day.localeCompare(a.day))
    .slice(0, 14)
}
