import { test } from '@japa/runner'
import { FACTORY_PASSWORD, UserFactory } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { baseUrl, horizontalOverflow, screenshot, signIn } from '#tests/support/browser'

test.group('Small screens', (group) => {
  isolate(group)

  test('at 360 px nothing scrolls sideways and the menu opens as a drawer', async ({
    browser,
    assert,
    cleanup,
  }) => {
    const { admin, organization } = await organizationWithStaff()
    await UserFactory.merge({ organizationId: organization.id }).createMany(3)
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } })
    cleanup(() => context.close())
    const page = await context.newPage()
    await signIn(page, admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')

    for (const path of [
      '/admin',
      '/admin/users',
      '/admin/groups',
      '/admin/settings',
      '/admin/channels/email',
      '/admin/channels/email/new',
      '/admin/audit',
      '/admin/reports',
      '/desk',
      '/desk/figures',
      '/profile',
    ]) {
      await page.goto(`${baseUrl}${path}`)
      await page.locator('main h1').waitFor()
      // The desk's home fills in the agent's figures after the queue: measure with them.
      if (path === '/desk') await page.getByTestId('my-figures-panel').waitFor()
      const overflow = await horizontalOverflow(page)
      await screenshot(page, `mobile${path.replace(/\//g, '-')}`)
      assert.isAtMost(overflow, 0, `${path} scrolls sideways by ${overflow}px`)
    }

    await page.goto(`${baseUrl}/admin`)
    const sidebarLink = page.locator('#sidebar').getByRole('link', { name: 'Groups' })
    assert.isFalse(await sidebarLink.isVisible())
    await page.getByRole('button', { name: 'Open menu' }).click()
    await sidebarLink.waitFor({ state: 'visible' })
    await screenshot(page, 'mobile-drawer')
    await sidebarLink.click()
    await page.waitForURL('**/admin/groups')
    await page.getByRole('heading', { name: 'Groups', level: 1 }).waitFor()
    // Nothing may still be in flight when the test's transaction rolls back.
    await page.waitForLoadState('networkidle')
  })
})
