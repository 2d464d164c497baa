import { test } from '@japa/runner'
import ace from '@adonisjs/core/services/ace'
import User from '#models/user'
import Organization from '#models/organization'
import UserCreate from '#commands/user_create'
import { OrganizationFactory, UserFactory } from '#database/factories/main'
import { isolate } from '#tests/support/world'

function run(args: string[]) {
  return ace.create(UserCreate, args)
}

test.group('node ace user:create', (group) => {
  isolate(group)
  group.each.setup(() => {
    ace.ui.switchMode('raw')
    return () => ace.ui.switchMode('normal')
  })

  test('creates the first admin of a fresh install, with its organization', async ({ assert }) => {
    const command = await run([
      '--email',
      'Root@Example.com',
      '--password',
      'long enough 1',
      '--role',
      'admin',
      '--name',
      'Root User',
    ])
    await command.exec()
    command.assertSucceeded()
    const user = await User.findByOrFail('email', 'root@example.com')
    assert.equal(user.role, 'admin')
    assert.isTrue(await user.verifyPassword('long enough 1'))
    const organization = await Organization.findOrFail(user.organizationId)
    assert.equal(organization.slug, 'helpdesk')
    command.assertLogMatches(/Created admin root@example.com/)
  })

  test('adds to the organization named by --organization', async ({ assert }) => {
    await OrganizationFactory.create()
    const target = await OrganizationFactory.merge({ slug: 'acme' }).create()
    const command = await run([
      '--email',
      'a@example.com',
      '--password',
      'long enough 1',
      '--role',
      'agent',
      '--name',
      'A',
      '--organization',
      'acme',
    ])
    await command.exec()
    command.assertSucceeded()
    const created = await User.findByOrFail('email', 'a@example.com')
    assert.equal(created.organizationId, target.id)
  })

  test('exits non-zero with a clear message on a duplicate e-mail', async () => {
    const existing = await UserFactory.with('organization').create()
    const command = await run([
      '--email',
      existing.email.toUpperCase(),
      '--password',
      'long enough 1',
      '--role',
      'agent',
      '--name',
      'Dup',
    ])
    await command.exec()
    command.assertFailed()
    command.assertLogMatches(/already exists/)
  })

  test('exits non-zero with a clear message on an unknown role', async ({ assert }) => {
    const command = await run([
      '--email',
      'x@example.com',
      '--password',
      'long enough 1',
      '--role',
      'superuser',
      '--name',
      'X',
    ])
    await command.exec()
    command.assertFailed()
    command.assertLogMatches(/Unknown role "superuser". Use one of: admin, agent, customer./)
    assert.isNull(await User.findBy('email', 'x@example.com'))
  })

  test('exits non-zero with a clear message on a weak password', async ({ assert }) => {
    for (const weak of ['short1', 'onlyletterslong', '1234567890', 'aaaaaaaaaa1']) {
      const command = await run([
        '--email',
        'w@example.com',
        '--password',
        weak,
        '--role',
        'agent',
        '--name',
        'W',
      ])
      await command.exec()
      command.assertFailed()
      command.assertLogMatches(/Weak password/)
    }
    assert.isNull(await User.findBy('email', 'w@example.com'))
  })

  test('exits non-zero when the organization does not exist', async () => {
    await OrganizationFactory.merge({ slug: 'real' }).create()
    const command = await run([
      '--email',
      'o@example.com',
      '--password',
      'long enough 1',
      '--role',
      'agent',
      '--name',
      'O',
      '--organization',
      'ghost',
    ])
    await command.exec()
    command.assertFailed()
    command.assertLogMatches(/No organization "ghost". Known organizations: real/)
  })
})
