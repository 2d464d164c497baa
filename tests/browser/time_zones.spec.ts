import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import Ticket from '#models/ticket'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { helpdesk, openTicket } from '#tests/support/tickets'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'

test.group('Time zones in pages', (group) => {
  isolate(group)

  test('dates follow the organization’s zone, then the zone the agent picks, never the browser’s', async ({
    browser,
    assert,
  }) => {
    const desk = await helpdesk()
    desk.organization.timezone = 'Asia/Tokyo'
    await desk.organization.save()
    const ticket = await openTicket(desk.customer, desk.it.id, { title: 'Printer on fire' })
    await Ticket.query()
      .where('id', ticket.id)
      .update({ createdAt: DateTime.fromISO('2026-06-10T23:30:00Z').toSQL() })

    // A browser in Honolulu (UTC−10) would show 1:30 PM on 10 June if it used its own clock.
    const context = await browser.newContext({
      timezoneId: 'Pacific/Honolulu',
      viewport: { width: 1280, height: 800 },
    })
    const page = await context.newPage()
    await signIn(page, desk.agent.email, FACTORY_PASSWORD)
    await page.waitForURL('**/desk')
    const created = page.getByRole('row', { name: /Printer on fire/ }).locator('time')
    assert.equal(await created.innerText(), 'Jun 11, 2026, 8:30 AM', 'Tokyo, UTC+9')

    await page.goto(`${baseUrl}/profile`)
    const zone = page.getByLabel('Time zone')
    assert.equal(
      await zone.locator('option:checked').innerText(),
      'Organization default (Asia/Tokyo)'
    )
    await zone.selectOption('America/New_York')
    await page.getByRole('button', { name: 'Save profile' }).click()
    await page.getByText('Your profile has been saved.').waitFor()
    await screenshot(page, 'profile-time-zone')

    await page.goto(`${baseUrl}/desk`)
    assert.equal(await created.innerText(), 'Jun 10, 2026, 7:30 PM', 'New York, UTC−4')
    await screenshot(page, 'desk-dates-in-new-york')
    await context.close()
  })
})
