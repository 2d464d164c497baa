import { test } from '@japa/runner'
import db from '@adonisjs/lucid/services/db'
import { DateTime } from 'luxon'
import TicketComment from '#models/ticket_comment'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Plugin data slots in the browser', (group) => {
  isolate(group)

  test('queue badges show in the desk list; a suggested reply is inserted into the reply box and sent', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Suggest me' })
    await enablePlugin(desk.organization, 'fixture-slots')

    const page = await browserContext.newPage()
    await signIn(page, desk.agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk**')
    await page.goto(`${baseUrl}/desk?queue=unassigned`)
    const row = page.getByTestId(`row-${ticket.reference}`)
    await row.getByTestId('plugin-badges').getByText('P:medium').waitFor()
    await screenshot(page, 'plugin-queue-badges')

    await page.goto(`${baseUrl}/desk/tickets/${ticket.id}`)
    const box = page.getByLabel('Your reply')
    await box.fill('Thanks for the details.')
    await page.getByTestId('composer-suggestions').getByRole('button', { name: 'Greeting' }).click()
    const expected = `Thanks for the details.\n\nHello, ${desk.agent.name} here about ${ticket.reference}.`
    assert.equal(await box.inputValue(), expected)
    await screenshot(page, 'plugin-composer-suggestion')

    await page.getByTestId('send-reply').click()
    await page.getByText('Reply sent.').waitFor()
    const comment = await TicketComment.query().where('ticket_id', ticket.id).firstOrFail()
    assert.equal(comment.body, expected)
  })

  test("the desk's sort picker offers the plugin's sorts after the built-in ones, and sorts by them", async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const first = await openTicket(desk.customer, desk.it.id, { title: 'Due later' })
    const second = await openTicket(desk.customer, desk.it.id, { title: 'Due first' })
    await openTicket(desk.customer, desk.it.id, { title: 'No due time' })
    const due = (ticket: { id: number }, hours: number) => ({
      organization_id: desk.organization.id,
      ticket_id: ticket.id,
      due_at: DateTime.now().plus({ hours }).toJSDate(),
    })
    await db.table('fixture_sort_due').insert([due(first, 2), due(second, 1)])
    await enablePlugin(desk.organization, 'fixture-sort')

    const page = await browserContext.newPage()
    await signIn(page, desk.agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk**')
    const options = await page.getByLabel('Sort').locator('option').allTextContents()
    assert.deepEqual(options.map((option) => option.trim()).slice(-3), [
      'Relevance',
      'Due soonest',
      'Due latest',
    ])
    await page.getByLabel('Sort').selectOption({ label: 'Due soonest' })
    await page.getByRole('button', { name: 'Apply', exact: true }).click()
    await page.waitForURL(
      /sort=plugin%3Afixture-sort%3Adue-soonest|sort=plugin:fixture-sort:due-soonest/
    )
    const rows = page.getByTestId('ticket-table').locator('tbody tr')
    await rows.first().getByText('Due first').waitFor()
    const titles = await rows.allInnerTexts()
    assert.deepEqual(
      ['Due first', 'Due later', 'No due time'].map((title) =>
        titles.findIndex((text) => text.includes(title))
      ),
      [0, 1, 2]
    )
    assert.equal(await page.getByLabel('Sort').inputValue(), 'plugin:fixture-sort:due-soonest')
  })

  test('the portal ticket page renders the plugin panel for the requester', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Portal panel' })
    await enablePlugin(desk.organization, 'fixture-slots')
    const page = await browserContext.newPage()
    await signIn(page, desk.customer.email, FACTORY_PASSWORD)
    await page.waitForURL('**/portal**')
    await page.goto(`${baseUrl}/portal/tickets/${ticket.id}`)
    const panel = page.getByTestId('fixture-portal')
    await panel.waitFor()
    assert.equal(await panel.textContent(), `${ticket.reference} is open`)
    await page.getByRole('region', { name: 'Fixture status' }).waitFor()
  })
})
