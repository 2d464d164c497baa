import type { TokenUsage } from './types.js'

/**
 * Why the model could not be asked or did not answer; the caller falls
 * back to the offline engine. `timeout`, `rate_limited` and `network`
 * may pass by themselves, `over_budget` tomorrow; `refused`,
 * `misconfigured` and `http` 4xx usually need a setting fixed.
 */
export type UnavailableReason =
  | 'timeout'
  | 'aborted'
  | 'rate_limited'
  | 'refused'
  | 'network'
  | 'http'
  | 'over_budget'
  | 'misconfigured'
  | 'failed'

export class ModelUnavailable extends Error {
  override name = 'ModelUnavailable'

  constructor(
    public reason: UnavailableReason,
    message: string,
    options: { cause?: unknown; status?: number; retryAfterMs?: number } = {}
  ) {
    super(message, { cause: options.cause })
    this.status = options.status ?? null
    this.retryAfterMs = options.retryAfterMs ?? null
  }

  /** The HTTP status the server answered, when it answered. */
  status: number | null
  /** How long the server asked us to wait (429/503 `retry-after`), when it said. */
  retryAfterMs: number | null
}

/**
 * The model answered, but not with something we can use: not JSON, a
 * field missing or out of range, a placement that is not in the
 * taxonomy, a refusal or a truncated answer. Its tokens were spent all
 * the same, so `usage` is there for the daily budget.
 */
export class InvalidModelAnswer extends Error {
  override name = 'InvalidModelAnswer'

  constructor(
    message: string,
    public usage: TokenUsage | null,
    public content: string | null
  ) {
    super(message)
  }
}
