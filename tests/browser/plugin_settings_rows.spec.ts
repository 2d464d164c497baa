import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import { storedInstallation } from '#tests/support/plugin_admin'
import { eventually } from '#tests/support/worker_process'

test.group('Admin: plugin settings tables in the browser', (group) => {
  isolate(group)

  test('an admin adds two rows, picks teams from the organization, corrects a cell and saves', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    await page.goto(`${baseUrl}/admin/plugins/fixture-settings`)

    const table = page.getByTestId('rows-mappings')
    await table.getByText('No rows yet.').waitFor()
    await page.getByTestId('add-row').click()
    await page.getByTestId('add-row').click()
    const first = table.locator('tr[data-row="0"]')
    const second = table.locator('tr[data-row="1"]')
    await first.getByLabel('Directory group').fill('cn=support')
    await first.getByLabel('Team').selectOption({ label: 'IT' })
    await first.getByLabel('Role').selectOption('agent')
    await first.getByLabel('Notify').check()
    await second.getByLabel('Team').selectOption({ label: 'Facilities' })
    await second.getByLabel('Role').selectOption('admin')
    await page.getByLabel('Fallback agent').selectOption({ label: desk.agent.name })

    await page.getByRole('button', { name: 'Save settings' }).click()
    const cell = second.getByLabel('Directory group')
    await page.locator('#setting-mappings-1-directoryGroup-error').waitFor()
    assert.equal(await cell.getAttribute('aria-invalid'), 'true')
    assert.equal(await first.getByLabel('Directory group').inputValue(), 'cn=support')
    await screenshot(page, 'plugin-settings-rows-error')

    await cell.fill('cn=facility')
    await page.getByRole('button', { name: 'Save settings' }).click()
    await page.getByText('Plugin settings saved.').waitFor()
    await table.locator('tr[data-row="1"]').waitFor()
    await screenshot(page, 'plugin-settings-rows')

    const stored = await storedInstallation(desk.organization.id, 'fixture-settings')
    assert.deepEqual(stored.settings, {
      mappings: [
        { directoryGroup: 'cn=support', groupId: desk.it.id, role: 'agent', notify: true },
        {
          directoryGroup: 'cn=facility',
          groupId: desk.facilities.id,
          role: 'admin',
          notify: false,
        },
      ],
      fallbackAgent: desk.agent.id,
    })

    await table.locator('tr[data-row="0"]').getByTestId('remove-row').click()
    await page.getByRole('button', { name: 'Save settings' }).click()
    await table.locator('tr[data-row="1"]').waitFor({ state: 'detached' })
    // The first save's toast may still show, so wait for the save itself to land.
    const after = await eventually(
      async () => {
        const saved = await storedInstallation(desk.organization.id, 'fixture-settings')
        return (saved.settings.mappings as unknown[]).length === 1 ? saved : null
      },
      10_000,
      'the second save stored one row'
    )
    assert.deepEqual(
      (after.settings.mappings as { directoryGroup: string }[]).map((row) => row.directoryGroup),
      ['cn=facility']
    )
  })
})
