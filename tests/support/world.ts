import type { Group as TestGroup } from '@japa/runner/core'
import db from '@adonisjs/lucid/services/db'
import redis from '@adonisjs/redis/services/main'
import { OrganizationFactory, UserFactory } from '#database/factories/main'
import SetupService from '#services/setup_service'
import { mailbox } from '#tests/support/mailbox'
import env from '#start/env'
import Installations from '#platform/installations'

/**
 * Runs each test of the group inside a transaction that is rolled back
 * afterwards, with a clean test Redis database and an empty mailbox: no
 * test sees another's data.
 */
export function isolate(group: TestGroup) {
  if (!env.get('REDIS_DB')) {
    throw new Error(
      'Refusing to flush Redis database 0: set REDIS_DB for the test suite (.env.test does).'
    )
  }
  group.each.setup(async () => {
    await db.beginGlobalTransaction()
    await redis.flushdb()
    await mailbox.clear()
    SetupService.resetCache()
    Installations.forget()
    return async () => {
      await db.rollbackGlobalTransaction()
      SetupService.resetCache()
    }
  })
}

/** An organization with one user of each role, as most tests need. */
export async function organizationWithStaff() {
  const organization = await OrganizationFactory.create()
  const [admin, agent, customer] = await Promise.all([
    UserFactory.apply('admin').merge({ organizationId: organization.id }).create(),
    UserFactory.apply('agent').merge({ organizationId: organization.id }).create(),
    UserFactory.merge({ organizationId: organization.id }).create(),
  ])
  return { organization, admin, agent, customer }
}
