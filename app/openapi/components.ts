import { ref, object, dateTime, type JsonSchema } from '#openapi/json_schema'

/**
 * The parts of the OpenAPI document every route shares: the error shapes,
 * the error responses, the rate-limit headers and the bearer scheme.
 */

const errorProperties = {
  error: { type: 'string', description: 'A human-readable message.' },
  code: {
    type: 'string',
    description:
      'A stable machine-readable code, e.g. E_UNAUTHORIZED_ACCESS, E_FORBIDDEN, ' +
      'E_AUTHORIZATION_FAILURE, E_NOT_FOUND, E_ROW_NOT_FOUND, E_ROUTE_NOT_FOUND, ' +
      'E_VALIDATION_ERROR, E_TOO_MANY_REQUESTS, E_INVALID_CREDENTIALS.',
  },
  details: {
    type: ['object', 'null'],
    description: 'Per-field messages for 422, `{ retryAfter }` for 429, otherwise null.',
  },
  timestamp: dateTime,
  requestId: {
    type: ['string', 'null'],
    description: 'The X-Request-Id of the request. Note: camelCase, unlike the rest of the API.',
  },
}

export const errorSchemas: Record<string, JsonSchema> = {
  Error: object(errorProperties, {
    description: 'The body of every failed /api/v1 request.',
    example: {
      error: 'Not found.',
      code: 'E_NOT_FOUND',
      details: null,
      timestamp: '2026-01-31T09:15:00.000Z',
      requestId: '9d588364-6af1-4541-b6c4-33393bc5bc44',
    },
  }),
  ValidationError: object(
    {
      ...errorProperties,
      code: { type: 'string', const: 'E_VALIDATION_ERROR' },
      details: {
        type: 'object',
        description:
          'Messages per field. Body fields are named as sent (snake_case); ' +
          'array items as `field.index`.',
        additionalProperties: { type: 'array', items: { type: 'string' } },
      },
    },
    {
      description: 'A 422: the request was understood but a field is invalid.',
      example: {
        error: 'The request is invalid.',
        code: 'E_VALIDATION_ERROR',
        details: { title: ['The title must be at least 3 characters long.'] },
        timestamp: '2026-01-31T09:15:00.000Z',
        requestId: '62a3bb15-ec24-445f-ba7f-0929b5b34452',
      },
    }
  ),
  UnexpectedError: object(
    {
      error: { type: 'string' },
      timestamp: errorProperties.timestamp,
      requestId: errorProperties.requestId,
    },
    {
      description:
        'A 500: something failed on the server. Nothing about the failure is disclosed; ' +
        'the request id finds it in the server log.',
      example: {
        error: 'Something went wrong on our side. Quote the request id when you report it.',
        timestamp: '2026-01-31T09:15:00.000Z',
        requestId: '0b0e4b1e-8d0c-4b8e-9f55-5a3c2f1d7e61',
      },
    }
  ),
  RateLimitError: object(
    {
      ...errorProperties,
      code: { type: 'string', const: 'E_TOO_MANY_REQUESTS' },
      details: object({
        retryAfter: { type: 'integer', minimum: 0, description: 'Seconds to wait.' },
      }),
    },
    { description: 'A 429: too many requests; also sent as the Retry-After header.' }
  ),
}

/* --------------------------------------------- shared responses and headers */

function errorResponse(description: string, schema = 'Error'): JsonSchema {
  return { description, content: { 'application/json': { schema: ref(schema) } } }
}

export const headers: Record<string, JsonSchema> = {
  RateLimitLimit: {
    description:
      'Requests allowed per minute for this family of routes (auth 30 per IP, read 600 and ' +
      'write 120 per user).',
    schema: { type: 'integer' },
  },
  RateLimitRemaining: {
    description: 'Requests left in the current minute.',
    schema: { type: 'integer' },
  },
  RetryAfter: { description: 'Seconds to wait before retrying.', schema: { type: 'integer' } },
}

export const responses: Record<string, JsonSchema> = {
  BadRequest: errorResponse(
    'The body could not be parsed: malformed JSON (code E_HTTP) or multipart ' +
      '(E_INVALID_MULTIPART_REQUEST).'
  ),
  Unauthorized: errorResponse(
    'No access token, or an expired or revoked one (E_UNAUTHORIZED_ACCESS).'
  ),
  Forbidden: errorResponse(
    "The caller's role may not use this route (E_FORBIDDEN) or may not act on this record " +
      '(E_AUTHORIZATION_FAILURE).'
  ),
  NotFound: errorResponse(
    'No such record, or not visible to the caller: both look the same ' +
      '(E_NOT_FOUND or E_ROW_NOT_FOUND; E_ROUTE_NOT_FOUND for a non-numeric id).'
  ),
  PayloadTooLarge: errorResponse(
    'The body is larger than the server accepts (E_REQUEST_ENTITY_TOO_LARGE).'
  ),
  ValidationFailed: errorResponse(
    'A field is invalid; `details` names each one. (A JSON body that is a string or number ' +
      'instead of an object is also refused with 422, but as a plain Error: code E_HTTP, ' +
      'details null.)',
    'ValidationError'
  ),
  InternalError: errorResponse('An unexpected failure on the server.', 'UnexpectedError'),
  TooManyRequests: {
    ...errorResponse('Rate limit reached.', 'RateLimitError'),
    headers: { 'Retry-After': { $ref: '#/components/headers/RetryAfter' } },
  },
  Unavailable: errorResponse('A service this request needs could not be reached.'),
}

export const securitySchemes = {
  bearerAuth: {
    type: 'http',
    scheme: 'bearer',
    description: 'The access_token of POST /auth/login or POST /auth/refresh (valid 15 minutes).',
  },
}
