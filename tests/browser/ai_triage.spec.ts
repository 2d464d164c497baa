import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import Ticket from '#models/ticket'
import { pluginTestContext, runEvent, runSchedule } from '#platform/sdk/testing'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { enablePlugin } from '#tests/support/plugins'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import plugin from '#plugins/ai-triage/plugin'
import { resolvedHistory, triage, triageDesk } from '#tests/support/ai_triage'

test.group('AI triage in the desk (browser)', (group) => {
  isolate(group)

  test('an agent sees the suggestion in the sidebar and applies the category with one click; the admin page shows the engine', async ({
    browserContext,
    assert,
  }) => {
    const desk = await helpdesk()
    await enablePlugin(desk.organization, 'ai-triage')
    const run = await pluginTestContext(plugin, { organization: desk.organization })
    const ticket = await openTicket(desk.customer, desk.it.id, {
      title: 'Laptop screen flickers',
      description: 'The laptop screen flickers since this morning. Really annoying!!',
    })
    const detail = await run.context.tickets.get(ticket.id)
    await runEvent(
      plugin,
      'ticket.created',
      { ticket: detail!.ticket, actor: null, attachments: 0 },
      run
    )

    const page = await browserContext.newPage()
    await signIn(page, desk.agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk**')
    await page.goto(`${baseUrl}/desk/tickets/${ticket.id}`)
    const card = page.getByTestId('ai-triage')
    await card.waitFor()
    const category = card.locator('[data-field="category_id"]')
    await category.getByText('Hardware').waitFor()
    await card.locator('[data-field="sentiment"]').getByText('negative').waitFor()
    await screenshot(page, 'ai-triage-sidebar')

    await category.getByRole('button', { name: 'Apply' }).click()
    await category.getByText('Applied').waitFor()
    const applied = await Ticket.findOrFail(ticket.id)
    assert.equal(applied.categoryId, desk.hardware.id)
    await page.getByTestId('history').getByText('AI triage').first().waitFor()
    await screenshot(page, 'ai-triage-applied')

    // A context of its own: the agent's session cookie stays in the first.
    const adminContext = await browserContext
      .browser()!
      .newContext({ viewport: { width: 1280, height: 800 } })
    const admin = await adminContext.newPage()
    await signIn(admin, desk.admin.email, FACTORY_PASSWORD)
    await admin.waitForURL((url) => !url.pathname.startsWith('/login'))
    await admin.goto(`${baseUrl}/plugins/ai-triage/admin`)
    await admin.getByTestId('engine').getByText('Offline: nothing leaves the server.').waitFor()
    await admin.getByRole('button', { name: 'Train now' }).click()
    await admin.getByText('Training requested').first().waitFor()
    await screenshot(admin, 'ai-triage-admin')
  }).timeout(90_000)

  test('the admin reads how often suggestions were kept, asks for an evaluation on history and picks a threshold from it', async ({
    browserContext,
  }) => {
    const desk = await triageDesk({ categoryMode: 'auto', categoryThreshold: 0.5 })
    await resolvedHistory(desk, desk.it, 60)
    const ticket = await openTicket(desk.customer, desk.it.id, {
      title: 'Laptop broken',
      description: 'It does not start',
    })
    await triage(desk, ticket.id)

    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))
    await page.goto(`${baseUrl}/plugins/ai-triage/admin`)
    const category = page.getByTestId('accuracy-category')
    await category.getByText('1 / 0').waitFor()
    await category.getByText('(100 % kept)').waitFor()
    // Another period: January 2025 had no suggestions.
    await page.getByLabel('First day').fill('2025-01-01')
    await page.getByLabel('Last day').fill('2025-01-31')
    await page.getByRole('button', { name: 'Show' }).click()
    await page.getByText('For suggestions made from 2025-01-01 to 2025-01-31').waitFor()
    await category.getByText('0 / 0').first().waitFor()

    await page.getByRole('button', { name: 'Evaluate on history' }).click()
    const evaluation = page.getByTestId('history-evaluation')
    await evaluation.getByText('Evaluation requested').waitFor()
    // The worker's schedule picks the request up.
    await runSchedule(plugin, 'evaluate', desk.run)
    await page.reload()
    await evaluation.getByText('Last evaluated').waitFor()
    await evaluation.getByRole('button', { name: 'category', exact: true }).click()
    const confusion = page.getByTestId('evaluation-confusion')
    await confusion.getByRole('columnheader', { name: 'Printers' }).waitFor()
    await page
      .getByTestId('evaluation-thresholds')
      .getByRole('rowheader', { name: '0.90' })
      .waitFor()
    await screenshot(page, 'ai-triage-evaluation')
    await evaluation.getByRole('button', { name: 'subcategory' }).click()
    await page.getByTestId('evaluation-skipped').waitFor()
  }).timeout(120_000)
})
