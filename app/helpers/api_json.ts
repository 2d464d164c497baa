import type { HttpContext } from '@adonisjs/core/http'
import FormError from '#exceptions/form_error'

/** camelCase → snake_case for one key. */
function snake(key: string) {
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
      Object.entries(value as Record<string, unknown>).map(([key, entry]) => [snake(key), snakeKeys(entry)])
    )
  }
  return value
}

/** Serializes transformer output (wrapped in `data`) and answers in snake_case. */
export async function apiJson(ctx: HttpContext, resource: unknown, status = 200) {
  const body = await ctx.serialize(resource as never)
  return ctx.response.status(status).json(snakeKeys(body))
}

/** Service errors name the web forms' camelCase fields; the API reports snake_case ones. */
export function renameFields(error: unknown): never {
  if (error instanceof FormError) {
    for (const message of error.messages) {
      message.field = snake(message.field)
    }
  }
  throw error
}
