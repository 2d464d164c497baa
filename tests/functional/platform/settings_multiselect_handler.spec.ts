import { test } from '@japa/runner'
import User from '#models/user'
import Installations from '#platform/installations'
import PluginCatalog from '#platform/plugin_catalog'
import { systemContext } from '#services/request_context'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import {
  DIRECTORY_DOMAIN,
  DIRECTORY_PASSWORD,
} from '#tests/fixtures/plugins/fixture-directory-roles/plugin'

const PLUGIN = 'fixture-directory-roles'

test.group('Plugin settings: a multiselect column reaches the handler', (group) => {
  isolate(group)

  test('teams ticked in the form reach the sign-in handler as numbers and become memberships', async ({
    client,
    assert,
  }) => {
    const desk = await helpdesk()
    const saved = await client
      .put(`/admin/plugins/${PLUGIN}/settings`)
      .loginAs(desk.admin)
      .json({
        mappings: [
          { directoryGroup: 'cn=helpdesk', role: 'agent', groupIds: [String(desk.it.id)] },
          { directoryGroup: 'cn=elsewhere', role: 'admin', groupIds: [String(desk.it.id)] },
          { directoryGroup: 'cn=staff', role: 'customer', groupIds: [String(desk.facilities.id)] },
        ],
      })
      .withCsrfToken()
      .redirects(0)
    saved.assertStatus(302)
    await Installations.enable(desk.organization.id, PluginCatalog.find(PLUGIN)!, systemContext)
    Installations.forget()

    // What handlers receive: typed by the schema, so numbers, never the form's strings.
    const active = await Installations.isActive(desk.organization.id, PLUGIN)
    const mappings = active!.settings.mappings as { groupIds: unknown[] }[]
    assert.deepEqual(
      mappings.map((mapping) => mapping.groupIds),
      [[desk.it.id], [desk.it.id], [desk.facilities.id]]
    )
    assert.isTrue(mappings.flatMap((mapping) => mapping.groupIds).every(Number.isInteger))

    const email = `kim@${DIRECTORY_DOMAIN}`
    const signIn = await client
      .post('/login')
      .form({ email, password: DIRECTORY_PASSWORD })
      .withCsrfToken()
      .redirects(0)
    signIn.assertStatus(302)
    const kim = await User.query().where('email', email).preload('groups').firstOrFail()
    assert.equal(kim.organizationId, desk.organization.id)
    // The first matching mapping gives the role; every matching one adds its teams.
    assert.equal(kim.role, 'agent')
    assert.sameMembers(
      kim.groups.map((team) => team.name),
      ['IT', 'Facilities']
    )
  })
})
