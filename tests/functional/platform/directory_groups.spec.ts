import { test } from '@japa/runner'
import User from '#models/user'
import Installations from '#platform/installations'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'

const DIRECTORY = { domain: 'corp.example', password: 'directory-pass-1', assign: false }

async function membershipsOf(email: string) {
  const user = await User.query().where('email', email).preload('groups').firstOrFail()
  return { user, groups: user.groups.map((group) => group.name).sort() }
}

test.group('Providers: directory groups on the identity', (group) => {
  isolate(group)

  test('sign-in records the directory groups and applies this organization’s group ids, ignoring others', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const other = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', {
      ...DIRECTORY,
      teamIds: [desk.it.id, desk.facilities.id, other.it.id],
    })
    const signIn = async (email: string) => {
      const response = await client
        .post('/login')
        .form({ email, password: DIRECTORY.password })
        .withCsrfToken()
        .redirects(0)
      response.assertStatus(302)
    }

    await signIn('agent-kim@corp.example')
    const first = await membershipsOf('agent-kim@corp.example')
    assert.equal(first.user.role, 'agent')
    assert.deepEqual(first.user.directoryGroups, ['All Staff', 'Helpdesk Agents'])
    assert.deepEqual(first.groups, ['Facilities', 'IT'])
    assert.isTrue(first.user.groups.every((g) => g.organizationId === desk.organization.id))

    // The directory moved Kim: the next sign-in replaces the memberships.
    await enablePlugin(desk.organization, 'fixture-provider', {
      ...DIRECTORY,
      teamIds: [desk.facilities.id],
    })
    Installations.forget()
    await signIn('agent-kim@corp.example')
    const moved = await membershipsOf('agent-kim@corp.example')
    assert.deepEqual(moved.groups, ['Facilities'])

    // Customers are never group members, whatever the directory says.
    await signIn('ada@corp.example')
    const customer = await membershipsOf('ada@corp.example')
    assert.deepEqual(customer.user.directoryGroups, ['Customers'])
    assert.deepEqual(customer.groups, [])
  })

  test('Admin → Users shows the directory groups on the user’s page', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-provider', DIRECTORY)
    await client
      .post('/login')
      .form({ email: 'agent-lee@corp.example', password: DIRECTORY.password })
      .withCsrfToken()
      .redirects(0)
    const lee = await User.findByOrFail('email', 'agent-lee@corp.example')
    const page = await client.get(`/admin/users/${lee.id}`).loginAs(desk.admin).withInertia()
    page.assertStatus(200)
    assert.deepEqual(page.inertiaProps.directoryGroups, ['All Staff', 'Helpdesk Agents'])
  })
})
