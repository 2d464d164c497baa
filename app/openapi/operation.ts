import { ref, type JsonSchema } from '#openapi/json_schema'

/**
 * One operation of the OpenAPI document, from a compact description: its
 * success answer, the shared error responses it can give (429 added for
 * every rate-limited route) and the rate-limit headers.
 */

export type Tag =
  | 'Meta'
  | 'Auth'
  | 'Tickets'
  | 'Taxonomy'
  | 'Desk'
  | 'Reports'
  | 'Admin'
  | 'Plugins'
  | 'Plugin routes'

export type ErrorStatus = 400 | 401 | 403 | 404 | 413 | 422 | 429 | 503

const ERROR_RESPONSES: Record<ErrorStatus, string> = {
  400: 'BadRequest',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'NotFound',
  413: 'PayloadTooLarge',
  422: 'ValidationFailed',
  429: 'TooManyRequests',
  503: 'Unavailable',
}

const rateLimitHeaders = {
  'X-RateLimit-Limit': { $ref: '#/components/headers/RateLimitLimit' },
  'X-RateLimit-Remaining': { $ref: '#/components/headers/RateLimitRemaining' },
}

type Operation = {
  operationId: string
  summary: string
  description?: string
  tags: Tag[]
  /** false: no access token needed (the document's default is bearerAuth). */
  authenticated?: boolean
  /** false: not rate limited (no X-RateLimit headers, no 429). */
  throttled?: boolean
  parameters?: JsonSchema[]
  requestBody?: JsonSchema
  success: {
    status: number
    description: string
    schema?: JsonSchema
    content?: JsonSchema
    headers?: JsonSchema
  }
  errors: ErrorStatus[]
  /** Error responses that need a more specific description than the shared one. */
  overrides?: Partial<Record<ErrorStatus, string>>
}

export function operation(op: Operation) {
  const throttled = op.throttled ?? true
  const success: JsonSchema = { description: op.success.description }
  if (op.success.content) {
    success.content = op.success.content
  } else if (op.success.schema) {
    success.content = { 'application/json': { schema: op.success.schema } }
  }
  if (throttled) {
    success.headers = { ...rateLimitHeaders, ...op.success.headers }
  } else if (op.success.headers) {
    success.headers = op.success.headers
  }
  const errors: ErrorStatus[] =
    throttled && !op.errors.includes(429) ? [...op.errors, 429] : op.errors
  const responses: Record<string, JsonSchema> = { [String(op.success.status)]: success }
  for (const status of [...errors].sort((a, b) => a - b)) {
    const override = op.overrides?.[status]
    responses[String(status)] = override
      ? { description: override, content: { 'application/json': { schema: ref('Error') } } }
      : { $ref: `#/components/responses/${ERROR_RESPONSES[status]}` }
  }
  responses['500'] = { $ref: '#/components/responses/InternalError' }
  return {
    operationId: op.operationId,
    summary: op.summary,
    ...(op.description ? { description: op.description } : {}),
    tags: op.tags,
    ...(op.authenticated === false ? { security: [] } : {}),
    ...(op.parameters ? { parameters: op.parameters } : {}),
    ...(op.requestBody ? { requestBody: op.requestBody } : {}),
    responses,
  }
}

export function jsonBody(schema: string, required = true) {
  return { required, content: { 'application/json': { schema: ref(schema) } } }
}

/** JSON, or multipart/form-data with the same fields plus `attachments[]` files. */
export function jsonOrMultipart(json: string, multipart: string) {
  return {
    required: true,
    content: {
      'application/json': { schema: ref(json) },
      'multipart/form-data': {
        schema: ref(multipart),
        encoding: { 'attachments[]': { contentType: '*/*' } },
      },
    },
  }
}

export function param(name: string) {
  return { $ref: `#/components/parameters/${name}` }
}

export const pathId = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The ${what}'s id.`,
  schema: { type: 'integer', minimum: 1 },
})
