import { test } from '@japa/runner'
import type { Page } from 'playwright'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

/** The field's error is on screen, tied to it, and the field still holds what was typed. */
async function assertKept(
  page: Page,
  assert: { equal: (a: unknown, b: unknown, message?: string) => void },
  field: string,
  typed: string
) {
  const input = page.locator(field)
  await page.locator(`${field}-error`).waitFor()
  assert.equal(await input.getAttribute('aria-invalid'), 'true', `${field} is marked invalid`)
  assert.equal(await input.inputValue(), typed, `${field} still holds what was typed`)
}

/**
 * When the server refuses a form, the page shows why beside the field and
 * every field still holds what the person typed, the refused one included.
 */
test.group('Forms keep their input when the server refuses it', (group) => {
  isolate(group)

  test('a failed sign-in keeps the e-mail', async ({ browserContext, assert }) => {
    const desk = await helpdesk()
    const page = await browserContext.newPage()
    await signIn(page, desk.agent.email, 'not the password 1')
    await page.getByText('These credentials do not match an active account.').waitFor()
    await assertKept(page, assert, '#field-email', desk.agent.email)
    await screenshot(page, 'forms-1-sign-in-refused')
  })

  test('a ticket title that is too long keeps the whole draft', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const page = await browserContext.newPage()
    await signIn(page, desk.customer.email, FACTORY_PASSWORD)
    await page.waitForURL('**/portal')
    await page.goto(`${baseUrl}/portal/tickets/new`)
    await page.getByRole('button', { name: /^IT/ }).click()
    await page.getByRole('button', { name: 'Hardware' }).click()
    await page.getByRole('button', { name: 'Laptop' }).click()
    const title = `The laptop ${'really '.repeat(30)}does not start`
    await page.getByLabel('Subject').fill(title)
    await page.getByLabel('Description').fill('Since **Monday**.')
    await page.getByLabel('Priority').selectOption('high')
    await page.getByTestId('submit-ticket').click()
    await assertKept(page, assert, '#field-title', title)
    assert.equal(await page.getByLabel('Description').inputValue(), 'Since **Monday**.')
    assert.equal(await page.getByLabel('Priority').inputValue(), 'high')
    await screenshot(page, 'forms-2-ticket-title-too-long')
  })

  test('admin forms: a taken e-mail, a bad prefix, a long category name, a plugin setting', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')

    await page.goto(`${baseUrl}/admin/users/new`)
    await page.getByLabel('Name').fill('Second Agent')
    await page.getByLabel('E-mail', { exact: true }).fill(desk.agent.email.toUpperCase())
    await page.getByLabel('Department').fill('Support')
    await page.getByRole('button', { name: 'Invite user' }).click()
    await page.getByText('This e-mail address is already in use.').waitFor()
    await assertKept(page, assert, '#field-email', desk.agent.email.toUpperCase())
    assert.equal(await page.getByLabel('Department').inputValue(), 'Support')
    await screenshot(page, 'forms-3-new-user-taken-email')

    await page.goto(`${baseUrl}/admin/settings`)
    await page.getByLabel('Ticket number prefix').fill('9LIVES')
    await page.getByLabel('Organization name').fill('Renamed Org')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await assertKept(page, assert, '#field-ticketPrefix', '9LIVES')
    assert.equal(await page.getByLabel('Organization name').inputValue(), 'Renamed Org')
    await screenshot(page, 'forms-4-settings-bad-prefix')

    await page.goto(`${baseUrl}/admin/groups/${desk.it.id}`)
    await page.getByRole('button', { name: 'Rename' }).first().click()
    const longName = 'Hardware '.repeat(15)
    const rename = `#category-${desk.hardware.id}-name`
    await page.locator(rename).fill(longName)
    await page.getByRole('button', { name: 'Save', exact: true }).click()
    await page.locator(`#category-${desk.hardware.id}-error`).waitFor()
    assert.equal(await page.locator(rename).inputValue(), longName)
    await screenshot(page, 'forms-5-category-name-too-long')

    await page.goto(`${baseUrl}/admin/plugins/fixture-events`)
    await page.getByLabel('Fail this many attempts').fill('150')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await assertKept(page, assert, '#setting-failAttempts', '150')
    await screenshot(page, 'forms-6-plugin-setting-out-of-range')
  })
})
