import { test } from '@japa/runner'
import type { BrowserContext } from 'playwright'
import { DateTime } from 'luxon'
import { FACTORY_PASSWORD } from '#database/factories/main'
import TicketWorkflow from '#services/tickets/ticket_workflow'
import { systemContext } from '#services/request_context'
import { fakeClock } from '#platform/sdk/testing'
import { isolate } from '#tests/support/world'
import { openTicket } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import { addPolicy, reply, slaDesk } from '../functional/sla_escalation/desk_support.js'
import { refreshClock } from '#plugins/sla-escalation/tracking/refresh_clock'

/** Opens a ticket as if `minutesAgo` minutes ago (Luxon's clock stopped there for the write). */
async function ticketFrom(minutesAgo: number, open: () => ReturnType<typeof openTicket>) {
  const clock = fakeClock(DateTime.now().minus({ minutes: minutesAgo }))
  try {
    return await open()
  } finally {
    clock.restore()
  }
}

/** A page in a context of its own, so another person can sign in beside the first. */
async function pageOfItsOwn(browserContext: BrowserContext, colorScheme?: 'dark') {
  const context = await browserContext.browser()!.newContext({
    viewport: { width: 1280, height: 800 },
    colorScheme,
  })
  return context.newPage()
}

test.group('SLA in the desk, the portal and the report (browser)', (group) => {
  isolate(group)

  test('the sidebar counts down and explains; the queue shows badges; the requester sees the promise; the admin reads the report', async ({
    browserContext,
    assert,
  }) => {
    const desk = await slaDesk()
    await addPolicy(desk.context, { name: 'Standard support', nextResponseMinutes: 120 })
    const { customer, agent, it } = desk
    const open = (title: string, minutesAgo: number) =>
      ticketFrom(minutesAgo, () => openTicket(customer, it.id, { title }))
    const late = await open('Printer on fire', 185)
    const soon = await open('VPN drops every hour', 40)
    const fresh = await open('New laptop for Ana', 5)
    const waiting = await open('Which adapter do you need?', 30)
    await TicketWorkflow.changeStatus(waiting, 'waiting_on_customer', {
      ...systemContext,
      actor: desk.admin,
    })
    const answered = await open('Password reset', 20)
    await reply(answered, agent, 'Done, try again please.')
    for (const ticket of [late, soon, fresh, waiting, answered]) {
      await refreshClock(desk.context, ticket.id)
    }

    const page = await browserContext.newPage()
    await signIn(page, agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk**')
    await page.goto(`${baseUrl}/desk?queue=all`)
    const badge = (ticket: { reference: string }) =>
      page.getByTestId(`row-${ticket.reference}`).getByTestId('plugin-badges')
    await badge(late).getByText('late 2 h').waitFor()
    await badge(soon)
      .getByText('due in 19 min')
      .or(badge(soon).getByText('due in 20 min'))
      .waitFor()
    await badge(waiting).getByText('SLA paused').waitFor()
    assert.match(
      (await badge(late).locator('[data-plugin="sla-escalation"]').getAttribute('title'))!,
      /^First response was due .+ · policy Standard support$/
    )
    await screenshot(page, 'sla-queue-badges')

    // "SLA due soonest" from the sort picker: late first, then the last hour, …
    await page.getByLabel('Sort').selectOption({ label: 'SLA due soonest' })
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(
      /sort=plugin%3Asla-escalation%3Asla-due|sort=plugin:sla-escalation:sla-due/
    )
    const order = await page
      .locator('[data-testid^="row-"]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-testid')))
    // The paused ticket sorts by its due time as if it resumed now (30 min left).
    assert.deepEqual(
      order,
      [late, soon, waiting, fresh, answered].map((ticket) => `row-${ticket.reference}`)
    )
    await screenshot(page, 'sla-queue-sorted')

    await page.goto(`${baseUrl}/desk/tickets/${soon.id}`)
    const panel = page.getByRole('region', { name: 'SLA' })
    const first = panel.locator('[data-target="first_response"] [data-testid="sla-status"]')
    // Within the last hour the countdown shows its seconds
    await first.getByText(/^due in (1\d|20) min \d\d s$/).waitFor()
    assert.include(await panel.textContent(), 'Standard support · 24/7')
    await panel.getByText('Explain').click()
    await panel.getByText('Business hours (UTC)').waitFor()
    await screenshot(page, 'sla-sidebar-running')

    await page.goto(`${baseUrl}/desk/tickets/${late.id}`)
    await first.getByText(/^late 2 h 5 min$/).waitFor()
    await screenshot(page, 'sla-sidebar-late')

    await page.goto(`${baseUrl}/desk/tickets/${waiting.id}`)
    await panel.getByTestId('sla-paused').getByText('Clocks paused — waiting on customer').waitFor()
    await panel.getByText('Explain').click()
    await panel.getByTestId('sla-pauses').waitFor()
    await screenshot(page, 'sla-sidebar-paused')

    await page.goto(`${baseUrl}/desk/tickets/${answered.id}`)
    await first.getByText(/^met \d{1,2}:\d\d(\s?[AP]M)?, 40 min early$/).waitFor()
    await screenshot(page, 'sla-sidebar-met')

    const portal = await pageOfItsOwn(browserContext)
    await signIn(portal, customer.email, FACTORY_PASSWORD)
    await portal.waitForURL('**/portal**')
    await portal.goto(`${baseUrl}/portal/tickets/${fresh.id}`)
    await portal.getByTestId('sla-promise').getByText('We aim to answer by').waitFor()
    await screenshot(portal, 'sla-portal-promise')
    await portal.goto(`${baseUrl}/portal/tickets/${answered.id}`)
    await portal.getByText('Done, try again please.').waitFor()
    // Nothing to promise: the loader answered null, so the page has no card for it.
    assert.equal(await portal.locator('[data-plugin="sla-escalation"]').count(), 0)
    assert.isFalse(await portal.getByRole('region', { name: 'What to expect' }).isVisible())

    // The admin's system is dark ("system" theme): the report must read there too.
    const admin = await pageOfItsOwn(browserContext, 'dark')
    await signIn(admin, desk.admin.email, FACTORY_PASSWORD)
    await admin.waitForURL('**/admin')
    await admin
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'SLA report' })
      .click()
    await admin.waitForURL('**/plugins/sla-escalation/report')
    await admin.getByTestId('sla-report-summary').getByText('5 tickets created').waitFor()
    await screenshot(admin, 'sla-report-dark')
    await admin.getByTestId('sla-report-card-resolution').click()
    await admin.getByText('Resolution by group and priority').waitFor()

    await admin.getByLabel('First day').fill('2026-03-10')
    await admin.getByLabel('Last day').fill('2026-03-01')
    await admin.getByRole('button', { name: 'Show' }).click()
    await admin.getByText('The last day must be on or after the first day.').waitFor()
    assert.equal(await admin.getByLabel('Last day').inputValue(), '2026-03-01', 'the input stays')
    await screenshot(admin, 'sla-report-error')

    const downloading = admin.waitForEvent('download')
    await admin.getByRole('button', { name: 'Download CSV' }).click()
    const download = await downloading
    assert.match(
      download.suggestedFilename(),
      /^sla-report-\d{4}-\d\d-\d\d-to-\d{4}-\d\d-\d\d\.csv$/
    )
  }).timeout(120_000)
})
