import type { HttpContext } from '@adonisjs/core/http'
import type { Readable } from 'node:stream'
import { stringify } from 'csv-stringify'
import db from '@adonisjs/lucid/services/db'
import type DataImport from '#models/data_import'
import { defuseFormula } from '#services/imports/cell_values'
import { Message, type Params } from '#i18n/message'

type Translate = (message: Message) => string

/**
 * The refused rows of an import's last pass as CSV: row number, column and
 * reason, then the row as it was in the file, so it can be fixed and
 * imported again. Streamed from a cursor; cells a spreadsheet would run
 * as formulas are escaped.
 */
export default class ImportNotesCsv {
  static respond(record: DataImport, response: HttpContext['response'], t: Translate) {
    const base = record.fileName.replace(/\.[^.]+$/, '').replace(/[^\w.-]+/g, '_') || 'import'
    response.header('Content-Type', 'text/csv; charset=utf-8')
    response.header('Content-Disposition', `attachment; filename="${base}-refused.csv"`)
    response.header('Cache-Control', 'no-store')
    return response.stream(this.stream(record, t))
  }

  static stream(record: DataImport, t: Translate): Readable {
    const rows = db
      .knexRawQuery(
        `SELECT row_number, "column", message, params, cells FROM import_notes
          WHERE import_id = ? AND pass = ? AND kind = 'refused' ORDER BY row_number, id`,
        [record.id, record.pass ?? 'dry']
      )
      .stream() as unknown as Readable
    const csv = stringify({
      header: true,
      bom: true,
      columns: ['Row', 'Column', 'Reason', ...record.headers],
      cast: { string: (value) => defuseFormula(value) },
    })
    rows.on('error', (error: Error) => csv.destroy(error))
    rows.on(
      'data',
      (note: {
        row_number: number
        column: string | null
        message: string
        params: Params | null
        cells: Record<string, string> | null
      }) => {
        const cells = note.cells ?? {}
        if (
          !csv.write([
            note.row_number,
            note.column ?? '',
            t(new Message(note.message, note.params ?? {})),
            ...record.headers.map((header) => cells[header] ?? ''),
          ])
        ) {
          rows.pause()
          csv.once('drain', () => rows.resume())
        }
      }
    )
    rows.on('end', () => csv.end())
    return csv
  }
}
