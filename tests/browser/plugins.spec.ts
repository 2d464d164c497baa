import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import Installations from '#platform/installations'
import PluginCatalog from '#platform/plugin_catalog'
import PluginSettings from '#platform/plugin_settings'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { screenshot, signIn } from '#tests/support/browser'
import { deadDelivery, storedInstallation } from '#tests/support/plugin_admin'

test.group('Admin: plugins in the browser', (group) => {
  isolate(group)

  test('an admin fills the generated form, corrects a field, saves and enables fixture-events', async ({
    browserContext,
    assert,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    const page = await browserContext.newPage()
    await signIn(page, admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')

    await page.getByRole('link', { name: 'Plugins', exact: true }).click()
    await page.waitForURL('**/admin/plugins')
    const broken = page.locator('[data-plugin="fixture-broken"]')
    await broken.getByText('Failed to load').waitFor()
    await broken.getByText('version "banana" is not a semantic version').waitFor()
    await screenshot(page, 'plugins-1-list')

    await page.getByRole('link', { name: 'Fixture: events', exact: true }).click()
    await page.waitForURL('**/admin/plugins/fixture-events')
    const toggle = page.getByRole('switch', { name: 'Enabled for your organization' })
    await toggle.click()
    await page.getByText('Complete the settings of Fixture: events before enabling it.').waitFor()
    assert.equal(await toggle.getAttribute('aria-checked'), 'false')

    await page.getByLabel('Label').fill('From the browser')
    await page.getByLabel('API token').fill('browser-token-1')
    await page.getByRole('button', { name: 'Save settings' }).click()
    const failAttempts = page.locator('#setting-failAttempts')
    await page.locator('#setting-failAttempts-error').waitFor()
    assert.equal(await failAttempts.getAttribute('aria-invalid'), 'true')
    assert.equal(
      await page.getByLabel('Label').inputValue(),
      'From the browser',
      'what was typed stays for correcting'
    )
    await screenshot(page, 'plugins-2-field-error')

    await failAttempts.fill('0')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByText('Plugin settings saved.').waitFor()
    await page.getByPlaceholder('stored — leave empty to keep').waitFor()
    assert.equal(await page.getByLabel('API token').inputValue(), '', 'the secret left the page')

    await toggle.click()
    await page.getByText('Plugin enabled.').waitFor()
    await page.locator('[role="switch"][aria-checked="true"]').waitFor()
    await screenshot(page, 'plugins-3-enabled')

    assert.isNotNull(await Installations.isActive(organization.id, 'fixture-events'))
    const stored = await storedInstallation(organization.id, 'fixture-events')
    assert.notInclude(JSON.stringify(stored.settings), 'browser-token-1')
    const plugin = PluginCatalog.find('fixture-events')!
    assert.deepInclude(PluginSettings.open(plugin, stored.settings), {
      failAttempts: 0,
      label: 'From the browser',
      apiToken: 'browser-token-1',
    })
  })

  test('a dead delivery is listed with its error and retried from the page', async ({
    browserContext,
  }) => {
    const desk = await helpdesk()
    const dead = await deadDelivery(desk)
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.goto(page.url().replace(/\/admin$/, '/admin/plugins/fixture-events'))
    const row = page.locator(`[data-delivery="${dead.id}"]`)
    await row.getByText('planned failure on attempt 3').waitFor()
    await page.getByTestId('last-error').getByText('Last error in ticket.created').waitFor()
    await screenshot(page, 'plugins-4-dead-delivery')
    await row.getByRole('button', { name: 'Retry' }).click()
    await page.getByText('Delivery queued for another try.').waitFor()
    await row.waitFor({ state: 'detached' })
  }).timeout(60_000)
})
