import type { Priority, TaxonomyGroup } from '#platform/sdk'

/** The organization's active taxonomy, as `context.taxonomy.tree()` answers it. */
export type Taxonomy = { groups: TaxonomyGroup[] }

export type Sentiment = 'negative' | 'neutral' | 'positive'

export const PRIORITIES = [
  'low',
  'medium',
  'high',
  'critical',
] as const satisfies readonly Priority[]
export const SENTIMENTS = [
  'negative',
  'neutral',
  'positive',
] as const satisfies readonly Sentiment[]

/** Each predicted field's confidence, 0..1. Summary and reply are written, not predicted. */
export type Confidences = {
  group: number
  category: number
  subcategory: number
  priority: number
  sentiment: number
  language: number
  escalate: number
}

/** What the model says about a ticket, with ids checked against the taxonomy. */
export type ModelFields = {
  groupId: number | null
  categoryId: number | null
  subcategoryId: number | null
  priority: Priority
  sentiment: Sentiment
  /** ISO 639-1, lower case. */
  language: string
  summary: string
  reply: string
  escalate: boolean
  confidence: Confidences
}

export type TokenUsage = { promptTokens: number; completionTokens: number; totalTokens: number }

export type ModelSuggestion = ModelFields & {
  usage: TokenUsage
  /** The model that answered, as the server names it (e.g. `gpt-4o-2024-08-06`). */
  modelVersion: string
  /** The server's `system_fingerprint`, when it sends one. */
  fingerprint: string | null
}

/** The admin's model settings (Admin → Plugins); `apiKey` is a secret there. */
export type ModelSettings = {
  /** Any OpenAI-compatible API root, e.g. `https://api.openai.com/v1`, `http://ollama.internal:11434/v1`. */
  baseUrl: string
  model: string
  /** Empty for a local server that wants none: no Authorization header is sent then. */
  apiKey: string
  /** Strip e-mail addresses and phone numbers before anything leaves. */
  redact: boolean
  /** The whole suggestion's deadline, retries and Retry-After waits included; 20 000 when left out. */
  timeoutMs?: number
  /** Retries of 408/409/429/5xx and connection errors; 2 when left out. */
  maxRetries?: number
  /** Host names of a model server inside the network (Ollama, vLLM) that `context.http` may reach. */
  allowHosts?: string[]
  /** Upper bound of the answer's tokens; 1 000 when left out. */
  maxOutputTokens?: number
}

/** `context.http.fetch`'s shape; the global `fetch` fits it too. */
export type OutboundFetch = (
  url: string | URL,
  init?: RequestInit & { allowHosts?: string[]; timeoutMs?: number }
) => Promise<Response>
