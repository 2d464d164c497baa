import { ApiRequest, type ApiResponse } from '@japa/api-client'
import ExcelJS from 'exceljs'

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/**
 * superagent reads an unknown type as UTF-8 text, which would garble a zip:
 * .xlsx answers are kept as the bytes they are.
 */
ApiRequest.addParser(XLSX_TYPE, (response, done) => {
  const stream = response as unknown as NodeJS.ReadableStream
  const chunks: Buffer[] = []
  stream.on('data', (chunk: Buffer) => chunks.push(chunk))
  stream.on('end', () => done(null, Buffer.concat(chunks)))
})

/** The first worksheet of an .xlsx answer, read back with exceljs's own reader. */
export async function worksheetOf(response: ApiResponse) {
  const workbook = new ExcelJS.Workbook()
  await workbook.xlsx.load(response.body() as unknown as ArrayBuffer)
  return workbook.worksheets[0]
}

/** A worksheet's cells, row by row (values as exceljs reads them, null for empty). */
export function cellsOf(sheet: ExcelJS.Worksheet) {
  const rows: ExcelJS.CellValue[][] = []
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: ExcelJS.CellValue[] = []
    for (let column = 1; column <= sheet.columnCount; column++) {
      values.push(row.getCell(column).value ?? null)
    }
    rows.push(values)
  })
  return rows
}

/** The lines of a CSV answer without the byte order mark (the tests' fields hold no line breaks). */
export function csvLines(response: ApiResponse) {
  return response
    .text()
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
}
