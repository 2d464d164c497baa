import factory from '@adonisjs/lucid/factories'
import Organization from '#models/organization'
import User from '#models/user'
import Group from '#models/group'

/** The password every factory user signs in with. */
export const FACTORY_PASSWORD = 'factory-password-1'

export const OrganizationFactory = factory
  .define(Organization, ({ faker }) => {
    const name = faker.company.name()
    return {
      name,
      slug: `${faker.helpers.slugify(name).toLowerCase().slice(0, 40)}-${faker.string.alphanumeric(6).toLowerCase()}`,
      ticketPrefix: 'SB',
      timezone: 'UTC',
      defaultLocale: 'en',
    }
  })
  .build()

export const UserFactory = factory
  .define(User, ({ faker }) => ({
    name: faker.person.fullName(),
    email: faker.internet
      .email()
      .toLowerCase()
      .replace('@', `.${faker.string.alphanumeric(5)}@`),
    password: FACTORY_PASSWORD,
    role: 'customer' as const,
    isActive: true,
  }))
  .state('admin', (user) => (user.role = 'admin'))
  .state('agent', (user) => (user.role = 'agent'))
  .state('inactive', (user) => (user.isActive = false))
  .relation('organization', () => OrganizationFactory)
  .build()

export const GroupFactory = factory
  .define(Group, ({ faker }) => ({
    name: `${faker.commerce.department()} ${faker.string.alphanumeric(4)}`,
    description: faker.lorem.sentence(),
    isActive: true,
    position: 0,
    assignmentMode: 'off' as const,
    assignmentMaxOpen: null,
  }))
  .relation('organization', () => OrganizationFactory)
  .build()
