import { test } from '@japa/runner'
import type { ApiClient } from '@japa/api-client'
import User from '#models/user'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { enablePlugin } from '#tests/support/plugins'

const DIRECTORY = { domain: 'corp.example', password: 'directory-pass-1', assign: false }

/**
 * Which organization's directory a new e-mail is checked against when
 * several organizations exist: the one that enabled an `auth.provider`
 * plugin, however many others enabled plugins of other kinds.
 */
test.group('Directory sign-in with several organizations', (group) => {
  isolate(group)

  const signIn = (client: ApiClient, email: string) =>
    client.post('/login').form({ email, password: DIRECTORY.password }).withCsrfToken().redirects(0)

  test('the one organization with a directory is found though others enabled other plugins', async ({
    client,
    assert,
  }) => {
    // Created first, so an "any enabled plugin, first two" lookup sees only them.
    const events = await organizationWithStaff()
    const filters = await organizationWithStaff()
    const panels = await organizationWithStaff()
    const directory = await organizationWithStaff()
    await enablePlugin(events.organization, 'fixture-events', { failAttempts: 0 })
    await enablePlugin(events.organization, 'fixture-panels')
    await enablePlugin(filters.organization, 'fixture-filters', { mode: 'enrich' })
    await enablePlugin(panels.organization, 'fixture-panels')
    await enablePlugin(directory.organization, 'fixture-provider', DIRECTORY)

    const response = await signIn(client, 'ada@corp.example')
    response.assertStatus(302)
    response.assertHeader('location', '/portal')
    const user = await User.findByOrFail('email', 'ada@corp.example')
    assert.equal(user.organizationId, directory.organization.id)
    assert.equal(user.authSource, 'fixture-provider')
  })

  test('with two directories a new e-mail is asked of neither: the person must exist first', async ({
    client,
    assert,
  }) => {
    const first = await organizationWithStaff()
    const second = await organizationWithStaff()
    const other = await organizationWithStaff()
    await enablePlugin(other.organization, 'fixture-panels')
    await enablePlugin(first.organization, 'fixture-provider', DIRECTORY)
    await enablePlugin(second.organization, 'fixture-provider', DIRECTORY)

    const refused = await signIn(client, 'ada@corp.example')
    refused.assertStatus(302)
    refused.assertFieldError('email', 'These credentials do not match an active account.')
    assert.isNull(await User.findBy('email', 'ada@corp.example'))

    // Once the account exists (a directory sync made it), its own organization's directory answers.
    await User.create({
      organizationId: second.organization.id,
      email: 'ada@corp.example',
      name: 'Ada',
      role: 'customer',
      password: null,
      authSource: 'fixture-provider',
      externalId: 'uid=ada,ou=people',
      isActive: true,
    })
    const known = await signIn(client, 'ada@corp.example')
    known.assertHeader('location', '/portal')
  })
})
