import type { ReportData, ReportLine } from './report_types.js'

/** A CSV cell: quoted when it holds a comma, quote or line break (RFC 4180). */
function cell(value: string | number) {
  const text = String(value)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/**
 * The report as CSV, one row per breakdown line and target, for a
 * spreadsheet: built in the browser from the figures on the page, so the
 * download is exactly what the admin sees.
 */
export function reportCsv(report: ReportData): string {
  const header = [
    'breakdown',
    'name',
    'target',
    'tickets_with_target',
    'met_in_time',
    'met_late',
    'breached',
    'pending',
    'met_in_time_percent',
    'met_late_percent',
    'breached_percent',
    'pending_percent',
  ]
  const lines: [string, ReportLine][] = [
    ['all', report.overall],
    ...report.byGroup.map((line): [string, ReportLine] => ['group', line]),
    ...report.byPriority.map((line): [string, ReportLine] => ['priority', line]),
  ]
  const rows = lines.flatMap(([breakdown, line]) =>
    report.targets.map(({ key, label }) => {
      const outcome = line.targets[key]
      return [
        breakdown,
        line.name,
        label,
        outcome.total,
        outcome.inTime,
        outcome.late,
        outcome.breached,
        outcome.pending,
        outcome.percent.inTime,
        outcome.percent.late,
        outcome.percent.breached,
        outcome.percent.pending,
      ]
    })
  )
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n'
}
