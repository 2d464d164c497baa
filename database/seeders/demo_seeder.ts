import { BaseSeeder } from '@adonisjs/lucid/seeders'
import logger from '@adonisjs/core/services/logger'
import Organization from '#models/organization'
import User from '#models/user'
import Group from '#models/group'

/** Shared by every demo account; printed when the seeder runs and listed in the README. */
export const DEMO_PASSWORD = 'demo-password-1'

/**
 * A demo organization to try Switchboard with: an admin, agents in two
 * groups and a few customers. Never runs in production, and does nothing
 * when the demo organization already exists.
 */
export default class DemoSeeder extends BaseSeeder {
  static environment = ['development', 'test']

  async run() {
    if (await Organization.findBy('slug', 'demo')) {
      logger.info('demo organization already exists; nothing to seed')
      return
    }
    const organization = await Organization.create({
      name: 'Demo Company',
      slug: 'demo',
      ticketPrefix: 'DEMO',
      timezone: 'Europe/Berlin',
      defaultLocale: 'en',
    })
    const people = [
      { name: 'Alex Admin', email: 'admin@demo.test', role: 'admin' as const, department: 'IT' },
      { name: 'Sam Agent', email: 'sam@demo.test', role: 'agent' as const, department: 'IT' },
      {
        name: 'Robin Agent',
        email: 'robin@demo.test',
        role: 'agent' as const,
        department: 'Facilities',
      },
      {
        name: 'Casey Customer',
        email: 'casey@demo.test',
        role: 'customer' as const,
        department: 'Sales',
      },
      {
        name: 'Jordan Customer',
        email: 'jordan@demo.test',
        role: 'customer' as const,
        department: 'HR',
      },
      {
        name: 'Taylor Customer',
        email: 'taylor@demo.test',
        role: 'customer' as const,
        department: 'Finance',
      },
    ]
    const users = await User.createMany(
      people.map((person) => ({
        ...person,
        organizationId: organization.id,
        password: DEMO_PASSWORD,
      }))
    )
    const byEmail = (email: string) => users.find((user) => user.email === email)!

    const it = await Group.create({
      organizationId: organization.id,
      name: 'IT support',
      description: 'Laptops, accounts, VPN and software.',
      position: 0,
    })
    const facilities = await Group.create({
      organizationId: organization.id,
      name: 'Facilities',
      description: 'Offices, desks, building access.',
      position: 1,
    })
    await it.related('members').attach([byEmail('sam@demo.test').id, byEmail('admin@demo.test').id])
    await facilities.related('members').attach([byEmail('robin@demo.test').id])

    logger.info(
      `demo organization seeded: sign in as admin@demo.test, sam@demo.test or casey@demo.test with the password "${DEMO_PASSWORD}"`
    )
  }
}
