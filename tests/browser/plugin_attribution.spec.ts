import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { drainEvents, enablePlugin } from '#tests/support/plugins'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Plugin attribution', (group) => {
  isolate(group)

  test("a plugin's writes show on the desk timeline and conversation under its name", async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'fixture-host')
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Server room is hot' })
    await drainEvents()

    const page = await browserContext.newPage()
    await signIn(page, desk.agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk**')
    await page.goto(`${baseUrl}/desk/tickets/${ticket.id}`)
    const timeline = page.getByTestId('history')
    await timeline.getByText('Fixture: host added an internal note').waitFor()
    await timeline.getByText('Fixture: host changed priority from Medium to High').waitFor()
    const note = page.getByTestId('internal-note')
    assert.include(await note.textContent(), 'Fixture: host')
    assert.include(await note.textContent(), `Escalation check for ${ticket.reference}.`)
    assert.notInclude(await timeline.textContent(), 'Switchboard added')
    await screenshot(page, 'plugin-attribution')
  })
})
