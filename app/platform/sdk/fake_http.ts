import type { OutboundHttp, OutboundRequest } from '#platform/host'

/** One request a plugin sent, as a test reads it back. */
export type RecordedRequest = {
  method: string
  url: string
  headers: Record<string, string>
  /** The body as text; null without one. */
  body: string | null
  /** The body parsed as JSON. */
  json<T = unknown>(): T
}

export type FakeRoute = (request: Request) => Response | Promise<Response>

export type FakeHttp = OutboundHttp & {
  /** Every request, in order, answered or not. */
  calls: RecordedRequest[]
  /** Requests no route matched (each also threw in the plugin). */
  unmatched: RecordedRequest[]
}

export class UnexpectedRequest extends Error {}

/**
 * A stand-in for `context.http`: routes are `"METHOD https://host/path"`
 * (query string ignored, or included to match it exactly) answered by a
 * function of the `Request`. A request no route matches throws
 * `UnexpectedRequest` naming it and the routes there are, so a test never
 * reaches the network by accident.
 *
 *   const http = fakeHttp({
 *     'POST https://slack.com/api/chat.postMessage': () => Response.json({ ok: true, ts: '1.2' }),
 *   })
 */
export function fakeHttp(routes: Record<string, FakeRoute>): FakeHttp {
  const calls: RecordedRequest[] = []
  const unmatched: RecordedRequest[] = []
  return {
    calls,
    unmatched,
    async fetch(url: string | URL, init: OutboundRequest = {}) {
      // Request ignores the real client's own options (allowHosts, timeoutMs).
      const request = new Request(url, init)
      const body = request.body ? await request.clone().text() : null
      const recorded: RecordedRequest = {
        method: request.method,
        url: request.url,
        headers: Object.fromEntries(request.headers),
        body,
        json: <T>() => JSON.parse(body ?? 'null') as T,
      }
      calls.push(recorded)
      const target = new URL(request.url)
      const route =
        routes[`${request.method} ${request.url}`] ??
        routes[`${request.method} ${target.origin}${target.pathname}`]
      if (!route) {
        unmatched.push(recorded)
        throw new UnexpectedRequest(
          `fakeHttp: no route for ${request.method} ${request.url}; routes: ${
            Object.keys(routes).join(', ') || 'none'
          }`
        )
      }
      return route(request)
    },
  }
}
