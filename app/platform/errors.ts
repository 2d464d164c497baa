/**
 * The errors of the plugin SDK: what the host API throws at a plugin, and
 * what a plugin throws to steer its own retries.
 */

/** Base of every error the host API throws; `code` is stable, the message is for logs. */
export class HostError extends Error {
  constructor(
    message: string,
    public code: string
  ) {
    super(message)
    this.name = new.target.name
  }
}

/** The record does not exist in the handler's organization (another organization's rows included). */
export class HostNotFound extends HostError {
  constructor(what: string, id: number | string) {
    super(`${what} ${id} was not found in this organization`, 'not_found')
  }
}

/** The write was refused by the same validation a person's would meet; `fields` says why, per field. */
export class HostValidationError extends HostError {
  constructor(public fields: Record<string, string>) {
    super(
      `refused: ${Object.entries(fields)
        .map(([field, message]) => `${field}: ${message}`)
        .join('; ')}`,
      'validation'
    )
  }
}

/** An outbound request the guard refused: a private target, or a scheme other than http(s). */
export class OutboundRefused extends HostError {
  constructor(
    public host: string,
    reason: string
  ) {
    super(`request to ${host} refused: ${reason}`, 'outbound_refused')
  }
}

/** An outbound request that did not answer within its timeout. */
export class OutboundTimeout extends HostError {
  constructor(
    public host: string,
    timeoutMs: number
  ) {
    super(`request to ${host} timed out after ${timeoutMs} ms`, 'outbound_timeout')
  }
}

/** Thrown by an event handler: try again after `delayMs`; not counted as a failed attempt. */
export class RetryLater extends Error {
  constructor(
    public delayMs: number,
    public reason?: string
  ) {
    super(`${reason ? `${reason}: ` : ''}retry in ${delayMs} ms`)
    this.name = 'RetryLater'
  }
}

/** Thrown by an event handler: retrying cannot help; the delivery goes to the dead letters now. */
export class PermanentFailure extends Error {
  constructor(public reason: string) {
    super(reason)
    this.name = 'PermanentFailure'
  }
}

/** `throw retryLater(30_000, 'rate limited')`, e.g. for Slack's Retry-After. */
export function retryLater(delayMs: number, reason?: string) {
  return new RetryLater(Math.max(0, Math.round(delayMs)), reason)
}

/** `throw failPermanently('the token was revoked')`. */
export function failPermanently(reason: string) {
  return new PermanentFailure(reason)
}
