import { DateTime } from 'luxon'
import { periodSchema, resolvePeriod } from '#platform/sdk'
import type { Context, Hooks } from '../types.js'
import {
  EVALUATION,
  EVALUATION_ERROR,
  EVALUATION_REQUESTED,
  EVALUATION_RUNNING,
} from '../evaluation/register_evaluation.js'
import { MAX_EVALUATED } from '../evaluation/evaluate_history.js'
import { accuracyReport } from '../report/accuracy_report.js'
import { modelSummaries } from '../training/model_store.js'
import { LAST_TRAINING, TRAINING_REQUESTED } from '../training/register_training.js'
import { modelConfigured, tokensKey } from '../triage/model_prediction.js'

/**
 * Admin → AI triage: the engine and its token use, the models, the
 * accuracy report for a period (`?from=YYYY-MM-DD&to=YYYY-MM-DD&tz=…`), and
 * "Train now" / "Evaluate on history", which the worker picks up within
 * a minute.
 */
export default function registerAdmin(hooks: Hooks) {
  hooks.page('admin', {
    name: 'admin',
    path: '/admin',
    component: 'TriageAdmin',
    title: 'AI triage',
    load: async (request, context) => {
      const period = resolvePeriod(await request.validate(periodSchema), DateTime.now())
      return {
        models: modelViews(await modelSummaries(context)),
        trainingRequested: (await context.store.get<boolean>(TRAINING_REQUESTED)) ?? false,
        lastTraining: await context.store.get<string>(LAST_TRAINING),
        engine: modelConfigured(context) ? 'model' : 'offline',
        tokensToday: (await context.store.get<number>(tokensKey())) ?? 0,
        tokensByDay: await tokensByDay(context),
        tokenBudget: context.settings.dailyTokenBudget ?? null,
        period: { from: period.from, to: period.to, zone: period.zone },
        accuracy: await accuracyReport(context, period),
        evaluation: {
          requested: (await context.store.get<boolean>(EVALUATION_REQUESTED)) ?? false,
          runningSince: await context.store.get<string>(EVALUATION_RUNNING),
          error: await context.store.get<string>(EVALUATION_ERROR),
          /** A HistoryEvaluation (evaluation/evaluate_history.ts), stored as JSON. */
          result: await context.store.get(EVALUATION),
          maxTickets: MAX_EVALUATED,
        },
      }
    },
  })

  hooks.action({
    name: 'train',
    method: 'post',
    path: '/train',
    handle: async (_request, context) => {
      await context.store.set(TRAINING_REQUESTED, true)
      return { toast: 'Training requested: the worker starts it within a minute.' }
    },
  })

  hooks.action({
    name: 'evaluate',
    method: 'post',
    path: '/evaluate',
    handle: async (_request, context) => {
      await context.store.set(EVALUATION_REQUESTED, true)
      return { toast: 'Evaluation requested: the worker starts it within a minute.' }
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
