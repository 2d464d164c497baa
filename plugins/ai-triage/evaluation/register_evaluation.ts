import type { JsonValue } from '#platform/sdk'
import type { Context, Hooks } from '../types.js'
import { evaluateHistory, type HistoryEvaluation } from './evaluate_history.js'

export const EVALUATION_REQUESTED = 'evaluation-requested'
export const EVALUATION_RUNNING = 'evaluation-running'
export const EVALUATION = 'evaluation'
export const EVALUATION_ERROR = 'evaluation-error'

const percent = (value: number | null) => (value === null ? '–' : `${(value * 100).toFixed(1)} %`)

function describe(evaluation: HistoryEvaluation) {
  const lines = [`${evaluation.tickets} closed tickets, ${evaluation.folds}-fold cross-validation`]
  for (const field of evaluation.fields) {
    if ('skipped' in field) {
      lines.push(`${field.field}: not evaluated (${field.examples} tickets; ${field.skipped})`)
      continue
    }
    lines.push(
      `${field.field}: accuracy ${percent(field.accuracy)} (most common value ${percent(field.majority)}), ` +
        `ECE ${field.ece.toFixed(3)}, coverage at 95 % precision ${percent(field.coverageAt95.coverage)} on ${field.examples} tickets`
    )
    for (const row of field.thresholds) {
      lines.push(
        `  ≥ ${row.threshold.toFixed(2)}: precision ${percent(row.precision)}, applies to ${percent(row.coverage)}`
      )
    }
  }
  return lines
}

/** Runs the evaluation and keeps its result (or its error) for the admin page. */
async function evaluateAndStore(context: Context) {
  await context.store.set(EVALUATION_RUNNING, new Date().toISOString())
  try {
    const evaluation = await evaluateHistory(context)
    await context.store.set(EVALUATION, evaluation as unknown as JsonValue)
    await context.store.delete(EVALUATION_ERROR)
    return evaluation
  } catch (error) {
    await context.store.set(EVALUATION_ERROR, (error as Error).message)
    throw error
  } finally {
    await context.store.delete(EVALUATION_RUNNING)
  }
}

/**
 * "Evaluate on history": within a minute of the admin's request, in the
 * worker (off its event loop), or `node ace ai-triage:evaluate
 * [--organization SLUG]`, which blocks and prints the figures.
 */
export default function registerEvaluation(hooks: Hooks) {
  hooks.schedule('evaluate', { every: '1m', budget: '30m' }, async (context) => {
    if (!(await context.store.get<boolean>(EVALUATION_REQUESTED))) return
    await context.store.delete(EVALUATION_REQUESTED)
    await evaluateAndStore(context)
  })

  hooks.command(
    'evaluate',
    {
      description:
        'Measures the offline engine by cross-validation on closed tickets and prints accuracy and thresholds',
    },
    async (context) => {
      for (const line of describe(await evaluateAndStore(context))) context.print(line)
    }
  )
}
