import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import Calendars from '#plugins/sla-escalation/data/calendars'
import Policies from '#plugins/sla-escalation/data/policies'
import { slaHelpdesk } from '../functional/sla_escalation/sla_world.js'

test.group('SLA escalation admin pages in the browser', (group) => {
  isolate(group)

  test('an admin sets up a calendar and a policy with a ladder, then tests it', async ({
    browserContext,
    assert,
  }) => {
    const desk = await slaHelpdesk()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL('**/admin')
    const navigation = page.getByRole('navigation', { name: 'Main navigation' })

    // A calendar: an overlap is shown beside its row, then fixed.
    await navigation.getByRole('link', { name: 'SLA calendars' }).click()
    await page.getByTestId('calendars').waitFor()
    await screenshot(page, 'sla-calendars')
    await page.getByTestId('new-calendar').click()
    await page.getByLabel('Name').fill('Lisbon office')
    await page.getByLabel('Time zone').selectOption('Europe/Lisbon')
    await page.getByTestId('add-interval-mon').click()
    await page.getByLabel('Monday interval 2 start').fill('16:00')
    await page.getByLabel('Monday interval 2 end').fill('18:00')
    await page.getByTestId('add-holiday').click()
    await page.getByLabel('Holiday 1 date').fill('2026-06-13')
    await page.getByRole('button', { name: 'Create calendar' }).click()
    const overlap = page.locator('#hours-mon-1-error')
    await overlap.waitFor()
    assert.include(await overlap.textContent(), 'overlaps another one')
    assert.equal(
      await page.getByLabel('Monday interval 2 start').getAttribute('aria-invalid'),
      'true'
    )
    await screenshot(page, 'sla-calendar-error')
    await page.getByRole('button', { name: 'Remove Monday interval 2' }).click()
    await page.getByRole('button', { name: 'Create calendar' }).click()
    await page.getByText('Calendar "Lisbon office" created.').waitFor()
    await page.locator('[data-calendar="Lisbon office"]').getByText('Mon–Fri 09:00–17:00').waitFor()
    const calendars = await new Calendars(desk.run.context.db).list()
    const lisbon = calendars.find((calendar) => calendar.name === 'Lisbon office')!
    assert.deepEqual(lisbon.holidays, [{ date: '2026-06-13', yearly: false }])

    // A policy with a two-step ladder.
    await navigation.getByRole('link', { name: 'SLA policies' }).click()
    await page.getByTestId('new-policy').click()
    await page.getByLabel('Name').fill('Urgent hardware')
    await page.getByLabel('High').check()
    await page.getByLabel('Groups').selectOption({ label: 'IT' })
    await page.getByLabel('Calendar', { exact: true }).selectOption({ label: 'Lisbon office' })
    await page.getByLabel('First response').fill('60')
    await page.getByText('= 1 h of business time').waitFor()
    await page.getByTestId('add-step').click()
    const warning = page.locator('[data-step="0"]')
    await warning.getByLabel('Minutes').fill('15')
    await warning.getByLabel('When').selectOption('before')
    await page.getByTestId('add-step').click()
    const breach = page.locator('[data-step="1"]')
    await page.getByTestId('add-action-1').click()
    const reassign = breach.locator('[data-action="ladder.1.actions.1"]')
    await reassign.getByLabel('Action').selectOption('reassign')
    await reassign.getByLabel('Group').selectOption({ label: 'IT' })
    await reassign.getByLabel('Agent').selectOption({ label: desk.agent.name })
    await screenshot(page, 'sla-policy-form')
    await page.getByRole('button', { name: 'Create policy' }).click()
    await page.getByText('Policy "Urgent hardware" created.').waitFor()
    await page.getByTestId('policies').getByText('2 escalation steps').waitFor()
    await screenshot(page, 'sla-policies')
    const [policy] = await new Policies(desk.run.context.db).list()
    assert.equal(policy.calendarId, lisbon.id)
    assert.deepEqual(
      policy.ladder.map((step) => [step.when, step.minutes, step.actions.map((a) => a.type)]),
      [
        ['before', 15, ['email']],
        ['after', 0, ['email', 'reassign']],
      ]
    )

    // Test it: the result table, then a broken input naming its field.
    await navigation.getByRole('link', { name: 'Test an SLA policy' }).click()
    await page.getByTestId('result-policy').getByText('Urgent hardware').waitFor()
    await screenshot(page, 'sla-test-policy')
    const input = page.getByLabel('Input (JSON)')
    const text = await input.inputValue()
    await input.fill(text.replace(/"now": "[^"]+"/, '"now": "soon"'))
    await page.getByRole('button', { name: 'Run' }).click()
    await page.getByTestId('simulation-error').getByText('not an ISO 8601 time').waitFor()
    await screenshot(page, 'sla-test-policy-error')

    // The policy form again, in dark mode.
    await page.goto(`${baseUrl}/plugins/sla-escalation/policies/${policy.id}/edit`)
    await page.getByTestId('ladder').waitFor()
    await page.getByText('Fires 15 min before the first response is due (a warning).').waitFor()
    await page.evaluate("document.documentElement.classList.add('dark')")
    await screenshot(page, 'sla-policy-form-dark')
  })
})
