import { once } from 'node:events'
import type { Readable, Writable } from 'node:stream'
import { finished } from 'node:stream/promises'
import { setImmediate } from 'node:timers/promises'
import ExcelJS from 'exceljs'
import { inZone } from '#services/time_zones'
import {
  EXPORT_COLUMNS,
  type ExportRow,
  defuseFormula,
} from '#services/tickets/export/export_columns'

const WIDTHS: Partial<Record<string, number>> = { title: 48, requester_email: 28 }

/**
 * Excel's date cells hold no zone, so a moment is written as the wall-clock
 * time where the reader is (the zone the desk shows them), not as UTC.
 */
function wallClock(moment: Date, zone: string) {
  return new Date(moment.getTime() + inZone(moment, zone).offset * 60_000)
}

function cell(value: string | Date | null | undefined, zone: string) {
  if (value === null || value === undefined) {
    return null
  }
  return value instanceof Date ? wallClock(value, zone) : defuseFormula(String(value))
}

/** Rows written between two looks at the response. */
const ROWS_PER_LOOK = 100

/**
 * exceljs hands rows to its zip without ever waiting, so the pace is kept
 * here. First the event loop gets a turn, so the zip compresses what it
 * was given and `out` shows how full it really is (with a source that
 * never waits, nothing would reach `out` at all). Then the export waits
 * while the response is full (a slow download), and stops when the
 * response is gone instead of waiting for it forever.
 */
async function roomIn(out: Writable) {
  await setImmediate()
  if (out.destroyed) {
    throw new Error('The export was closed before it ended.')
  }
  if (!out.writableNeedDrain) {
    return
  }
  const stop = new AbortController()
  try {
    await Promise.race([
      once(out, 'drain', { signal: stop.signal }),
      once(out, 'close', { signal: stop.signal }).then(() => {
        throw new Error('The export was closed before it ended.')
      }),
    ])
  } finally {
    stop.abort()
  }
}

/**
 * Writes the rows as one .xlsx worksheet with exceljs's streaming writer:
 * each row is committed (written out and forgotten) as it arrives. Strings
 * are inline rather than shared, since a shared-strings table would keep
 * every distinct text in memory until the end. Text cells are only ever
 * text, never formulas; they are defused as in the CSV all the same, for
 * whoever copies them on. Dates are date cells.
 */
export async function writeXlsx(rows: Readable, out: Writable, options: { zone: string }) {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: out,
    useStyles: true,
    useSharedStrings: false,
  })
  const sheet = workbook.addWorksheet('Tickets', { views: [{ state: 'frozen', ySplit: 1 }] })
  sheet.columns = EXPORT_COLUMNS.map(({ key, label, type }) => ({
    key,
    header: label,
    width: type === 'date' ? 19 : (WIDTHS[key] ?? 16),
    style: type === 'date' ? { numFmt: 'yyyy-mm-dd hh:mm:ss' } : {},
  }))
  sheet.getRow(1).font = { bold: true }
  sheet.getRow(1).commit()

  let written = 0
  for await (const row of rows as AsyncIterable<ExportRow>) {
    sheet.addRow(EXPORT_COLUMNS.map(({ key }) => cell(row[key], options.zone))).commit()
    if (++written % ROWS_PER_LOOK === 0) {
      await roomIn(out)
    }
  }
  sheet.commit()
  await Promise.all([workbook.commit(), finished(out, { readable: false })])
}
