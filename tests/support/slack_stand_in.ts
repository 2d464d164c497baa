import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'
import { renderChannels } from './slack_stand_in_view.js'

/**
 * A stand-in for Slack in tests: a real HTTP server on 127.0.0.1 that
 * answers as Slack does (see /work/shared/fixtures/integrations/slack):
 * incoming webhooks answer the plain text `ok`, or an error code with its
 * HTTP status (incoming_webhook_error_responses.csv); the Web API answers
 * JSON `{ ok: true, … }` or HTTP 200 `{ ok: false, error }`, and 429 with
 * `Retry-After` when rate limited. Messages are kept per channel, with
 * their threads and metadata, so history and replies can be read back;
 * `GET /` shows them as a page (slack_stand_in_view.ts).
 */

export type StoredMessage = {
  type: 'message'
  user: string
  ts: string
  text: string
  blocks?: unknown[]
  thread_ts?: string
  metadata?: { event_type: string; event_payload: Record<string, unknown> }
  edited?: { user: string; ts: string }
}

/** A scripted answer to the next call of a method (or webhook path). */
export type Scripted =
  | { kind: 'error'; error: string; status?: number }
  | { kind: 'rate_limited'; retryAfter: number }
  | { kind: 'http'; status: number; body?: string }
  /** Slack takes the message, but the answer never arrives (a crash or a cut connection). */
  | { kind: 'accept_then_drop' }
  | { kind: 'redirect'; location: string }
  /** Answers as usual (to script the call after this one). */
  | { kind: 'pass' }
  /** Never answers: the client's timeout decides. */
  | { kind: 'hang' }

export type Call = { method: string; path: string; authorization?: string; body: any; raw: string }

/** The documented incoming-webhook error answers (incoming_webhook_error_responses.csv). */
export const WEBHOOK_ERRORS = [
  { status: 400, error: 'invalid_payload' },
  { status: 400, error: 'user_not_found' },
  { status: 403, error: 'action_prohibited' },
  { status: 404, error: 'channel_not_found' },
  { status: 410, error: 'channel_is_archived' },
  { status: 500, error: 'rollup_error' },
] as const

export const BOT_TOKEN = 'xoxb-stand-in-token'

export class SlackStandIn {
  calls: Call[] = []
  channels = new Map<string, StoredMessage[]>()
  webhookMessages: any[] = []
  private scripts = new Map<string, Scripted[]>()
  /** Microseconds of the last ts given. */
  private clock = 0
  private constructor(private server: http.Server) {}

  static async start() {
    const standIn: SlackStandIn = new SlackStandIn(
      http.createServer((req, res) => standIn.handle(req, res))
    )
    standIn.server.listen(0, '127.0.0.1')
    await once(standIn.server, 'listening')
    return standIn
  }

