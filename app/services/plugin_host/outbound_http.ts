import { lookup as dnsLookup, type LookupAddress } from 'node:dns'
import http from 'node:http'
import https from 'node:https'
import { isIP, type LookupFunction } from 'node:net'
import { Readable } from 'node:stream'
import { OutboundRefused, OutboundTimeout } from '#platform/errors'
import type { HostScope, OutboundHttp, OutboundRequest } from '#platform/host'
import { refusalOf } from '#services/plugin_host/address_policy'

const MAX_REDIRECTS = 5
const DEFAULT_TIMEOUT_MS = 10_000
const NULL_BODY = new Set([101, 204, 205, 304])
/** Headers that must not follow a redirect to another host. */
const CREDENTIALS = ['authorization', 'cookie', 'proxy-authorization']

/**
 * Resolves the name, refuses it when any of its addresses is private, and
 * hands the socket exactly the addresses it checked: the connection goes
 * to what was checked, so a second DNS answer cannot slip in between
 * (DNS rebinding).
 */
function guardedLookup(host: string): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        return callback(error, '', 0)
      }
      const refused = addresses.map((entry) => refusalOf(entry.address)).find(Boolean)
      if (refused || addresses.length === 0) {
        const reason = refused ?? 'the name has no address'
        return callback(new OutboundRefused(host, reason), '', 0)
      }
      if (options.all) {
        return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses)
      }
      callback(null, addresses[0].address, addresses[0].family)
    })
  }
}

type Hop = { url: URL; method: string; headers: Headers; body: Buffer | null }

function send(hop: Hop, allowed: boolean, signal: AbortSignal): Promise<http.IncomingMessage> {
  const host = hop.url.hostname
  const client = hop.url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const request = client.request(
      hop.url,
      {
        method: hop.method,
        headers: Object.fromEntries(hop.headers),
        signal,
        ...(allowed ? {} : { lookup: guardedLookup(host) }),
      },
      resolve
    )
    request.on('error', reject)
    request.end(hop.body ?? undefined)
  })
}

/** The hop a redirect leads to, as fetch would follow it. */
function redirected(hop: Hop, status: number, location: string): Hop {
  const url = new URL(location, hop.url)
  const headers = new Headers(hop.headers)
  if (url.host !== hop.url.host) {
    CREDENTIALS.forEach((name) => headers.delete(name))
  }
  if (status === 303 || ((status === 301 || status === 302) && hop.method === 'POST')) {
    headers.delete('content-type')
    headers.delete('content-length')
    return { url, method: hop.method === 'HEAD' ? 'HEAD' : 'GET', headers, body: null }
  }
  return { ...hop, url, headers }
}

/**
 * `context.http.fetch`: the platform's fetch, with the target checked
 * after DNS resolution and again on every redirect (followed here, at most
 * five), unless its host name is in `allowHosts`. Only http and https.
 */
export function outboundHttp(scope: HostScope): OutboundHttp {
  return {
    async fetch(input, init: OutboundRequest = {}) {
      const { allowHosts = [], timeoutMs = DEFAULT_TIMEOUT_MS, ...rest } = init
      const allow = new Set(allowHosts.map((name) => name.toLowerCase()))
      const follow = rest.redirect ?? 'follow'
      const request = new Request(input, { ...rest, redirect: 'manual' })
      const timeout = AbortSignal.timeout(timeoutMs)
      const signal = AbortSignal.any([timeout, scope.signal, ...(rest.signal ? [rest.signal] : [])])

      let hop: Hop = {
        url: new URL(request.url),
        method: request.method,
        headers: new Headers(request.headers),
        body: request.body ? Buffer.from(await request.arrayBuffer()) : null,
      }
      for (let redirects = 0; ; redirects++) {
        const host = hop.url.hostname
        if (hop.url.protocol !== 'http:' && hop.url.protocol !== 'https:') {
          throw new OutboundRefused(
            host || hop.url.href,
            `${hop.url.protocol} is not http or https`
          )
        }
        const allowed = allow.has(host.toLowerCase())
        const literal = isIP(host.replace(/^\[|\]$/g, '')) ? refusalOf(host) : null
        if (!allowed && literal) {
          throw new OutboundRefused(host, literal)
        }
        let response: http.IncomingMessage
        try {
          response = await send(hop, allowed, signal)
        } catch (error) {
          if (timeout.aborted) {
            throw new OutboundTimeout(host, timeoutMs)
          }
          throw error
        }
        const status = response.statusCode ?? 0
        const location = response.headers.location
        if (status >= 300 && status < 400 && location && follow !== 'manual') {
          response.resume()
          if (follow === 'error') {
            throw new OutboundRefused(host, `redirected to ${location}`)
          }
          if (redirects >= MAX_REDIRECTS) {
            throw new OutboundRefused(host, `more than ${MAX_REDIRECTS} redirects`)
          }
          hop = redirected(hop, status, location)
          continue
        }
        return toResponse(response, hop.url, signal, () =>
          timeout.aborted ? new OutboundTimeout(host, timeoutMs) : signal.reason
        )
      }
    },
  }
}

/** The answer as a fetch Response; the timeout and the signal still stop a body being read. */
function toResponse(
  message: http.IncomingMessage,
  url: URL,
  signal: AbortSignal,
  reason: () => unknown
) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(message.headers)) {
    for (const one of [value ?? []].flat()) headers.append(name, one)
  }
  const status = message.statusCode ?? 0
  const stop = () => message.destroy(reason() as Error)
  signal.addEventListener('abort', stop, { once: true })
  message.once('close', () => signal.removeEventListener('abort', stop))
  let body: ReadableStream<Uint8Array> | null = null
  if (NULL_BODY.has(status)) {
    message.resume()
  } else {
    body = Readable.toWeb(message) as ReadableStream<Uint8Array>
  }
  const response = new Response(body, { status, statusText: message.statusMessage, headers })
  Object.defineProperty(response, 'url', { value: url.href })
  return response
}
