import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import DemoSeeder, { DEMO_PASSWORD } from '#database/seeders/demo_seeder'
import Organization from '#models/organization'
import User from '#models/user'
import OutboxEvent from '#models/outbox_event'
import { isolate } from '#tests/support/world'

test.group('Demo seeder', (group) => {
  isolate(group)

  test('creates a demo organization with people of each role, once', async ({ assert }) => {
    await new DemoSeeder(db.connection()).run()
    await new DemoSeeder(db.connection()).run()

    const organizations = await Organization.query().where('slug', 'demo')
    assert.lengthOf(organizations, 1)
    const users = await User.query().where('organization_id', organizations[0].id)
    assert.sameMembers([...new Set(users.map((user) => user.role))], ['admin', 'agent', 'customer'])
    const admin = users.find((user) => user.email === 'admin@demo.test')!
    assert.isTrue(await admin.verifyPassword(DEMO_PASSWORD))
  })

  test('hands every event to the queue before it returns (db:seed closes the database then)', async ({
    assert,
  }) => {
    await new DemoSeeder(db.connection()).run()
    const organization = await Organization.findByOrFail('slug', 'demo')
    const events = await OutboxEvent.query().where('organization_id', organization.id)
    assert.isAbove(events.length, 0)
    assert.deepEqual(
      events.filter((event) => !event.publishedAt).map((event) => event.name),
      [],
      'left for the sweep'
    )
  })

  test('is limited to development and test environments', ({ assert }) => {
    assert.deepEqual(DemoSeeder.environment, ['development', 'test'])
  })
})