  get origin() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }
  get host() {
    return `127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }
  get apiBaseUrl() {
    return `${this.origin}/api/`
  }
  webhookUrl(name = 'T000/B000/XXXX') {
    return `${this.origin}/services/${name}`
  }

  /** The next call of `method` (`chat.postMessage`, or `webhook`) answers this. */
  script(method: string, ...answers: Scripted[]) {
    this.scripts.set(method, [...(this.scripts.get(method) ?? []), ...answers])
  }

  posts() {
    return this.calls.filter((call) => call.method === 'chat.postMessage')
  }
  messages(channel: string) {
    return this.channels.get(channel) ?? []
  }
  topLevel(channel: string) {
    return this.messages(channel).filter(
      (message) => !message.thread_ts || message.thread_ts === message.ts
    )
  }
  replies(channel: string, ts: string) {
    return this.messages(channel).filter((message) => message.thread_ts === ts && message.ts !== ts)
  }

  close() {
    this.server.closeAllConnections()
    return new Promise<void>((resolve) => this.server.close(() => resolve()))
  }

  /** Every answer waits this long first: a slow Slack. */
  answerDelayMs = 0

  private async handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let raw = ''
    for await (const chunk of req) raw += chunk
    if (this.answerDelayMs > 0) await sleep(this.answerDelayMs)
    const url = new URL(req.url ?? '/', this.origin)
    if (req.method === 'GET' && url.pathname === '/') {
      const html = renderChannels(this.channels, (channel, ts) => this.replies(channel, ts))
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html)
    }
    const method = url.pathname.startsWith('/services/')
      ? 'webhook'
      : url.pathname.replace(/^\/api\//, '')
    let body: any = Object.fromEntries(url.searchParams)
    try {
      if (raw) body = JSON.parse(raw)
    } catch {
      body = null
    }
    this.calls.push({
      method,
      path: url.pathname,
      authorization: req.headers.authorization,
      body,
      raw,
    })
    const scripted = this.scripts.get(method)?.shift()
    if (scripted && this.scriptedAnswer(scripted, method, body, res)) return
    if (method === 'webhook') return this.webhook(body, res)
    if (req.headers.authorization !== `Bearer ${BOT_TOKEN}`)
      return json(res, { ok: false, error: 'invalid_auth' })
    switch (method) {
      case 'chat.postMessage':
        return json(res, this.postMessage(body))
      case 'chat.update':
        return json(res, this.update(body))
      case 'conversations.history':
      case 'conversations.replies':
        return json(res, this.read(method, body))
      default:
        return json(res, { ok: false, error: 'unknown_method' })
    }
  }

  /** True when the scripted answer was sent (accept_then_drop posts first, then cuts). */
  private scriptedAnswer(scripted: Scripted, method: string, body: any, res: http.ServerResponse) {
    switch (scripted.kind) {
      case 'error':
        if (method === 'webhook') {
          res.writeHead(scripted.status ?? 400, { 'content-type': 'text/html' }).end(scripted.error)
        } else {
          json(res, { ok: false, error: scripted.error }, scripted.status ?? 200)
        }
        return true
      case 'rate_limited':
        res.writeHead(429, {
          'retry-after': String(scripted.retryAfter),
          'content-type': 'text/plain',
        })
        res.end(
          method === 'webhook'
            ? 'rate_limited'
            : JSON.stringify({ ok: false, error: 'ratelimited' })
        )
        return true
      case 'http':
        res.writeHead(scripted.status, { 'content-type': 'text/plain' }).end(scripted.body ?? '')
        return true
      case 'redirect':
        res.writeHead(302, { location: scripted.location }).end()
        return true
      case 'hang':
        return true
      case 'pass':
        return false
      case 'accept_then_drop':
        if (method === 'webhook') this.webhookMessages.push(body)
        else this.postMessage(body)
        res.socket?.destroy()
        return true
    }
  }

  private webhook(body: any, res: http.ServerResponse) {
    if (!body || (!body.text && !body.blocks)) {
      return res
        .writeHead(400, { 'content-type': 'text/html' })
        .end(body ? 'no_text' : 'invalid_payload')
    }
    this.webhookMessages.push(body)
    res.writeHead(200, { 'content-type': 'text/html' }).end('ok')
  }

  /** Slack's ts: the post's time in seconds with microseconds, unique and rising per server. */
  private nextTs() {
    this.clock = Math.max(this.clock + 1, Date.now() * 1000)
    return `${Math.floor(this.clock / 1e6)}.${String(this.clock % 1e6).padStart(6, '0')}`
  }

  /** A person writes in the channel (messages that are not ours). */
  someoneWrites(channel: string, text: string) {
    return this.postMessage({ channel, text }).ts as string
  }

  /** A person deletes a message in Slack (a thread's first message, say). */
  deleteMessage(channel: string, ts: string) {
    const list = this.messages(channel)
    this.channels.set(
      channel,
      list.filter((message) => message.ts !== ts)
    )
  }

  private postMessage(body: any) {
    if (!body?.channel || !/^[CGD][A-Z0-9]+$/.test(body.channel))
      return { ok: false, error: 'channel_not_found' }
    if (!body.text && !body.blocks) return { ok: false, error: 'no_text' }
    const list = this.channels.get(body.channel) ?? []
    if (body.thread_ts && !list.some((message) => message.ts === body.thread_ts)) {
      return { ok: false, error: 'thread_not_found' }
    }
    const message: StoredMessage = {
      type: 'message',
      user: 'U0BOTUSER',
      ts: this.nextTs(),
      text: body.text ?? '',
      blocks: body.blocks,
      ...(body.thread_ts ? { thread_ts: body.thread_ts } : {}),
      ...(body.metadata ? { metadata: body.metadata } : {}),
    }
    list.push(message)
    this.channels.set(body.channel, list)
    return { ok: true, channel: body.channel, ts: message.ts, message }
  }

  private update(body: any) {
    const message = this.messages(body?.channel).find((entry) => entry.ts === body?.ts)
    if (!message) return { ok: false, error: 'message_not_found' }
    Object.assign(message, {
      text: body.text ?? message.text,
      blocks: body.blocks ?? message.blocks,
    })
    message.edited = { user: 'U0BOTUSER', ts: this.nextTs() }
    return {
      ok: true,
      channel: body.channel,
      ts: body.ts,
      text: message.text,
      message: { text: message.text, blocks: message.blocks },
    }
  }

  /** conversations.history: top-level messages, newest first; replies: the parent then its replies. */
  private read(method: string, query: Record<string, string>) {
    if (!this.channels.has(query.channel) && !/^[CGD][A-Z0-9]+$/.test(query.channel ?? '')) {
      return { ok: false, error: 'channel_not_found' }
    }
    const withMetadata = query.include_all_metadata === 'true'
    const strip = (message: StoredMessage) => {
      if (withMetadata) return message
      const rest = { ...message }
      delete rest.metadata
      return rest
    }
    if (method === 'conversations.replies') {
      const parent = this.messages(query.channel).find((message) => message.ts === query.ts)
      if (!parent) return { ok: false, error: 'thread_not_found' }
      return {
        ok: true,
        ...page([parent, ...this.replies(query.channel, query.ts)], query, strip),
      }
    }
    return {
      ok: true,
      ...page([...this.topLevel(query.channel)].reverse(), query, strip),
      pin_count: 0,
      channel_actions_ts: null,
      channel_actions_count: 0,
    }
  }
}

function json(res: http.ServerResponse, body: unknown, status = 200) {
  res
    .writeHead(status, { 'content-type': 'application/json; charset=utf-8' })
    .end(JSON.stringify(body))
}

/** One page of a read: `oldest` (exclusive), `limit` (default 100) and an opaque `cursor`. */
function page(
  all: StoredMessage[],
  query: Record<string, string>,
  strip: (message: StoredMessage) => StoredMessage
) {
  const oldest = Number.parseFloat(query.oldest ?? '0')
  const since = all.filter((message) => Number.parseFloat(message.ts) > oldest)
  const limit = Number.parseInt(query.limit ?? '100', 10)
  const from = query.cursor
    ? Number.parseInt(Buffer.from(query.cursor, 'base64').toString(), 10)
    : 0
  const to = from + limit
  const more = to < since.length
  return {
    messages: since.slice(from, to).map(strip),
    has_more: more,
    ...(more
      ? { response_metadata: { next_cursor: Buffer.from(String(to)).toString('base64') } }
      : {}),
  }
}
