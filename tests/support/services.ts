import net from 'node:net'
import pg from 'pg'
import env from '#start/env'

/**
 * Stops the test run at once, with what to start, when PostgreSQL or
 * Redis is not reachable: better than a wall of connection errors.
 */
export async function ensureServicesReachable() {
  const problems: string[] = []

  const client = new pg.Client({
    host: env.get('DB_HOST'),
    port: env.get('DB_PORT'),
    user: env.get('DB_USER'),
    password: env.get('DB_PASSWORD'),
    database: 'postgres',
    connectionTimeoutMillis: 3000,
  })
  try {
    await client.connect()
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [
      env.get('DB_DATABASE'),
    ])
    if (exists.rowCount === 0) {
      await client.query(`CREATE DATABASE "${env.get('DB_DATABASE').replace(/"/g, '')}"`)
    }
  } catch (error) {
    problems.push(
      `PostgreSQL is not reachable at ${env.get('DB_HOST')}:${env.get('DB_PORT')} as "${env.get('DB_USER')}" (${(error as Error).message}).\n` +
        `    Start it (Debian: \`pg_ctlcluster --skip-systemctl-redirect <version> main start\`; not installed: \`apt-get install postgresql\`),\n` +
        `    or point DB_HOST/DB_PORT/DB_USER/DB_PASSWORD at a server where that user may create databases.`
    )
  } finally {
    await client.end().catch(() => {})
  }

  const redisError = await pingRedis(env.get('REDIS_HOST'), env.get('REDIS_PORT'))
  if (redisError) {
    problems.push(
      `Redis is not reachable at ${env.get('REDIS_HOST')}:${env.get('REDIS_PORT')} (${redisError}).\n` +
        `    Start it, e.g. \`redis-server --daemonize yes --bind 127.0.0.1 --port ${env.get('REDIS_PORT')}\`, or point REDIS_HOST/REDIS_PORT at one.`
    )
  }

  if (problems.length) {
    console.error(`\nCannot run the tests:\n  - ${problems.join('\n  - ')}\n`)
    process.exit(1)
  }
}

function pingRedis(host: string, port: number): Promise<string | null> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port })
    const done = (result: string | null) => {
      socket.destroy()
      resolve(result)
    }
    socket.setTimeout(3000, () => done('no answer within 3 s'))
    socket.once('error', (error) => done(error.message))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) =>
      done(
        data.toString().startsWith('+PONG') || data.toString().includes('NOAUTH')
          ? null
          : data.toString().trim()
      )
    )
  })
}
