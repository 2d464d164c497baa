import { failPermanently, retryLater } from '#platform/sdk'
import { explain, kindOf } from './slack_errors.js'

/** Slack's Retry-After is in seconds; an answer without one waits a minute, as Slack advises. */
export function retryAfterMs(response: Response) {
  const seconds = Number.parseFloat(response.headers.get('retry-after') ?? '')
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds * 1000) : 60_000
}

/** 429 waits (not a failed attempt); 5xx throws, so the platform retries with backoff. */
function transport(response: Response, where: string) {
  if (response.status === 429) {
    throw retryLater(retryAfterMs(response), `Slack rate limit for ${where}`)
  }
  if (response.status >= 500) {
    throw new Error(`Slack answered HTTP ${response.status} for ${where}; retrying`)
  }
}

/** An incoming webhook answers the plain text `ok`, or an error code with a 4xx/5xx status. */
export async function checkWebhookAnswer(response: Response, where: string) {
  transport(response, where)
  const text = await response.text()
  const body = text.trim()
  if (response.status === 200 && body === 'ok') return
  const code = /^[a-z_]+$/.test(body) ? body : `HTTP ${response.status}`
  if (response.status >= 300 && response.status < 400) {
    throw failPermanently(
      `The webhook for ${where} answered a redirect (${response.status}), which is not followed: check the webhook URL.`
    )
  }
  if (kindOf(code) === 'temporary') throw new Error(`Slack answered ${code} for ${where}; retrying`)
  throw failPermanently(explain(code, where))
}

export type ApiAnswer = { ok: boolean; error?: string; [key: string]: unknown }

/** The Web API answers HTTP 200 with `{ ok: false, error }` for most errors. */
export async function checkApiAnswer<T extends ApiAnswer>(
  response: Response,
  where: string,
  /** Errors the caller handles itself: answered, not thrown. */
  handled: readonly string[] = []
): Promise<T> {
  transport(response, where)
  if (response.status >= 300 && response.status < 400) {
    throw failPermanently(
      `The Web API for ${where} answered a redirect (${response.status}), which is not followed: check the Web API base URL.`
    )
  }
  let body: ApiAnswer
  try {
    body = (await response.json()) as ApiAnswer
  } catch {
    throw new Error(`Slack answered HTTP ${response.status} without JSON for ${where}; retrying`)
  }
  if (body.ok) return body as T
  const error = body.error ?? `HTTP ${response.status}`
  if (handled.includes(error)) return body as T
  if (error === 'ratelimited' || error === 'rate_limited') {
    throw retryLater(retryAfterMs(response), `Slack rate limit for ${where}`)
  }
  if (kindOf(error) === 'temporary')
    throw new Error(`Slack answered ${error} for ${where}; retrying`)
  throw failPermanently(explain(error, where))
}
