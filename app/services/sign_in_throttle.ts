import limiter from '@adonisjs/limiter/services/main'
import logger from '@adonisjs/core/services/logger'
import type { LimiterConsumptionOptions } from '@adonisjs/limiter/types'
import { msg } from '#i18n/message'

/** Failed attempts allowed per e-mail, then a cool-down. */
const PER_EMAIL: LimiterConsumptionOptions = {
  requests: 5,
  duration: '15 mins',
  blockDuration: '15 mins',
}

/** Failed attempts allowed per client IP (covers spraying many e-mails). */
const PER_IP: LimiterConsumptionOptions = {
  requests: 20,
  duration: '15 mins',
  blockDuration: '15 mins',
}

export class TooManyAttempts extends Error {
  constructor(public retryAfterSeconds: number) {
    super('Too many sign-in attempts')
  }
}

/**
 * Counts failed sign-ins per e-mail and per IP in Redis. While Redis is
 * unreachable it falls back to this process's memory, so an outage neither
 * locks everyone out nor removes the limit.
 */
export default class SignInThrottle {
  static async #run<T>(action: (store: 'redis' | 'memory') => Promise<T>): Promise<T> {
    try {
      return await action('redis')
    } catch (error) {
      if (error instanceof TooManyAttempts) {
        throw error
      }
      logger.warn({ err: error }, 'sign-in throttle: redis unavailable, using in-memory limits')
      return action('memory')
    }
  }

  static #keys(email: string, ip: string) {
    return {
      email: `signin:email:${email.trim().toLowerCase()}`,
      ip: `signin:ip:${ip}`,
    }
  }

  /** Throws TooManyAttempts when either key is blocked or used up. */
  static async ensureAllowed(email: string, ip: string) {
    const keys = this.#keys(email, ip)
    await this.#run(async (store) => {
      const byEmail = limiter.use(store, PER_EMAIL)
      const byIp = limiter.use(store, PER_IP)
      const waits = await Promise.all([
        this.#waitFor(byEmail, keys.email),
        this.#waitFor(byIp, keys.ip),
      ])
      const wait = Math.max(...waits)
      if (wait > 0) {
        throw new TooManyAttempts(wait)
      }
    })
  }

  static async recordFailure(email: string, ip: string) {
    const keys = this.#keys(email, ip)
    await this.#run(async (store) => {
      await limiter.use(store, PER_EMAIL).increment(keys.email)
      await limiter.use(store, PER_IP).increment(keys.ip)
    })
  }

  static async recordSuccess(email: string, ip: string) {
    const keys = this.#keys(email, ip)
    await this.#run(async (store) => {
      await limiter.use(store, PER_EMAIL).delete(keys.email)
    })
  }

  static async #waitFor(store: ReturnType<typeof limiter.use>, key: string) {
    if ((await store.remaining(key)) > 0) {
      return 0
    }
    return Math.max(await store.availableIn(key), 1)
  }
}

/** "4 minutes", "30 seconds": how long until the next attempt is allowed. */
export function humanWait(seconds: number) {
  if (seconds >= 90) {
    return msg('{count} minutes', { count: Math.ceil(seconds / 60) })
  }
  return seconds === 1 ? msg('1 second') : msg('{count} seconds', { count: seconds })
}
