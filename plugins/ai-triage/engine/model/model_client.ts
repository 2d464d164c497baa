import OpenAI, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  OpenAIError,
  RateLimitError,
} from 'openai'
import type { ChatCompletion } from 'openai/resources/chat/completions'
import { OutboundRefused, OutboundTimeout } from '#platform/sdk'
import { InvalidModelAnswer, ModelUnavailable } from './errors.js'
import { parseModelAnswer } from './model_answer.js'
import { retryAfterMs, throughOutbound } from './outbound_fetch.js'
import { triageMessages } from './prompt.js'
import { buildTaxonomySchema } from './taxonomy_schema.js'
import { budgetDecision, estimateRequestTokens, estimateTokens } from './token_budget.js'
import type {
  ModelSettings,
  ModelSuggestion,
  OutboundFetch,
  Taxonomy,
  TokenUsage,
} from './types.js'

const DEFAULT_TIMEOUT_MS = 20_000
const DEFAULT_MAX_RETRIES = 2
const DEFAULT_MAX_OUTPUT_TOKENS = 1_000

/** The client insists on a key; a keyless local server gets this and no Authorization header. */
const NO_KEY = 'no-key'

export type SuggestInput = {
  title: string
  description: string
  taxonomy: Taxonomy
  settings: ModelSettings
  /** `context.http.fetch` in the product; any fetch of that shape in tests. */
  fetch: OutboundFetch
  /** `context.signal`: the handler's budget or a worker shutting down stops the call. */
  signal?: AbortSignal
  /** Today's spending; a call that would pass the budget is refused before it goes out. */
  budget?: { usedToday: number; dailyBudget: number | null }
}

/** What a suggestion for this ticket may cost at most, as `budget` checks it. */
export function estimateSuggestionTokens(input: Omit<SuggestInput, 'fetch' | 'signal' | 'budget'>) {
  return prepare(input).estimate
}

function prepare(input: Omit<SuggestInput, 'fetch' | 'signal' | 'budget'>) {
  const schema = buildTaxonomySchema(input.taxonomy)
  const messages = triageMessages(input, schema, { redact: input.settings.redact })
  const maxOutputTokens = input.settings.maxOutputTokens ?? DEFAULT_MAX_OUTPUT_TOKENS
  const estimate = estimateRequestTokens({
    messages,
    responseFormat: schema.responseFormat,
    maxOutputTokens,
  })
  return { schema, messages, maxOutputTokens, estimate }
}

/** A taxonomy too large for any structured answer is a setting to fix, not a crash. */
function preparedOrUnavailable(input: SuggestInput) {
  try {
    return prepare(input)
  } catch (error) {
    if (!(error instanceof RangeError)) throw error
    throw new ModelUnavailable('misconfigured', error.message, { cause: error })
  }
}

/**
 * Asks an OpenAI-compatible server (OpenAI, Azure OpenAI's v1 API,
 * Ollama, vLLM…) to triage one ticket, through the official openai
 * client and the plugin SDK's guarded fetch. The client retries
 * 408/409/429/5xx and connection errors (`maxRetries`), honouring
 * Retry-After within the deadline; everything, waits included, ends at
 * `timeoutMs`. Throws ModelUnavailable (no usable answer came) or
 * InvalidModelAnswer (one came, and was wrong); the caller falls back
 * to the offline engine on either.
 */
