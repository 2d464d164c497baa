import { BaseSeeder } from '@adonisjs/lucid/seeders'
import logger from '@adonisjs/core/services/logger'
import Organization from '#models/organization'
import User from '#models/user'
import Group from '#models/group'
import TaxonomyService from '#services/taxonomy_service'
import TicketIntake from '#services/tickets/ticket_intake'
import TicketConversation from '#services/tickets/ticket_conversation'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import Outbox from '#platform/outbox'
import ReportRollups from '#services/reports/report_rollups'
import { playDemoHistory } from '#database/demo/demo_history'

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

    const adminUser = byEmail('admin@demo.test')
    const setup = { ...systemContext, actor: adminUser }
    const taxonomy: [Group, Record<string, string[]>][] = [
      [
        it,
        {
          Hardware: ['Laptop', 'Printer', 'Monitor'],
          Software: ['E-mail', 'VPN', 'New installation'],
          Accounts: ['Password reset', 'Access request'],
        },
      ],
      [facilities, { 'Building access': [], 'Desks and chairs': [], 'Heating and air': [] }],
    ]
    const ids: Record<string, number> = {}
    for (const [group, categories] of taxonomy) {
      for (const [name, subcategories] of Object.entries(categories)) {
        const category = await TaxonomyService.createCategory(group, name, setup)
        ids[name] = category.id
        for (const subName of subcategories) {
          const subcategory = await TaxonomyService.createSubcategory(category, subName, setup)
          ids[`${name}/${subName}`] = subcategory.id
        }
      }
    }

    /** A few tickets in different states, made through the same services as the UI. */
    const casey = byEmail('casey@demo.test')
    const jordan = byEmail('jordan@demo.test')
    const sam = byEmail('sam@demo.test')
    await playDemoHistory({
      requesters: [casey, jordan, byEmail('taylor@demo.test')],
      teams: [
        {
          group: it,
          agents: [sam, adminUser],
          categories: [ids['Hardware'], ids['Software'], ids['Accounts']],
          subjects: [
            'Laptop will not start',
            'Outlook keeps asking for my password',
            'Need access to the finance share',
            'Monitor flickers',
            'Install a PDF editor',
          ],
        },
        {
          group: facilities,
          agents: [byEmail('robin@demo.test')],
          categories: [ids['Building access'], ids['Desks and chairs'], ids['Heating and air']],
          subjects: ['Meeting room too cold', 'Chair is broken', 'Badge stopped working'],
        },
      ],
    })
    const as = (user: User) => ({ ...systemContext, actor: user })
    const vpn = await TicketIntake.open(
      casey,
      {
        groupId: it.id,
        categoryId: ids['Software'],
        subcategoryId: ids['Software/VPN'],
        title: 'VPN drops every few minutes',
        description:
          'Since Monday the VPN client disconnects every **5–10 minutes** when I work from home.\n\n- Windows 11\n- Client version 4.2',
        priority: 'high',
      },
      [],
      as(casey)
    )
    await TicketWorkflow.assign(vpn, sam.id, as(sam))
    await TicketConversation.add(
      vpn,
      sam,
      {
        body: 'Thanks Casey, could you send the client log from `%APPDATA%/vpn/logs`?',
        internal: false,
      },
      [],
      as(sam)
    )
    await TicketConversation.add(
      vpn,
      sam,
      { body: 'Probably the new MTU setting on the gateway.', internal: true },
      [],
      as(sam)
    )
    await TicketWorkflow.changeStatus(vpn, 'waiting_on_customer', as(sam))

    await TicketIntake.open(
      jordan,
      {
        groupId: it.id,
        categoryId: ids['Hardware'],
        subcategoryId: ids['Hardware/Printer'],
        title: 'Printer on 2nd floor jams',
        description: 'The printer next to the kitchen jams on every double-sided print.',
        priority: 'medium',
      },
      [],
      as(jordan)
    )
    const access = await TicketIntake.open(
      casey,
      {
        groupId: facilities.id,
        categoryId: ids['Building access'],
        title: 'Badge does not open the garage',
        description: 'My badge works on the main door but not the garage gate.',
        priority: 'low',
      },
      [],
      as(casey)
    )
    const robin = byEmail('robin@demo.test')
    await TicketWorkflow.assign(access, robin.id, as(robin))
    await TicketConversation.add(
      access,
      robin,
      { body: 'Fixed: your badge now has garage access.', internal: false },
      [],
      as(robin)
    )
    await TicketWorkflow.changeStatus(access, 'resolved', as(robin))

    // db:seed closes the database as soon as run() returns: hand the
    // events (receipts, user.created…) to the queue before that.
    await Outbox.settle()
    // Admin → Reports reads rollups the worker keeps; fill them now, so the
    // demo's reports show its tickets even before a worker has run.
    await ReportRollups.rebuild(organization.id)
    logger.info(
      `demo organization seeded: sign in as admin@demo.test, sam@demo.test or casey@demo.test with the password "${DEMO_PASSWORD}"`
    )
  }
}
