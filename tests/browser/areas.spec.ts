import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { screenshot, signIn } from '#tests/support/browser'

test.group('Areas', (group) => {
  isolate(group)

  test('each role signs in through the form and lands in its own area', async ({
    browserContext,
    assert,
  }) => {
    const { admin, agent, customer } = await organizationWithStaff()
    const cases = [
      {
        user: admin,
        path: '/admin',
        marker: '[data-testid="admin-dashboard"]',
        nav: ['Portal', 'Desk', 'Admin'],
      },
      {
        user: agent,
        path: '/desk',
        marker: '[data-testid="desk-tickets"]',
        nav: ['Portal', 'Desk'],
      },
      { user: customer, path: '/portal', marker: '[data-testid="portal-tickets"]', nav: [] },
    ]
    for (const { user, path, marker, nav } of cases) {
      const page = await browserContext.newPage()
      await signIn(page, user.email, FACTORY_PASSWORD)
      await page.waitForURL(`**${path}`)
      await page.locator(marker).waitFor()
      await page.assertPath(path)
      const switcher = page.getByRole('navigation', { name: 'Switch area' })
      if (nav.length) {
        await switcher.waitFor()
        const links = await switcher.getByRole('link').allTextContents()
        assert.deepEqual(
          links.map((text) => text.trim()),
          nav
        )
      } else {
        assert.equal(await switcher.count(), 0)
      }
      await screenshot(page, `area-${user.role}`)
      await page.getByTestId('user-menu').click()
      await page.getByTestId('sign-out').click()
      await page.waitForURL('**/login')
      await page.getByText('You have been signed out.').waitFor()
      await page.close()
    }
  })

  test('a wrong password shows the error beside the e-mail field', async ({ visit, assert }) => {
    const { customer } = await organizationWithStaff()
    const page = await visit('/login')
    await page.getByLabel('E-mail').fill(customer.email)
    await page.getByLabel('Password').fill('not my password 1')
    await page.getByRole('button', { name: 'Sign in' }).click()
    await page.getByText('These credentials do not match an active account.').waitFor()
    assert.equal(await page.getAttribute('#field-email', 'aria-invalid'), 'true')
    assert.equal(await page.getAttribute('#field-email', 'aria-describedby'), 'field-email-error')
    await page.assertPath('/login')
    await screenshot(page, 'login-error')
  })

  test('the sign-in form works from the keyboard alone', async ({ visit }) => {
    const { agent } = await organizationWithStaff()
    const page = await visit('/login')
    await page.locator('#field-email:focus').waitFor()
    await page.keyboard.type(agent.email)
    await page.keyboard.press('Tab')
    await page.keyboard.type(FACTORY_PASSWORD)
    await page.keyboard.press('Enter')
    await page.waitForURL('**/desk')
  })

  test('a customer who opens the admin area gets the 403 page', async ({ browserContext }) => {
    const { customer } = await organizationWithStaff()
    const page = await browserContext.newPage()
    await signIn(page, customer.email, FACTORY_PASSWORD)
    await page.waitForURL('**/portal')
    await page.goto(`${page.url().replace('/portal', '/admin/users')}`)
    await page.getByTestId('forbidden').waitFor()
    await screenshot(page, 'forbidden')
  })
})
