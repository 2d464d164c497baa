import type { HttpContext } from '@adonisjs/core/http'
import type { NextFn } from '@adonisjs/core/types/http'
import limiter from '@adonisjs/limiter/services/main'
import { errors as limiterErrors } from '@adonisjs/limiter'
import logger from '@adonisjs/core/services/logger'
import TooManyRequestsException from '#exceptions/too_many_requests_exception'
import { humanWait } from '#services/sign_in_throttle'
import { msg } from '#i18n/message'

/** Requests per minute, per caller, for each family of API routes. */
const FAMILIES = {
  auth: 30,
  read: 600,
  write: 120,
} as const

export type ApiFamily = keyof typeof FAMILIES

/**
 * Rate limits for /api/v1, counted per signed-in user (or per IP before
 * sign-in). Counters live in Redis; while Redis is unreachable this process
 * counts in memory, so an outage neither blocks the API nor lifts limits.
 */
export default class ApiThrottleMiddleware {
  async handle(ctx: HttpContext, next: NextFn, options: { family: ApiFamily }) {
    const requests = FAMILIES[options.family]
    const caller = ctx.auth.user ? `user:${ctx.auth.user.id}` : `ip:${ctx.request.ip()}`
    const key = `api:${options.family}:${caller}`
    const consume = (store: 'redis' | 'memory') =>
      limiter.use(store, { requests, duration: '1 minute' }).consume(key)

    let remaining: number
    try {
      const consumed = await this.withFallback(consume)
      remaining = consumed.remaining
    } catch (error) {
      if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
        const wait = error.response.availableIn
        throw new TooManyRequestsException(
          msg('Too many requests. Try again in {wait}.', { wait: humanWait(wait) }),
          wait
        )
      }
      throw error
    }
    ctx.response.header('X-RateLimit-Limit', String(requests))
    ctx.response.header('X-RateLimit-Remaining', String(remaining))
    return next()
  }

  private async withFallback<T>(action: (store: 'redis' | 'memory') => Promise<T>) {
    try {
      return await action('redis')
    } catch (error) {
      if (error instanceof limiterErrors.E_TOO_MANY_REQUESTS) {
        throw error
      }
      logger.warn({ err: error }, 'api throttle: redis unavailable, counting in memory')
      return action('memory')
    }
  }
}
