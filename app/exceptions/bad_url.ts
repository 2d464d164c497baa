import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { PRIVACY_HEADERS } from '#helpers/privacy_headers'

/**
 * Answers a request whose path cannot be decoded (invalid percent-encoding
 * such as `%E0%A4%A`). The server refuses it before any middleware runs,
 * so there is no HTTP context here: API paths still get the API's JSON
 * error shape, anything else a short plain page.
 */
export function answerBadUrl(req: IncomingMessage, res: ServerResponse) {
  const message = 'The address of this request is not valid (broken percent-encoding).'
  const requestId = randomUUID()
  if ((req.url ?? '').startsWith('/api/')) {
    res.writeHead(400, {
      ...PRIVACY_HEADERS,
      'content-type': 'application/json; charset=utf-8',
      'x-request-id': requestId,
    })
    res.end(
      JSON.stringify({
        error: message,
        code: 'E_BAD_REQUEST',
        details: null,
        timestamp: new Date().toISOString(),
        requestId,
      })
    )
    return
  }
  res.writeHead(400, { ...PRIVACY_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
  res.end(`400 Bad Request: ${message}\n`)
}
