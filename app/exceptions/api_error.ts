import type { HttpContext } from '@adonisjs/core/http'
import app from '@adonisjs/core/services/app'

type ValidationMessage = { field: string; message: string; rule: string }

/**
 * The one error shape every /api/v1 failure (and /health) answers with:
 * `{ error, details, timestamp, requestId }`. Validation errors carry their
 * messages per field in `details`.
 */
export type ApiErrorBody = {
  error: string
  code: string
  details: Record<string, string[]> | Record<string, unknown> | null
  timestamp: string
  requestId: string | null
}

export function isApiRequest(ctx: HttpContext) {
  return ctx.request.url().startsWith('/api/')
}

function fieldErrors(messages: ValidationMessage[]) {
  const details: Record<string, string[]> = {}
  for (const { field, message } of messages) {
    ;(details[field] ??= []).push(message)
  }
  return details
}

export function apiErrorResponse(
  error: unknown,
  ctx: HttpContext
): { status: number; body: ApiErrorBody } {
  const err = (error ?? {}) as {
    status?: number
    code?: string
    message?: string
    messages?: ValidationMessage[]
    response?: { availableIn?: number }
  }
  const status = typeof err.status === 'number' && err.status >= 400 ? err.status : 500
  const base = {
    code: err.code ?? (status >= 500 ? 'E_INTERNAL' : 'E_HTTP'),
    timestamp: new Date().toISOString(),
    requestId: ctx.request.id() ?? null,
  }

  if (err.code === 'E_VALIDATION_ERROR' && Array.isArray(err.messages)) {
    return {
      status: 422,
      body: { error: 'The request is invalid.', details: fieldErrors(err.messages), ...base },
    }
  }
  if (err.code === 'E_TOO_MANY_REQUESTS') {
    const retryAfter = err.response?.availableIn ?? 60
    ctx.response.header('Retry-After', String(retryAfter))
    return {
      status,
      body: { error: err.message ?? 'Too many requests.', details: { retryAfter }, ...base },
    }
  }
  if (status >= 500) {
    return {
      status,
      body: {
        error: app.inProduction ? 'Something went wrong on our side.' : (err.message ?? 'Error'),
        details: null,
        ...base,
      },
    }
  }
  return { status, body: { error: err.message ?? 'Request failed.', details: null, ...base } }
}
