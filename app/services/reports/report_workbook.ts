import ExcelJS from 'exceljs'
import type { Report } from '#services/reports/report_service'

type Translate = (text: string) => string

/**
 * Admin → Reports as an Excel workbook: the figures of every chart and
 * table of the page, one sheet each, numbers as numbers. A report is a
 * few hundred rows at most, so it is built in memory.
 */
export async function reportWorkbook(report: Report, t: Translate) {
  const workbook = new ExcelJS.Workbook()
  const sheet = (name: string, header: string[], rows: (string | number | null)[][]) => {
    const worksheet = workbook.addWorksheet(name)
    worksheet.addRow(header).font = { bold: true }
    for (const row of rows) worksheet.addRow(row)
    worksheet.columns.forEach((column) => (column.width = 18))
  }
  sheet(
    report.period.interval === 'week' ? t('Per week') : t('Per day'),
    [t('Period'), t('Created'), t('Resolved'), t('Backlog')],
    report.series.map((row) => [row.period, row.created, row.resolved, row.backlog])
  )
  sheet(
    t('Agents'),
    [t('Agent'), t('Assigned'), t('Resolved'), t('Median first response (min)')],
    report.agents.map((row) => [
      row.name,
      row.assigned,
      row.resolved,
      row.medianFirstResponseMinutes,
    ])
  )
  sheet(
    t('Categories'),
    [t('Category'), t('Created'), t('Resolved')],
    report.categories.map((row) => [row.name ?? t('No category'), row.created, row.resolved])
  )
  sheet(
    t('Times'),
    [t('Figure'), t('Tickets'), t('Median (min)'), t('90th percentile (min)')],
    [
      [
        t('First response'),
        report.times.firstResponse.count,
        report.times.firstResponse.medianMinutes,
        report.times.firstResponse.p90Minutes,
      ],
      [
        t('Resolution'),
        report.times.resolution.count,
        report.times.resolution.medianMinutes,
        report.times.resolution.p90Minutes,
      ],
    ]
  )
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
