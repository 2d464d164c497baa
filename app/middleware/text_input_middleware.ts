import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import { Exception } from '@adonisjs/core/exceptions'
import { errors } from '@vinejs/vine'
import { isApiRequest } from '#exceptions/api_error'

/** The first field (as a dotted path) whose text PostgreSQL could not store, if any. */
export function unstorableField(value: unknown, path = ''): string | null {
  if (typeof value === 'string') {
    return value.includes('\u0000') || !value.isWellFormed() ? path || 'value' : null
  }
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) {
      const found = unstorableField(entry, path ? `${path}.${index}` : String(index))
      if (found) return found
    }
    return null
  }
  if (value && typeof value === 'object' && value.constructor === Object) {
    for (const [key, entry] of Object.entries(value)) {
      const found =
        unstorableField(key, path) ?? unstorableField(entry, path ? `${path}.${key}` : key)
      if (found) return found
    }
  }
  return null
}

/**
 * Refuses text PostgreSQL cannot store (NUL bytes) and strings that are
 * not valid Unicode (lone surrogates, e.g. "\ud800" in JSON) in any field,
 * query parameter or route parameter, before a query could fail on them:
 * a form shows the error beside the field, the API answers 422 naming it,
 * and a page address answers 400.
 */
export default class TextInputMiddleware {
  async handle(ctx: HttpContext, next: NextFn) {
    const field = unstorableField({ ...ctx.request.all(), ...ctx.params })
    if (field) {
      const isRead = ['GET', 'HEAD'].includes(ctx.request.method())
      if (isRead && !isApiRequest(ctx)) {
        throw new Exception(
          ctx.translator.t('The address contains a character that is not allowed ({field}).', {
            field,
          }),
          { status: 400, code: 'E_BAD_REQUEST' }
        )
      }
      const message = ctx.translator.t(
        'This contains a character that cannot be stored (a NUL byte or a broken Unicode sequence).'
      )
      throw new errors.E_VALIDATION_ERROR([{ field, message, rule: 'storableText' }])
    }
    return next()
  }
}