export async function suggest(input: SuggestInput): Promise<ModelSuggestion> {
  const { settings } = input
  const { schema, messages, maxOutputTokens, estimate } = preparedOrUnavailable(input)
  if (input.budget) {
    const decision = budgetDecision({ ...input.budget, estimate })
    if (!decision.allowed) {
      throw new ModelUnavailable(
        'over_budget',
        `the daily token budget allows ${decision.remaining} more tokens, this call may take ${estimate}`
      )
    }
  }

  const timeoutMs = settings.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const deadline = AbortSignal.timeout(timeoutMs)
  const refused = new AbortController()
  const signal = AbortSignal.any([
    deadline,
    refused.signal,
    ...(input.signal ? [input.signal] : []),
  ])
  let completion: ChatCompletion
  try {
    const client = new OpenAI({
      baseURL: settings.baseUrl,
      apiKey: settings.apiKey || NO_KEY,
      // Never the installation's OPENAI_* environment: each organization brings its own.
      organization: null,
      project: null,
      defaultHeaders: settings.apiKey ? {} : { Authorization: null },
      // The deadline below ends the call; the client's own per-attempt timeout
      // would start a retry instead, so it is only a backstop here.
      timeout: timeoutMs + 1_000,
      maxRetries: settings.maxRetries ?? DEFAULT_MAX_RETRIES,
      fetch: throughOutbound(input.fetch, {
        allowHosts: settings.allowHosts ?? [],
        deadline: Date.now() + timeoutMs,
        stop: (cause) => refused.abort(cause),
      }),
    })
    completion = await client.chat.completions.create(
      {
        model: settings.model,
        messages,
        response_format: schema.responseFormat,
        max_completion_tokens: maxOutputTokens,
      },
      { signal }
    )
  } catch (error) {
    throw unavailable(error, { deadline, refused: refused.signal, timeoutMs })
  }
  return answerOf(completion, schema.placements, estimate)
}

function answerOf(
  completion: ChatCompletion,
  placements: ReturnType<typeof buildTaxonomySchema>['placements'],
  estimate: number
): ModelSuggestion {
  const choice = completion.choices?.[0]
  const content = choice?.message?.content ?? null
  const usage = usageOf(completion, estimate, content)
  if (choice?.message?.refusal) {
    throw new InvalidModelAnswer(`the model refused: ${choice.message.refusal}`, usage, null)
  }
  if (choice?.finish_reason === 'length') {
    throw new InvalidModelAnswer('the answer was cut off at the token limit', usage, content)
  }
  if (content === null) {
    throw new InvalidModelAnswer('the answer has no content', usage, null)
  }
  return {
    ...parseModelAnswer(content, placements, usage),
    usage,
    modelVersion: completion.model,
    fingerprint: completion.system_fingerprint ?? null,
  }
}

/** The server's count; a server that sends none is charged our estimate, so the budget still holds. */
function usageOf(completion: ChatCompletion, estimate: number, content: string | null): TokenUsage {
  if (completion.usage) {
    return {
      promptTokens: completion.usage.prompt_tokens,
      completionTokens: completion.usage.completion_tokens,
      totalTokens: completion.usage.total_tokens,
    }
  }
  const completionTokens = estimateTokens(content ?? '')
  return { promptTokens: estimate, completionTokens, totalTokens: estimate + completionTokens }
}

/** Whatever went wrong on the way, as one typed error with its cause. */
function unavailable(
  error: unknown,
  call: { deadline: AbortSignal; refused: AbortSignal; timeoutMs: number }
): ModelUnavailable {
  const cause = error instanceof APIConnectionError && error.cause ? error.cause : error
  if (call.refused.aborted || cause instanceof OutboundRefused) {
    const reason = call.refused.reason ?? cause
    return new ModelUnavailable('refused', `the model server was refused: ${message(reason)}`, {
      cause: reason,
    })
  }
  if (
    call.deadline.aborted ||
    error instanceof APIConnectionTimeoutError ||
    cause instanceof OutboundTimeout
  ) {
    return new ModelUnavailable('timeout', `no answer within ${call.timeoutMs} ms`, {
      cause: error,
    })
  }
  if (error instanceof APIUserAbortError) {
    return new ModelUnavailable('aborted', 'the call was stopped', { cause: error })
  }
  if (error instanceof APIConnectionError) {
    return new ModelUnavailable(
      'network',
      `the model server cannot be reached: ${message(cause)}`,
      {
        cause,
      }
    )
  }
  if (error instanceof APIError && error.status !== undefined) {
    return new ModelUnavailable(
      error instanceof RateLimitError ? 'rate_limited' : 'http',
      `the model server answered ${error.status}: ${error.message}`,
      { cause: error, status: error.status, retryAfterMs: retryAfterMs(error.headers) ?? undefined }
    )
  }
  const reason = error instanceof OpenAIError ? 'misconfigured' : 'failed'
  return new ModelUnavailable(reason, `the model could not be asked: ${message(error)}`, {
    cause: error,
  })
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
