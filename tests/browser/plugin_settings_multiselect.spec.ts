import { test } from '@japa/runner'
import { FACTORY_PASSWORD, GroupFactory } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { baseUrl, htmlHasClass, screenshot, signIn } from '#tests/support/browser'
import { storedInstallation } from '#tests/support/plugin_admin'

const PLUGIN = 'fixture-directory-roles'

test.group('Admin: multiselect columns in the browser', (group) => {
  isolate(group)

  test('an admin ticks two teams in a row, is told beside the cell about a team deleted meanwhile, saves and sees them ticked after a reload', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const retired = await GroupFactory.merge({
      organizationId: desk.organization.id,
      name: 'Retired team',
    }).create()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.goto(`${baseUrl}/admin/plugins/${PLUGIN}`)

    const table = page.getByTestId('rows-mappings')
    await page.getByTestId('add-row').click()
    const row = table.locator('tr[data-row="0"]')
    await row.getByLabel('Directory group').fill('cn=helpdesk')
    await row.getByLabel('Role').selectOption('agent')
    const teams = row.getByRole('group', { name: 'Teams' })
    const team = (name: string) => teams.getByRole('checkbox', { name, exact: true })
    // By keyboard: Tab reaches the first box, Space ticks it.
    await row.getByLabel('Role').focus()
    await page.keyboard.press('Tab')
    const firstLabel = await teams.locator('label').first().innerText()
    await page.keyboard.press('Space')
    assert.isTrue(await teams.getByRole('checkbox', { name: firstLabel.trim() }).isChecked())
    if (firstLabel.trim() !== 'IT') await team(firstLabel.trim()).uncheck()
    await team('IT').check()
    await team('Retired team').check()

    // Another admin deletes a team while this form is open: saving it is refused at the cell.
    await retired.delete()
    await page.getByRole('button', { name: 'Save settings' }).click()
    const error = page.locator('#setting-mappings-0-groupIds-error')
    await error.waitFor()
    assert.equal(await error.innerText(), 'Choose one of the listed options.')
    assert.equal(await team('IT').getAttribute('aria-invalid'), 'true')
    assert.equal(await teams.getAttribute('aria-describedby'), 'setting-mappings-0-groupIds-error')
    await screenshot(page, 'plugin-settings-multiselect-error')

    // The answer brought the organization's teams afresh: the deleted one is no longer offered.
    assert.equal(await team('Retired team').count(), 0)
    assert.isTrue(await team('IT').isChecked())
    await team('Facilities').check()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByText('Plugin settings saved.').waitFor()
    const stored = await storedInstallation(desk.organization.id, PLUGIN)
    const [mapping] = stored.settings.mappings as { groupIds: number[] }[]
    assert.deepInclude(mapping, { directoryGroup: 'cn=helpdesk', role: 'agent' })
    assert.sameMembers(mapping.groupIds, [desk.it.id, desk.facilities.id])

    // A fresh page, in dark mode: the stored teams are ticked, the deleted one is gone.
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.reload()
    const again = page.getByTestId('rows-mappings').locator('tr[data-row="0"]')
    const ticked = again.getByRole('group', { name: 'Teams' })
    await ticked.waitFor()
    assert.isTrue(await ticked.getByRole('checkbox', { name: 'IT', exact: true }).isChecked())
    assert.isTrue(await ticked.getByRole('checkbox', { name: 'Facilities' }).isChecked())
    assert.equal(await ticked.getByRole('checkbox', { name: 'Retired team' }).count(), 0)
    assert.isTrue(await htmlHasClass(page, 'dark'))
    await screenshot(page, 'plugin-settings-multiselect-dark')
  })
})
