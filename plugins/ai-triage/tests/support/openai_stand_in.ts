import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A stand-in for an OpenAI-compatible server in tests: a real HTTP server
 * on 127.0.0.1 speaking the chat-completions wire format, as recorded in
 * /work/shared/fixtures/integrations/openai (cassettes_pydantic_ai and
 * openai_openapi.yaml). Each request takes the next scripted reply, and
 * every request is recorded for the test to read.
 */

export type ErrorBody = {
  error: { message: string; type: string; param: string | null; code: string | null }
}

export type StandInReply =
  | {
      kind: 'answer'
      /** The assistant message's content; an object is sent as its JSON. */
      content: string | object | null
      model?: string
      finishReason?: 'stop' | 'length' | 'content_filter'
      refusal?: string | null
      usage?: { prompt_tokens: number; completion_tokens: number } | null
    }
  | { kind: 'error'; status: number; body: ErrorBody; headers?: Record<string, string> }
  /** Never answers; the connection stays open until the client gives up or the server closes. */
  | { kind: 'hang' }

export type RecordedRequest = {
  method: string
  path: string
  headers: http.IncomingHttpHeaders
  /** The body parsed as JSON (null when it was not JSON). */
  body: any
  /** `performance.now()` when the request arrived. */
  at: number
}

export const answer = (
  content: string | object | null,
  extras: Omit<Extract<StandInReply, { kind: 'answer' }>, 'kind' | 'content'> = {}
): StandInReply => ({ kind: 'answer', content, ...extras })

/** OpenAI's 429 as it is sent: the error body and a `retry-after` in seconds. */
export const rateLimited = (retryAfterSeconds: number): StandInReply => ({
  kind: 'error',
  status: 429,
  headers: { 'retry-after': String(retryAfterSeconds) },
  body: {
    error: {
      message: `Rate limit reached for gpt-4o in organization org-standin on tokens per min (TPM): Limit 30000, Used 29750, Requested 1200. Please try again in ${retryAfterSeconds}s.`,
      type: 'tokens',
      param: null,
      code: 'rate_limit_exceeded',
    },
  },
})

export const badRequest = (message: string, param: string | null = null): StandInReply => ({
  kind: 'error',
  status: 400,
  body: { error: { message, type: 'invalid_request_error', param, code: null } },
})

export const hang = (): StandInReply => ({ kind: 'hang' })

let sequence = 0

function completion(reply: Extract<StandInReply, { kind: 'answer' }>, requestedModel: string) {
  const usage =
    reply.usage === undefined ? { prompt_tokens: 412, completion_tokens: 96 } : reply.usage
  const content =
    reply.content === null || typeof reply.content === 'string'
      ? reply.content
      : JSON.stringify(reply.content)
  return {
    id: `chatcmpl-standin${++sequence}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: reply.model ?? `${requestedModel}-2024-08-06`,
    choices: [
      {
        index: 0,
        message: { role: 'assistant', content, refusal: reply.refusal ?? null, annotations: [] },
        logprobs: null,
        finish_reason: reply.finishReason ?? 'stop',
      },
    ],
    ...(usage && {
      usage: {
        ...usage,
        total_tokens: usage.prompt_tokens + usage.completion_tokens,
        prompt_tokens_details: { cached_tokens: 0, audio_tokens: 0 },
        completion_tokens_details: {
          reasoning_tokens: 0,
          audio_tokens: 0,
          accepted_prediction_tokens: 0,
          rejected_prediction_tokens: 0,
        },
      },
    }),
    service_tier: 'default',
    system_fingerprint: 'fp_standin01',
  }
}

function send(response: http.ServerResponse, status: number, body: unknown, headers = {}) {
  response.writeHead(status, {
    'content-type': 'application/json',
    'x-request-id': `req_standin${sequence}`,
    'openai-version': '2020-10-01',
    'openai-processing-ms': '12',
    ...headers,
  })
  response.end(JSON.stringify(body))
}

export class OpenAIStandIn {
  readonly requests: RecordedRequest[] = []
  private replies: StandInReply[] = []

  private constructor(private server: http.Server) {
    server.on('request', (request, response) => this.handle(request, response))
  }

  /** Starts on a free port of 127.0.0.1. */
  static async start() {
    const server = http.createServer()
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    return new OpenAIStandIn(server)
  }

  /** The API root to give the client, like `https://api.openai.com/v1`. */
  get baseUrl() {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/v1`
  }

  /** Queues replies, one per coming request, in order. */
  script(...replies: StandInReply[]) {
    this.replies.push(...replies)
    return this
  }

  /** The chat-completion requests' bodies, in order. */
  get completions() {
    return this.requests.filter((request) => request.path === '/v1/chat/completions')
  }

  async close() {
    this.server.closeAllConnections()
    this.server.close()
    await once(this.server, 'close')
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse) {
    const at = performance.now()
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    let body: any = null
    try {
      body = text ? JSON.parse(text) : null
    } catch {}
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname
    this.requests.push({ method: request.method ?? '', path, headers: request.headers, body, at })

    if (request.method !== 'POST' || path !== '/v1/chat/completions') {
      return send(response, 404, {
        error: {
          message: `Invalid URL (${request.method} ${path})`,
          type: 'invalid_request_error',
          param: null,
          code: null,
        },
      })
    }
    const reply = this.replies.shift()
    if (!reply) {
      // Not retried by the client, so a missing script fails the test at once.
      return send(
        response,
        500,
        {
          error: {
            message: 'stand-in: no reply scripted',
            type: 'server_error',
            param: null,
            code: null,
          },
        },
        { 'x-should-retry': 'false' }
      )
    }
    if (reply.kind === 'hang') return
    if (reply.kind === 'error') return send(response, reply.status, reply.body, reply.headers)
    send(response, 200, completion(reply, String(body?.model ?? 'gpt-4o')))
  }
}
