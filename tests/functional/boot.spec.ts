import { test } from '@japa/runner'
import { startServerProcess } from '#tests/support/server_process'

/**
 * These tests boot the real server in a child process with a broken
 * environment: configuration errors must stop boot with the variable's
 * name, and /health must report unreachable dependencies.
 */
test.group('Boot and health', () => {
  test('a missing variable stops boot and names it', async ({ assert }) => {
    const server = await startServerProcess({ APP_KEY: undefined })
    await server.stop()
    assert.notEqual(server.exitCode, 0)
    assert.isNotNull(server.exitCode)
    assert.include(server.output(), 'APP_KEY')
  }).timeout(60_000)

  test('a malformed variable stops boot and names it', async ({ assert }) => {
    const server = await startServerProcess({ DB_PORT: 'five-four-three-two' })
    await server.stop()
    assert.isNotNull(server.exitCode)
    assert.notEqual(server.exitCode, 0)
    assert.include(server.output(), 'DB_PORT')
  }).timeout(60_000)

  test('health is 200 with database and redis up', async ({ client, assert }) => {
    const response = await client.get('/health')
    response.assertStatus(200)
    assert.equal(response.body().status, 'ok')
    assert.equal(response.body().checks.database.status, 'ok')
    assert.equal(response.body().checks.redis.status, 'ok')
  })

  test('health is 503 and names redis when redis is unreachable', async ({ assert }) => {
    const server = await startServerProcess({ REDIS_PORT: '1' })
    try {
      assert.isNull(server.exitCode, server.output())
      const response = await fetch(`${server.url}/health`)
      const body = (await response.json()) as {
        status: string
        checks: { database: { status: string }; redis: { status: string } }
      }
      assert.equal(response.status, 503)
      assert.equal(body.status, 'degraded')
      assert.equal(body.checks.database.status, 'ok')
      assert.equal(body.checks.redis.status, 'down')
    } finally {
      await server.stop()
    }
  }).timeout(60_000)

  test('health is 503 and names the database when PostgreSQL is unreachable', async ({
    assert,
  }) => {
    const server = await startServerProcess({ DB_PORT: '1' })
    try {
      assert.isNull(server.exitCode, server.output())
      const response = await fetch(`${server.url}/health`)
      const body = (await response.json()) as {
        checks: { database: { status: string }; redis: { status: string } }
      }
      assert.equal(response.status, 503)
      assert.equal(body.checks.database.status, 'down')
      assert.equal(body.checks.redis.status, 'ok')
    } finally {
      await server.stop()
    }
  }).timeout(60_000)
})
