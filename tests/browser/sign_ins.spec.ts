import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

/** The profile's "Where you are signed in" list and Admin → Settings' customer priorities, as people use them. */
test.group('Sign-ins on the profile', (group) => {
  isolate(group)

  test('a person sees their other browser, signs it out, and it is out', async ({
    browserContext,
    assert,
  }) => {
    const { agent } = await organizationWithStaff()
    const laptop = await browserContext.newPage()
    await signIn(laptop, agent.email, FACTORY_PASSWORD)
    await laptop.waitForURL('**/desk')

    const phoneContext = await browserContext.browser()!.newContext({
      userAgent: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0',
    })
    const phone = await phoneContext.newPage()
    await signIn(phone, agent.email, FACTORY_PASSWORD)
    await phone.waitForURL('**/desk')

    await laptop.goto(`${baseUrl}/profile`)
    const list = laptop.getByTestId('sign-ins')
    await list.getByText('Firefox on Windows').waitFor()
    await list.getByText('This device').waitFor()
    await screenshot(laptop, 'sign-ins-1-list')
    assert.equal(await list.locator('li').count(), 2)

    await list
      .locator('li', { hasText: 'Firefox on Windows' })
      .getByRole('button', { name: 'Sign out' })
      .click()
    await laptop.getByText('That device has been signed out.').waitFor()
    assert.equal(await list.locator('li').count(), 1)
    await screenshot(laptop, 'sign-ins-2-after')

    await phone.reload()
    await phone.waitForURL('**/login')
    await phoneContext.close()
  })

  test('customers are offered only the priorities the organization allows', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const admin = await browserContext.newPage()
    await signIn(admin, desk.admin.email, FACTORY_PASSWORD)
    await admin.waitForURL('**/admin')
    await admin.goto(`${baseUrl}/admin/settings`)
    const critical = admin.getByRole('checkbox', { name: 'Critical' })
    assert.isFalse(await critical.isChecked())
    await critical.check()
    await admin.getByRole('checkbox', { name: 'Low' }).uncheck()
    await admin.getByRole('button', { name: 'Save changes' }).click()
    await admin.getByText('Organization settings saved.').waitFor()
    await screenshot(admin, 'customer-priorities-settings')

    const customerContext = await browserContext.browser()!.newContext()
    const customer = await customerContext.newPage()
    await signIn(customer, desk.customer.email, FACTORY_PASSWORD)
    await customer.waitForURL('**/portal')
    await customer.goto(`${baseUrl}/portal/tickets/new`)
    await customer.getByRole('button', { name: /^IT/ }).click()
    await customer.getByRole('button', { name: 'Hardware' }).click()
    await customer.getByRole('button', { name: 'Laptop' }).click()
    const options = await customer.getByLabel('Priority').locator('option').allTextContents()
    assert.deepEqual(
      options.map((text) => text.trim()),
      ['Medium', 'High', 'Critical']
    )
    await customerContext.close()
  })
})
