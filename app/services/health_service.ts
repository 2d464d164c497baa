import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'

export type CheckResult = { status: 'ok' | 'down'; latencyMs: number; error?: string }

const TIMEOUT_MS = 2000

async function timed(check: () => Promise<unknown>): Promise<CheckResult> {
  const started = performance.now()
  let timer: NodeJS.Timeout | undefined
  try {
    await Promise.race([
      check(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS)
      }),
    ])
    return { status: 'ok', latencyMs: Math.round(performance.now() - started) }
  } catch (error) {
    return {
      status: 'down',
      latencyMs: Math.round(performance.now() - started),
      error: error instanceof Error ? error.message : String(error),
    }
  } finally {
    clearTimeout(timer)
  }
}

/**
 * Readiness of the dependencies every request may need. Each check is
 * bounded, so /health answers within a couple of seconds even when a
 * dependency hangs.
 */
export default class HealthService {
  static async report() {
    const [database, redisCheck] = await Promise.all([
      timed(() => db.rawQuery('SELECT 1')),
      timed(() => redis.ping()),
    ])
    const healthy = database.status === 'ok' && redisCheck.status === 'ok'
    return {
      healthy,
      body: {
        status: healthy ? ('ok' as const) : ('degraded' as const),
        checks: { database, redis: redisCheck },
      },
    }
  }
}
