import { type Readable, Transform, type Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import {
  EXPORT_COLUMNS,
  type ExportRow,
  defuseFormula,
} from '#services/tickets/export/export_columns'

/** One CSV field: moments in ISO 8601 (UTC), text defused and quoted as RFC 4180 asks. */
function field(value: string | Date | null | undefined) {
  if (value === null || value === undefined) {
    return ''
  }
  const text = value instanceof Date ? value.toISOString() : defuseFormula(String(value))
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

function csvLine(values: (string | Date | null | undefined)[]) {
  return values.map(field).join(',') + '\r\n'
}

/**
 * Writes the rows as CSV, a line per row as it arrives. The byte order
 * mark makes Excel read the file as UTF-8 rather than its ANSI code page.
 */
export async function writeCsv(rows: Readable, out: Writable) {
  const toCsv = new Transform({
    objectMode: true,
    transform(row: ExportRow, _encoding, done) {
      done(null, csvLine(EXPORT_COLUMNS.map(({ key }) => row[key])))
    },
  })
  out.write('\uFEFF' + csvLine(EXPORT_COLUMNS.map(({ label }) => label)))
  await pipeline(rows, toCsv, out)
}
