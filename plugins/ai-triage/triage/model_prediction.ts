import type { TicketSnapshot } from '#platform/sdk'
import type { Context } from '../types.js'
import { suggest } from '../engine/model/model_client.js'
import { InvalidModelAnswer, ModelUnavailable } from '../engine/model/errors.js'
import type { ModelSuggestion } from '../engine/model/types.js'
import type { Prediction } from './suggestion.js'

/** The store key of a UTC day's token count, for the budget and the admin page. */
export const tokensKey = (day = new Date()) => `tokens:${day.toISOString().slice(0, 10)}`

/** Whether the admin set the model engine up; otherwise the offline engine answers. */
export function modelConfigured(context: Context) {
  const { engine, baseUrl, model } = context.settings
  return engine === 'model' && !!baseUrl && !!model
}

/**
 * Asks the configured OpenAI-compatible model, through the SDK's guarded
 * fetch, within the day's token budget. Answers null when the model fails
 * or answers something invalid, after counting what it used: the caller
 * falls back to the offline engine.
 */
export async function predictWithModel(context: Context, ticket: TicketSnapshot) {
  const settings = context.settings
  const key = tokensKey()
  const usedToday = (await context.store.get<number>(key)) ?? 0
  try {
    const answer = await suggest({
      title: ticket.title,
      description: ticket.description,
      taxonomy: { groups: await context.taxonomy.tree() },
      settings: {
        baseUrl: settings.baseUrl!,
        model: settings.model!,
        apiKey: settings.apiKey ?? '',
        redact: settings.redact ?? false,
        allowHosts: (settings.allowHosts ?? '')
          .split(',')
          .map((host) => host.trim())
          .filter(Boolean),
      },
      fetch: context.http.fetch.bind(context.http),
      signal: context.signal,
      budget: settings.dailyTokenBudget
        ? { usedToday, dailyBudget: settings.dailyTokenBudget }
        : undefined,
    })
    await context.store.set(key, usedToday + answer.usage.totalTokens)
    return { engine: 'model', modelVersion: answer.modelVersion, prediction: toPrediction(answer) }
  } catch (error) {
    if (error instanceof InvalidModelAnswer || error instanceof ModelUnavailable) {
      const spent = error instanceof InvalidModelAnswer ? (error.usage?.totalTokens ?? 0) : 0
      if (spent) await context.store.set(key, usedToday + spent)
      context.logger.warn({ err: error }, 'model triage failed; the offline engine answers')
      return null
    }
    throw error
  }
}

function toPrediction(answer: ModelSuggestion): Prediction {
  const { confidence } = answer
  const prediction: Prediction = {
    priority: { value: answer.priority, confidence: confidence.priority },
    sentiment: { value: answer.sentiment, confidence: confidence.sentiment },
    language: { value: answer.language, confidence: confidence.language },
    summary: { value: answer.summary, confidence: 1 },
    reply: { value: answer.reply, confidence: 1 },
    escalate: { value: answer.escalate, confidence: confidence.escalate },
  }
  if (answer.groupId !== null)
    prediction.group_id = { value: answer.groupId, confidence: confidence.group }
  if (answer.categoryId !== null)
    prediction.category_id = { value: answer.categoryId, confidence: confidence.category }
  if (answer.subcategoryId !== null) {
    prediction.subcategory_id = { value: answer.subcategoryId, confidence: confidence.subcategory }
  }
  return prediction
}
