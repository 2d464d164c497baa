import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { screenshot, signIn } from '#tests/support/browser'

/**
 * An agent works through page 2 of a filtered, sorted queue: a bulk status
 * change and a change on a ticket's page both leave them in that same
 * queue, filters, sort and page, not in the unassigned queue with
 * everything reset.
 */
test.group('Desk: acting keeps the queue', (group) => {
  isolate(group)

  test('a bulk status change and a ticket save return to the same queue page', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    for (let index = 1; index <= 28; index++) {
      await openTicket(desk.customer, desk.it.id, { title: `Medium issue ${index}` })
    }
    await openTicket(desk.customer, desk.it.id, { title: 'Loud issue', priority: 'high' })

    const page = await browserContext.newPage()
    await signIn(page, desk.agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk')
    await page.getByRole('link', { name: 'My groups' }).click()
    await page.waitForURL('**/desk?queue=groups')
    await page.getByLabel('Priority').selectOption('medium')
    await page.getByLabel('Sort').selectOption('oldest')
    await page.getByRole('button', { name: 'Apply', exact: true }).click()
    await page.waitForURL(/sort=oldest/)
    await page.getByRole('link', { name: 'Next' }).click()
    await page.getByText('Page 2 of 2').waitFor()
    const queueUrl = page.url()
    assert.match(queueUrl, /queue=groups/)
    assert.match(queueUrl, /priority=medium/)
    assert.match(queueUrl, /page=2/)
    const rows = page.getByTestId('ticket-table').locator('tbody tr')
    assert.equal(await rows.count(), 3)
    const references = await rows.locator('span.font-mono').allTextContents()

    await page.getByLabel(`Select ${references[0]}`).check()
    await page.getByLabel(`Select ${references[1]}`).check()
    await page.getByLabel('Action').selectOption('status')
    await page.locator('#bulk-status').selectOption('waiting_on_customer')
    await page.getByTestId('bulk-apply').click()
    await page.getByText('2 ticket(s) updated.').waitFor()
    assert.equal(page.url(), queueUrl)
    await page.getByText('Page 2 of 2').waitFor()
    assert.deepEqual(await rows.locator('span.font-mono').allTextContents(), references)
    assert.equal(
      await page.getByTestId(`row-${references[0]}`).getByTestId('status-badge').innerText(),
      'Waiting on customer'
    )
    await screenshot(page, 'queue-1-after-bulk-status')

    await page.getByRole('link', { name: new RegExp(references[2]) }).click()
    await page.waitForURL(/\/desk\/tickets\/\d+\?/)
    await page.getByLabel('Assignee').selectOption({ label: desk.agent.name })
    await page.getByLabel('Status', { exact: true }).selectOption('in_progress')
    await page.getByTestId('save-ticket').click()
    await page.getByText('Ticket updated.').waitFor()
    await screenshot(page, 'queue-2-ticket-saved')
    await page.getByTestId('back-to-list').click()
    await page.getByText('Page 2 of 2').waitFor()
    assert.equal(page.url(), queueUrl)
    await page.getByTestId(`row-${references[2]}`).getByText('In progress').waitFor()
    await screenshot(page, 'queue-3-back-in-the-same-queue')
  })
})
