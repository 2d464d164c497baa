import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { htmlHasClass, screenshot, signIn } from '#tests/support/browser'

test.group('Dark mode', (group) => {
  isolate(group)

  test('the toggle switches theme at once and the choice survives a reload', async ({
    browserContext,
    assert,
  }) => {
    const { agent } = await organizationWithStaff()
    const page = await browserContext.newPage()
    await signIn(page, agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk')
    const isDark = () => htmlHasClass(page, 'dark')
    assert.isFalse(await isDark())

    await page.getByTestId('theme-toggle').click()
    assert.isTrue(await isDark())
    await screenshot(page, 'desk-dark')

    await agent.refresh()
    for (let tries = 0; agent.theme !== 'dark' && tries < 50; tries++) {
      await page.waitForTimeout(100)
      await agent.refresh()
    }
    assert.equal(agent.theme, 'dark')

    /** The server renders the class into the HTML: dark before any script runs. */
    const response = await page.reload()
    const html = await response!.text()
    assert.match(html.slice(0, 300), /class="dark"/)
    assert.isTrue(await isDark())

    const saved = page.waitForResponse((answer) => answer.url().endsWith('/profile/theme'))
    await page.getByTestId('theme-toggle').click()
    assert.isFalse(await isDark())
    await saved
    await agent.refresh()
    assert.equal(agent.theme, 'light')
  })

  test('"system" follows the operating system without a flash', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const { customer } = await organizationWithStaff()
    const context = await browser.newContext({ colorScheme: 'dark' })
    cleanup(() => context.close())
    const page = await context.newPage()
    await signIn(page, customer.email, FACTORY_PASSWORD)
    await page.waitForURL('**/portal')
    assert.isTrue(await htmlHasClass(page, 'dark'))
    await screenshot(page, 'portal-system-dark')
  })
})

test.group('Language', (group) => {
  isolate(group)

  test('a user who chose German gets a German interface and dates', async ({ browserContext }) => {
    const { admin } = await organizationWithStaff()
    admin.locale = 'de'
    await admin.save()
    const page = await browserContext.newPage()
    await signIn(page, admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.getByRole('heading', { name: 'Übersicht' }).waitFor()
    await page.locator('#sidebar').getByRole('link', { name: 'Benutzer' }).waitFor()
    await page.getByText('Helpdesk vorbereiten').waitFor()
    await screenshot(page, 'admin-german')
  })
})
