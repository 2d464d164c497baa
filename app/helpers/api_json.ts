import type { HttpContext } from '@adonisjs/core/http'
import FormError from '#exceptions/form_error'

/** camelCase → snake_case for one key. */
export function snake(key: string) {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`)
}

/**
 * The API speaks snake_case (as the published guideline does), the app
 * camelCase. Keys are converted once, here, on the way out.
 */
export function snakeKeys(value: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map(snakeKeys)
  }
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([key, entry]) => [
        snake(key),
        snakeKeys(entry),
      ])
    )
  }
  return value
}

/** Serializes transformer output (wrapped in `data`) and answers in snake_case. */
export async function apiJson(ctx: HttpContext, resource: unknown, status = 200) {
  const body = await ctx.serialize(resource as never)
  return ctx.response.status(status).json(snakeKeys(body))
}

/** Query names the API takes that differ from their snake_case spelling. */
const API_NAMES: Record<string, string> = { assigneeId: 'assigned_to' }

/**
 * Service and query errors name the web forms' camelCase fields; the API
 * reports its own names (`perPage` → `per_page`, `status.0` → `status`).
 */
export function renameFields(error: unknown): never {
  const validation = error as { code?: string; messages?: { field: string }[] }
  if (
    error instanceof FormError ||
    (validation?.code === 'E_VALIDATION_ERROR' && Array.isArray(validation.messages))
  ) {
    for (const message of validation.messages!) {
      const field = message.field.replace(/\.\d+$/, '')
      message.field = API_NAMES[field] ?? snake(field)
    }
  }
  throw error
}
