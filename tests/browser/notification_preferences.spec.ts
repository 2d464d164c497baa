import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate, organizationWithStaff } from '#tests/support/world'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Notification preferences', (group) => {
  isolate(group)

  test('an agent turns one e-mail off on the profile page and it stays off', async ({
    browserContext,
    assert,
  }) => {
    const { agent } = await organizationWithStaff()
    const page = await browserContext.newPage()
    await signIn(page, agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk')
    await page.goto(`${baseUrl}/profile`)

    const section = page.getByTestId('notification-preferences')
    const groupNotice = section.getByLabel('New tickets in my groups')
    assert.isTrue(await groupNotice.isChecked(), 'every e-mail is on until switched off')
    assert.equal(await section.getByRole('checkbox').count(), 6)
    await groupNotice.uncheck()
    await section.getByRole('button', { name: 'Save notification settings' }).click()
    await page.getByText('Your notification settings have been saved.').waitFor()
    await screenshot(page, 'profile-notifications')

    await agent.refresh()
    assert.deepEqual(agent.notificationPreferences, {
      ticket_created_group: false,
    })

    await page.reload()
    assert.isFalse(await section.getByLabel('New tickets in my groups').isChecked())
    assert.isTrue(await section.getByLabel('Tickets assigned to me').isChecked())
  })

  test('a customer sees only the e-mails about their own tickets', async ({
    browserContext,
    assert,
  }) => {
    const { customer } = await organizationWithStaff()
    const page = await browserContext.newPage()
    await signIn(page, customer.email, FACTORY_PASSWORD)
    await page.waitForURL('**/portal')
    await page.goto(`${baseUrl}/profile`)
    const section = page.getByTestId('notification-preferences')
    await section.getByLabel('Replies on my tickets').waitFor()
    assert.equal(await section.getByRole('checkbox').count(), 3)
    assert.equal(await section.getByLabel('New tickets in my groups').count(), 0)
  })
})
