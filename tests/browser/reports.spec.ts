import { readFile } from 'node:fs/promises'
import { test } from '@japa/runner'
import { DateTime } from 'luxon'
import { FACTORY_PASSWORD } from '#database/factories/main'
import { isolate } from '#tests/support/world'
import { baseUrl, htmlHasClass, screenshot, signIn } from '#tests/support/browser'
import { fakeClock } from '#platform/sdk/fake_clock'
import {
  directAssignments,
  directCategories,
  directSeries,
  directTimes,
} from '#tests/support/report_counts'
import { ZONE, busyFortnight, fourDays } from '#tests/support/report_scenes'
import { barLengths, paintedPixels, shares } from '#tests/support/chart_pixels'
import { FIGURE_COLORS } from '../../resources/js/components/reports/report_types.js'

/** The fortnight of busyFortnight and two quiet days after it. */
const FROM = '2026-03-01'
const TO = '2026-03-16'

test.group('Admin: reports', (group) => {
  isolate(group)

  test('charts the days and the categories with the numbers of the tables, the CSV and a direct count', async ({
    browserContext,
    assert,
  }) => {
    const desk = await busyFortnight()
    const page = await browserContext.newPage()
    // No animation: the canvas holds the finished chart as soon as it is drawn.
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await signIn(page, desk.admin.email, FACTORY_PASSWORD)
    await page.waitForURL((url) => !url.pathname.startsWith('/login'))
    await page.goto(`${baseUrl}/admin`)
    await page
      .getByRole('navigation', { name: 'Main navigation' })
      .getByRole('link', { name: 'Reports' })
      .click()
    await page.getByRole('heading', { name: 'Reports', level: 1 }).waitFor()

    await page.getByLabel('From').fill(FROM)
    await page.getByLabel('To').fill(TO)
    await page.getByRole('button', { name: 'Apply', exact: true }).click()
    await page.waitForURL(/from=2026-03-01/)
    await page.getByText(`${FROM} – ${TO}, days in America/New_York`).waitFor()

    const direct = await directSeries(desk.organization.id, ZONE, FROM, TO)
    const volume = page.getByRole('img', { name: /Created and resolved tickets, and the backlog/ })
    assert.isAbove(await paintedPixels(volume), 0)
    // A bar for every day with tickets, each as tall (against the tallest) as its count.
    for (const figure of ['created', 'resolved'] as const) {
      const counts = direct.map((day) => day[figure]).filter((count) => count > 0)
      const bars = await barLengths(volume, FIGURE_COLORS[figure])
      assert.lengthOf(bars, counts.length, `one ${figure} bar per day with any`)
      shares(bars).forEach((share, index) =>
        assert.closeTo(share, shares(counts)[index], 0.08, `${figure} bar ${index + 1}`)
      )
    }
    assert.isNotEmpty(await barLengths(volume, FIGURE_COLORS.backlog), 'the backlog line is drawn')

    const categories = page.getByRole('img', { name: /Created and resolved tickets by category/ })
    assert.isAbove(await paintedPixels(categories), 0)
    const directByCategory = await directCategories(desk.organization.id, ZONE, FROM, TO)
    const lying = await barLengths(categories, FIGURE_COLORS.created, true)
    assert.lengthOf(lying, directByCategory.length, 'one created bar per category')
    shares(lying).forEach((share, index) =>
      assert.closeTo(share, shares(directByCategory.map((row) => row.created))[index], 0.08)
    )
    await screenshot(page, 'reports-chart')

    await page.getByRole('button', { name: 'Show as a table' }).first().click()
    const rows = (testid: string) =>
      page
        .getByTestId(testid)
        .locator('tbody tr')
        .evaluateAll((trs) =>
          trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()))
        )
    assert.deepEqual(
      await rows('series-table'),
      direct.map((day) => [day.period, `${day.created}`, `${day.resolved}`, `${day.backlog}`])
    )
    await page.getByRole('button', { name: 'Show as a table' }).first().click()
    assert.deepEqual(
      await rows('categories-table'),
      directByCategory.map((row) => [
        row.name ?? 'No category',
        `${row.created}`,
        `${row.resolved}`,
      ])
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
    const workbook = await page.request.get(
      (await page.getByTestId('report-xlsx').getAttribute('href'))!
    )
    assert.equal(
      workbook.headers()['content-type'],
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
    )

    // In the dark theme the axes take the page's light ink (a screenshot to look at).
    await page.emulateMedia({ colorScheme: 'dark', reducedMotion: 'reduce' })
    await page.reload()
    assert.isTrue(await htmlHasClass(page, 'dark'))
    assert.isAbove(await paintedPixels(volume), 0)
    await screenshot(page, 'reports-chart-dark')
  })

  test("an agent's desk opens with their own figures, and My figures charts them", async ({
    browserContext,
    assert,
  }) => {
    const desk = await busyFortnight()
    // The desk's home shows the last 30 days: stand on the fortnight's last evening.
    const clock = fakeClock(DateTime.fromISO('2026-03-14T18:00', { zone: ZONE }))
    try {
      const page = await browserContext.newPage()
      await page.emulateMedia({ reducedMotion: 'reduce' })
      await signIn(page, desk.agent.email, FACTORY_PASSWORD)
      await page.waitForURL(/\/desk/)
      const panel = page.getByTestId('my-figures-panel')
      await panel.waitFor()
      const mine = await directSeries(desk.organization.id, ZONE, '2026-02-13', '2026-03-14', {
        agentId: desk.agent.id,
      })
      const assigned = await directAssignments(
        desk.organization.id,
        ZONE,
        '2026-02-13',
        '2026-03-14'
      )
      assert.equal(
        await panel.getByTestId('my-figures-assigned').innerText(),
        `${assigned[desk.agent.id]}`
      )
      assert.equal(
        await panel.getByTestId('my-figures-resolved').innerText(),
        `${mine.reduce((sum, day) => sum + day.resolved, 0)}`
      )
      assert.equal(
        await panel.getByTestId('my-figures-open').innerText(),
        `${mine.at(-1)!.backlog}`
      )
      const times = await directTimes(desk.organization.id, ZONE, '2026-02-13', '2026-03-14', {
        agentId: desk.agent.id,
      })
      assert.isNotNull(times.firstResponse[0])
      assert.equal(
        await panel.getByTestId('my-figures-first-response').innerText(),
        `${times.firstResponse[0]} min`
      )
      // The queue is still the page: its table comes right after.
      await page.getByTestId('ticket-table').waitFor()
      await screenshot(page, 'desk-home-my-figures')

      await panel.getByRole('link', { name: 'All my figures' }).click()
      await page.getByRole('heading', { name: 'My figures', level: 1 }).waitFor()
      const chart = page.getByRole('img', { name: /Created and resolved tickets, and the backlog/ })
      assert.isAbove(await paintedPixels(chart), 0)
      const resolvedBars = await barLengths(chart, FIGURE_COLORS.resolved)
      assert.lengthOf(resolvedBars, mine.filter((day) => day.resolved > 0).length)
      await screenshot(page, 'desk-my-figures')
    } finally {
      clock.restore()
    }
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
