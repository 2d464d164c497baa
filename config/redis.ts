import env from '#start/env'
import { defineConfig } from '@adonisjs/redis'
import type { InferConnections } from '@adonisjs/redis/types'

/**
 * Fail commands within two seconds while Redis is unreachable instead of
 * hanging: callers (health, sign-in limits, sessions) decide how to degrade.
 */
const failFast = {
  host: env.get('REDIS_HOST'),
  port: env.get('REDIS_PORT'),
  password: env.get('REDIS_PASSWORD', ''),
  db: env.get('REDIS_DB', 0),
  maxRetriesPerRequest: 1,
  commandTimeout: 2000,
  connectTimeout: 2000,
  retryStrategy(times: number) {
    return Math.min(times * 200, 5000)
  },
}

const redisConfig = defineConfig({
  connection: 'main',
  connections: {
    main: { ...failFast, keyPrefix: '' },
    /** Web sessions and the per-user index of them (app/auth/redis_session_store.ts). */
    sessions: { ...failFast, keyPrefix: 'session:' },
  },
})

export default redisConfig

declare module '@adonisjs/redis/types' {
  export interface RedisConnections extends InferConnections<typeof redisConfig> {}
}
