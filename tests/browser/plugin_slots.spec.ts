import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Plugin UI slots', (group) => {
  isolate(group)

  test("an enabled plugin's components render in the desk ticket page and in Admin → Settings", async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Slot check' })
    await enablePlugin(desk.organization, 'fixture-panels')

    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.goto(`${baseUrl}/desk/tickets/${ticket.id}`)
    const sidebar = page.getByTestId('fixture-sidebar')
    await sidebar.waitFor()
    assert.equal(await sidebar.textContent(), `Watching ${ticket.reference}`)
    await page.getByRole('region', { name: 'Fixture sidebar' }).waitFor()
    await page.getByTestId('fixture-badge').waitFor()
    await screenshot(page, 'plugin-slots-ticket')

    await page.goto(`${baseUrl}/admin/settings`)
    await page.getByRole('button', { name: 'Fixture tab' }).click()
    await page.getByTestId('fixture-settings-tab').waitFor()
    assert.isFalse(await page.getByLabel('Organization name').isVisible())
    await page.getByRole('button', { name: 'General' }).click()
    await page.getByLabel('Organization name').waitFor()
    await screenshot(page, 'plugin-slots-settings')
  })
})
