import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { enablePlugin } from '#tests/support/plugins'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Plugin pages', (group) => {
  isolate(group)

  test("an admin opens the plugin's page from the navigation; its form shows errors next to the field, then saves", async ({
    browserContext,
    assert,
  }) => {
    const { organization, admin } = await organizationWithStaff()
    await enablePlugin(organization, 'fixture-pages')

    const page = await browserContext.newPage()
    await signIn(page, admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    const navigation = page.getByRole('navigation', { name: 'Main navigation' })
    await navigation.getByRole('link', { name: 'Greetings' }).click()
    await page.waitForURL('**/plugins/fixture-pages/greetings')
    await page.getByRole('heading', { name: 'Greetings' }).waitFor()
    assert.equal(await page.getByTestId('current-greeting').textContent(), 'Hello')
    assert.equal(
      await navigation.getByRole('link', { name: 'Greetings' }).getAttribute('aria-current'),
      'page'
    )
    await screenshot(page, 'plugin-pages-admin')

    await page.getByLabel('Greeting').fill('Yo')
    await page.getByRole('button', { name: 'Save greeting' }).click()
    const error = page.getByTestId('greeting-error')
    await error.waitFor()
    assert.include(await error.textContent(), 'at least 3 characters')
    await screenshot(page, 'plugin-pages-error')

    await page.getByLabel('Greeting').fill('Good morning')
    await page.getByRole('button', { name: 'Save greeting' }).click()
    await page.getByText('Greeting saved.').waitFor()
    await page.getByTestId('current-greeting').getByText('Good morning').waitFor()
    assert.isFalse(await error.isVisible())
    await screenshot(page, 'plugin-pages-saved')

    // A <Link route> to a page with a parameter, resolved by name in the browser.
    await page.getByRole('link', { name: 'The morning greeting' }).click()
    await page.waitForURL('**/plugins/fixture-pages/greetings/morning')
    assert.equal(await page.getByTestId('greeting-slug').textContent(), 'morning')

    // The desk page in the desk's navigation, the profile tab on the profile page.
    await page.goto(`${baseUrl}/desk`)
    await navigation.getByRole('link', { name: 'Greeting board' }).click()
    await page.waitForURL('**/plugins/fixture-pages/board')
    assert.equal(await page.getByTestId('desk-board').textContent(), `Good morning, ${admin.name}`)
    await screenshot(page, 'plugin-pages-desk')

    await page.goto(`${baseUrl}/profile`)
    const tabs = page.getByRole('navigation', { name: 'Profile sections' })
    await tabs.getByRole('link', { name: 'Greeting' }).click()
    await page.waitForURL('**/plugins/fixture-pages/me')
    assert.equal(
      await page.getByTestId('profile-greeting').textContent(),
      `Good morning, ${admin.name}`
    )
    await screenshot(page, 'plugin-pages-profile')
  })
})
