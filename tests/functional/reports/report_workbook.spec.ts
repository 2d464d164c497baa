import { test } from '@japa/runner'
import ExcelJS from 'exceljs'
import { isolate } from '#tests/support/world'
import { directSeries } from '#tests/support/report_counts'
import { ZONE, fourDays } from '#tests/support/report_scenes'
import { XLSX_TYPE, cellsOf } from '#tests/support/spreadsheets'

test.group('Reports: the Excel workbook', (group) => {
  isolate(group)

  test('holds the chart numbers, per agent and per category, as the page shows them', async ({
    client,
    assert,
  }) => {
    const desk = await fourDays()
    const response = await client
      .get('/admin/reports/export?from=2026-03-01&to=2026-03-06')
      .loginAs(desk.admin)
    response.assertStatus(200)
    response.assertHeader('content-type', XLSX_TYPE)
    assert.include(response.header('content-disposition'), 'report-2026-03-01-2026-03-06.xlsx')

    const workbook = new ExcelJS.Workbook()
    await workbook.xlsx.load(response.body() as unknown as ArrayBuffer)
    const rows = (name: string) => cellsOf(workbook.getWorksheet(name)!)
    const direct = await directSeries(desk.organization.id, ZONE, '2026-03-01', '2026-03-06')
    assert.deepEqual(rows('Per day'), [
      ['Period', 'Created', 'Resolved', 'Backlog'],
      ...direct.map((day) => [day.period, day.created, day.resolved, day.backlog]),
    ])
    assert.deepInclude(rows('Agents'), [desk.agent.name, 2, 1, 130])
    assert.deepInclude(rows('Categories'), ['Hardware', 1, 1])
  })

  test('refuses filters of another organization', async ({ client }) => {
    const desk = await fourDays()
    const other = await fourDays()
    const response = await client
      .get(`/admin/reports/export?group_id=${other.it.id}`)
      .loginAs(desk.admin)
      .redirects(0)
    response.assertStatus(302)
  })
})
