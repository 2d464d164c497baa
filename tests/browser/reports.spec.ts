import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { baseUrl, screenshot, signIn } from '#tests/support/browser'
import { directSeries } from '#tests/support/report_counts'
import { ZONE, fourDays } from '#tests/support/report_scenes'

test.group('Admin: reports', (group) => {
  isolate(group)

  test('charts the days with the same numbers as the table, the CSV and a direct count', async ({
    browserContext,
    assert,
  }) => {
    const desk = await fourDays()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))
    await page.goto(`${baseUrl}/admin`)
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Reports' })
      .click()
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()

    await page.getByLabel('From').fill('2026-03-01')
    await page.getByLabel('To').fill('2026-03-06')
    await page.getByRole('button', { name: 'Show', exact: true }).click()
    await page.waitForURL(/from=2026-03-01/)
    await page.getByText('2026-03-01 – 2026-03-06, days in America/New_York').waitFor()

    const direct = await directSeries(desk.organization.id, ZONE, '2026-03-01', '2026-03-06')
    const chart = page.getByRole('img', { name: /Created and resolved tickets, and the backlog/ })
    await chart.waitFor()
    // Two bars a day (created, resolved) and the backlog line.
    assert.equal(await chart.getByTestId('chart-bar').count(), direct.length * 2)
    assert.equal(await chart.getByTestId('chart-line').count(), 1)
    const tallest = await chart
      .getByTestId('chart-bar')
      .evaluateAll((bars) => Math.max(...bars.map((bar) => Number(bar.getAttribute('height')))))
    assert.isAbove(tallest, 0)
    await screenshot(page, 'reports-chart')

    await page.getByRole('button', { name: 'Show as a table' }).first().click()
    const rows = await page
      .getByTestId('series-table')
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
      )
    assert.deepEqual(
      rows,
      direct.map((day) => [day.period, `${day.created}`, `${day.resolved}`, `${day.backlog}`])
    )
    assert.include(
      await page.getByTestId('agents-table').innerText(),
      desk.agent.name,
      'the agent who worked tickets is listed'
    )
    await screenshot(page, 'reports-tables')

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).first().click(),
    ])
    const csv = await readFile((await download.path())!, 'utf8')
    assert.equal(
      csv.replace(/^\uFEFF/, ''),
      ['Period,Created,Resolved,Backlog']
        .concat(direct.map((day) => `${day.period},${day.created},${day.resolved},${day.backlog}`))
        .join('\r\n') + '\r\n'
    )
  })

  test('a period that ends before it starts is named under the field', async ({
    browserContext,
    assert,
  }) => {
    const desk = await fourDays()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))
    await page.goto(`${baseUrl}/admin/reports?from=2026-03-06&to=2026-03-01`)
    const error = page.locator('#report-to-error')
    await error.waitFor()
    assert.equal(await error.innerText(), 'The last day must be on or after the first day.')
    assert.equal(await page.getByLabel('To').getAttribute('aria-invalid'), 'true')
  })

  test('the dashboard shows the desk at a glance and leads into the matching queue', async ({
    browserContext,
    assert,
  }) => {
    const desk = await fourDays()
    const page = await browserContext.newPage()
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))
    await page.goto(`${baseUrl}/admin`)
    const glance = page.getByTestId('desk-glance')
    await glance.waitFor()
    // fourDays leaves two tickets active: the reopened-then-resolved one is done, one is closed.
    assert.equal(await page.getByTestId('glance-open').innerText(), '2')
    await screenshot(page, 'dashboard-glance')
    const unassigned = await page.getByTestId('glance-unassigned').innerText()
    await page.getByTestId('glance-unassigned').click()
    await page.waitForURL(/\/desk\?queue=unassigned/)
    assert.equal(
      await page.getByTestId('ticket-table').locator('tbody tr').count(),
      Number(unassigned)
    )
  })
})
