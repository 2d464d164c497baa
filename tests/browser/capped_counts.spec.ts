import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { countLimits } from '#services/tickets/ticket_counts'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

/**
 * What the desk says when it stopped counting (issue 11): "Open (3+)"
 * beside the status filter, "Page 1 of 2+", and "next" for as long as the
 * pages are full. The caps are lowered so 27 tickets reach them.
 */
const defaults = { ...countLimits }

test.group('Desk: capped counts', (group) => {
  isolate(group)
  group.each.teardown(() => {
    Object.assign(countLimits, defaults)
  })

  test('a list and a search that stopped counting say "at least" and page on to the end', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    for (let index = 1; index <= 27; index++) {
      await openTicket(desk.customer, desk.it.id, { title: `Printer jam ${index}` })
    }
    countLimits.list = 3
    countLimits.search = 2

    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))
    await page.goto(`${baseUrl}/desk?queue=all`)
    await page.getByText('Page 1 of 2+').waitFor()
    assert.include(await page.locator('#desk-status').innerText(), 'Open (3+)')
    await screenshot(page, 'capped-counts-list')

    await page.getByRole('link', { name: 'Next' }).click()
    await page.getByText('Page 2 of 2+').waitFor()
    assert.equal(await page.getByTestId('ticket-table').locator('tbody tr').count(), 2)
    assert.equal(await page.getByRole('link', { name: 'Next' }).count(), 0)

    await page.getByLabel('Search').fill('printer')
    await page.getByRole('button', { name: 'Apply', exact: true }).click()
    await page.waitForURL(/q=printer/)
    await page.getByText('Page 1 of 2+').waitFor()
    const statuses = await page.locator('#desk-status').innerText()
    assert.include(statuses, 'Open (2+)')
    assert.notInclude(statuses, 'Closed (0)', 'a search that stopped counting claims no zero')
    await screenshot(page, 'capped-counts-search')
  })
})
