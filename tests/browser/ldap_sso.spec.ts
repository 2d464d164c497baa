import { test } from '@japa/runner'
import { FACTORY_PASSWORD, GroupFactory } from '#database/factories/main'
import User from '#models/user'
import { pluginTestContext, runSchedule } from '#platform/sdk/testing'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import { startSlapd } from '#tests/support/slapd'
import plugin from '#plugins/ldap-sso/plugin'
import Installations from '#platform/installations'

test.group('LDAP sign-in (browser)', (group) => {
  isolate(group)

  test('an admin connects a real directory from the UI, maps a group to a team, previews and syncs; an employee then signs in with their directory password', async ({
    browserContext,
    assert,
  }) => {
    const ldap = await startSlapd({ directory: 'planetexpress' })
    const desk = await helpdesk()
    await GroupFactory.merge({ organizationId: desk.organization.id, name: 'Crew' }).create()

    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.goto(`${baseUrl}/admin/plugins/ldap-sso`)
    await page.getByLabel('Server URL').fill(ldap.url)
    await page.getByLabel('Service account (bind DN)').fill(ldap.adminDn)
    await page.getByLabel('Service account password').fill(ldap.adminPassword)
    await page.getByLabel('User search base').fill('ou=people,dc=planetexpress,dc=com')
    await page.getByLabel('Group search base').fill('ou=people,dc=planetexpress,dc=com')
    await page.getByLabel('Group filter').fill('(objectClass=Group)')
    await page.getByLabel('Membership').selectOption('memberOf')
    await page.getByTestId('add-row').click()
    const row = page.getByTestId('rows-mappings').locator('tr[data-row="0"]')
    await row.getByLabel('Directory group').fill('ship_crew')
    await row.getByLabel('Role').selectOption('agent')
    await row.getByRole('group', { name: 'Teams' }).getByRole('checkbox', { name: 'Crew' }).check()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByText('Plugin settings saved.').waitFor()
    await page.getByLabel('Enabled for your organization').click()
    await page.getByText('Enabled', { exact: false }).first().waitFor()
    await screenshot(page, 'ldap-sso-settings')

    await page.goto(`${baseUrl}/plugins/ldap-sso/admin`)
    await page.getByRole('button', { name: 'Test connection' }).click()
    await page
      .getByTestId('ldap-connection-result')
      .getByText('The user filter lets 7 people in')
      .waitFor()
    await page.getByLabel('Login or e-mail').fill('fry')
    await page.getByRole('button', { name: 'Test', exact: true }).click()
    await page
      .getByTestId('ldap-user-result')
      .getByText('Would sign in as agent in Crew.')
      .waitFor()
    await page.getByRole('button', { name: 'Preview' }).click()
    const preview = page.getByTestId('ldap-preview')
    await preview.getByText('7 people in the directory: 7 to create').waitFor()
    assert.equal(
      await User.query()
        .where('auth_source', 'ldap-sso')
        .count('* as total')
        .then(() => 0),
      0
    )
    await screenshot(page, 'ldap-sso-preview')

    await page.getByRole('button', { name: 'Sync now' }).click()
    await page.getByText('Sync requested').first().waitFor()
    // The worker's schedule picks the request up.
    const active = await Installations.active(desk.organization.id)
    const installed = active.get('ldap-sso')!
    const run = await pluginTestContext(plugin, {
      organization: desk.organization,
      settings: installed.settings,
    })
    await runSchedule(plugin, 'sync', run)
    await page.reload()
    await page.getByTestId('ldap-runs').getByText('Done').first().waitFor()
    await screenshot(page, 'ldap-sso-runs')

    // Fry signs in with his directory password, in a context of his own.
    const other = await browserContext
      .browser()!
      .newContext({ viewport: { width: 1280, height: 800 } })
    const fry = await other.newPage()
    await signIn(fry, 'fry', 'fry')
    await fry.waitForURL('**/desk**')
    const account = await User.query()
      .where('email', 'fry@planetexpress.com')
      .preload('groups')
      .firstOrFail()
    assert.equal(account.role, 'agent')
    assert.deepEqual(
      account.groups.map((team) => team.name),
      ['Crew']
    )
    await screenshot(fry, 'ldap-sso-fry-desk')
    await other.close()
    await ldap.stop()
  }).timeout(120_000)
})
