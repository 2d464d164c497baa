import type { HttpContext } from '@adonisjs/core/http'
import Translator from '#i18n/translator'
import type { Message } from '#i18n/message'

type ValidationMessage = { field: string; message: string; rule: string }

/**
 * The one error shape every /api/v1 failure (and /health) answers with:
 * `{ error, code, details, timestamp, requestId }`. Validation errors carry
 * their messages per field in `details`. An unexpected failure (a bug, a
 * database error) says only `{ error, timestamp, requestId }`: nothing of
 * what went wrong inside reaches the client; the request id finds it in
 * the log.
 */
export type ApiErrorBody =
  | {
      error: string
      code: string
      details: Record<string, string[]> | Record<string, unknown> | null
      timestamp: string
      requestId: string | null
    }
  | { error: string; timestamp: string; requestId: string | null }

/** Codes a client can branch on, whichever layer raised the error. */
const CODE_BY_STATUS: Record<number, string> = {
  400: 'E_BAD_REQUEST',
  401: 'E_UNAUTHORIZED_ACCESS',
  403: 'E_FORBIDDEN',
  404: 'E_NOT_FOUND',
  405: 'E_METHOD_NOT_ALLOWED',
  413: 'E_PAYLOAD_TOO_LARGE',
  415: 'E_UNSUPPORTED_MEDIA_TYPE',
  422: 'E_UNPROCESSABLE',
  429: 'E_TOO_MANY_REQUESTS',
}
const CODE_ALIASES: Record<string, string> = {
  E_ROW_NOT_FOUND: 'E_NOT_FOUND',
  E_ROUTE_NOT_FOUND: 'E_NOT_FOUND',
  E_AUTHORIZATION_FAILURE: 'E_FORBIDDEN',
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
    translatable?: Message
  }
  /** English unless the client asked for another language (Accept-Language). */
  const { t } = ctx.translator ?? Translator.english
  const status = typeof err.status === 'number' && err.status >= 400 ? err.status : 500
  const base = {
    code:
      CODE_ALIASES[err.code ?? ''] ??
      err.code ??
      CODE_BY_STATUS[status] ??
      (status >= 500 ? 'E_INTERNAL' : 'E_HTTP'),
    timestamp: new Date().toISOString(),
    requestId: ctx.request.id() ?? null,
  }

  if (err.code === 'E_VALIDATION_ERROR' && Array.isArray(err.messages)) {
    return {
      status: 422,
      body: { error: t('The request is invalid.'), details: fieldErrors(err.messages), ...base },
    }
  }
  if (err.code === 'E_TOO_MANY_REQUESTS') {
    const retryAfter = err.response?.availableIn ?? 60
    ctx.response.header('Retry-After', String(retryAfter))
    return {
      status,
      body: {
        error: err.translatable ? t(err.translatable) : (err.message ?? t('Too many requests.')),
        details: { retryAfter },
        ...base,
      },
    }
  }
  // Unavailable for a reason the caller can act on: said, not hidden behind "something went wrong".
  if (
    status === 503 &&
    ['E_SERVICE_UNAVAILABLE', 'E_DIRECTORY_UNREACHABLE'].includes(err.code ?? '')
  ) {
    const message = err.translatable ? t(err.translatable) : err.message!
    return { status, body: { error: message, details: null, ...base } }
  }
  if (status >= 500) {
    return {
      status: 500,
      body: {
        error: t('Something went wrong on our side. Quote the request id when you report it.'),
        timestamp: base.timestamp,
        requestId: base.requestId,
      },
    }
  }
  if (status === 404) {
    return { status, body: { error: t('Not found.'), details: null, ...base } }
  }
  return { status, body: { error: err.message ?? t('Request failed.'), details: null, ...base } }
}
