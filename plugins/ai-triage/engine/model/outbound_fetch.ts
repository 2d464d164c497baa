import type { ClientOptions } from 'openai'
import { OutboundRefused } from '#platform/sdk'
import type { OutboundFetch } from './types.js'

export type ClientFetch = NonNullable<ClientOptions['fetch']>

/**
 * The guard's own timeout is set a little past the suggestion's deadline,
 * so the deadline (which the openai client understands) normally fires
 * first and the guard's is only the backstop for a body read too long.
 */
const GUARD_GRACE_MS = 250

/** How long a 429/503 asks us to wait: `retry-after-ms`, or `retry-after` in seconds or as a date. */
export function retryAfterMs(headers: Headers | undefined): number | null {
  const millis = Number.parseFloat(headers?.get('retry-after-ms') ?? '')
  if (!Number.isNaN(millis)) return millis
  const value = headers?.get('retry-after')
  if (!value) return null
  const seconds = Number.parseFloat(value)
  if (!Number.isNaN(seconds)) return seconds * 1000
  const date = Date.parse(value)
  return Number.isNaN(date) ? null : Math.max(0, date - Date.now())
}

/**
 * The openai client honours Retry-After however long it is. A wait that
 * would end past the deadline is pointless (the caller falls back
 * anyway), so such an answer is marked `x-should-retry: false`, which
 * the client obeys: it fails now, with the 429 and its Retry-After.
 */
function withinDeadline(response: Response, deadline: number) {
  const wait = response.ok ? null : retryAfterMs(response.headers)
  if (wait === null || Date.now() + wait < deadline) return response
  const headers = new Headers(response.headers)
  headers.set('x-should-retry', 'false')
  return new Response(response.body, {
    status: response.status,
    statusText: response.statusText,
    headers,
  })
}

/**
 * The openai client's `fetch`, made of `context.http.fetch`: every
 * request of the client (and each retry) goes through the plugin SDK's
 * guard, with the admin's `allowHosts` for a model server inside the
 * network. A refused target is final: `stop` aborts the client's signal,
 * so it does not retry what the guard will refuse again.
 */
export function throughOutbound(
  fetch: OutboundFetch,
  call: { allowHosts: string[]; deadline: number; stop(cause: unknown): void }
): ClientFetch {
  return async (input, init) => {
    if (input instanceof Request) {
      throw new TypeError('the openai client passes a URL and an init, never a Request')
    }
    try {
      const response = await fetch(input, {
        ...init,
        allowHosts: call.allowHosts,
        timeoutMs: Math.max(1, call.deadline - Date.now()) + GUARD_GRACE_MS,
      })
      return withinDeadline(response, call.deadline)
    } catch (error) {
      if (error instanceof OutboundRefused) call.stop(error)
      throw error
    }
  }
}
