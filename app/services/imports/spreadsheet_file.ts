import { createReadStream } from 'node:fs'
import { open } from 'node:fs/promises'
import type { Readable } from 'node:stream'
import { parse } from 'csv-parse'
import { parse as parseSync } from 'csv-parse/sync'
import iconv from 'iconv-lite'
import ExcelJS from 'exceljs'
import type { SheetCell } from '#services/imports/cell_values'
import { msg, type Message } from '#i18n/message'

export type FileFormat = 'csv' | 'xlsx'
export type TextEncoding = 'utf-8' | 'utf-16le' | 'windows-1252'

/** How to read a file, found once when it is uploaded. */
export type FileShape = {
  format: FileFormat
  encoding: TextEncoding | null
  delimiter: string | null
}

/** A file that cannot be read as a table; the message is for the person who chose it. */
export class ImportFileError extends Error {
  constructor(readonly translatable: Message) {
    super(translatable.toString())
  }
}

const DELIMITERS = [',', ';', '\t', '|']
const SAMPLE_BYTES = 256 * 1024

/**
 * Tells CSV from Excel by the file's first bytes (an .xlsx is a zip), the
 * text encoding by the byte-order mark or, without one, by whether the
 * whole file is valid UTF-8 (`utf8Valid`, checked while it was received),
 * and the delimiter by which one splits the first lines into the most
 * columns, consistently.
 */
export async function detectShape(
  path: string,
  fileName: string,
  utf8Valid: boolean
): Promise<FileShape> {
  const head = await readHead(path, SAMPLE_BYTES)
  if (head.length === 0) {
    throw new ImportFileError(msg('The file is empty.'))
  }
  if (head.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    return { format: 'xlsx', encoding: null, delimiter: null }
  }
  if (head.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) {
    throw new ImportFileError(
      msg('This is an old Excel file (.xls). Save it as .xlsx or CSV and upload that.')
    )
  }
  if (/\.(xlsx|xlsm|xls|ods|numbers)$/i.test(fileName)) {
    throw new ImportFileError(
      msg('This file is not a readable Excel workbook. Upload a .xlsx or CSV file.')
    )
  }
  let encoding: TextEncoding
  if (head[0] === 0xff && head[1] === 0xfe) {
    encoding = 'utf-16le'
  } else if (utf8Valid) {
    encoding = 'utf-8'
  } else if (head.includes(0)) {
    throw new ImportFileError(
      msg('This is not a text file. Upload a CSV (UTF-8 or Windows-1252) or .xlsx file.')
    )
  } else {
    encoding = 'windows-1252'
  }
  const text = iconv.decode(head, encoding).replace(/^\uFEFF/, '')
  return { format: 'csv', encoding, delimiter: sniffDelimiter(text) }
}

async function readHead(path: string, bytes: number) {
  const handle = await open(path, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

function sniffDelimiter(sample: string) {
  // Whole lines only: the sample may end inside a row.
  const lines = sample.split(/\r?\n/).slice(0, 50)
  const text = lines.slice(0, Math.max(1, lines.length - 1)).join('\n')
  let best = { delimiter: ',', score: 0 }
  for (const delimiter of DELIMITERS) {
    try {
      const rows: string[][] = parseSync(text, {
        delimiter,
        relax_column_count: true,
        relax_quotes: true,
        skip_empty_lines: true,
      })
      const widths = rows.map((row) => row.length)
      const width = widths[0] ?? 0
      const consistent =
        widths.filter((count) => count === width).length / Math.max(1, widths.length)
      const score = width > 1 ? width * consistent : 0
      if (score > best.score) best = { delimiter, score }
    } catch {
      // This delimiter does not parse the sample; another will.
    }
  }
  return best.delimiter
}

/**
 * The file's rows, the header row first, one at a time: neither format is
 * read whole, so memory stays flat however long the file is.
 */
export async function* readRows(openFile: () => Readable | Promise<Readable>, shape: FileShape) {
  const input = await openFile()
  if (shape.format === 'xlsx') {
    yield* readWorkbook(input)
  } else {
    yield* readCsv(input, shape)
  }
}

async function* readCsv(input: Readable, shape: FileShape): AsyncGenerator<SheetCell[]> {
  const parser = parse({
    delimiter: shape.delimiter ?? ',',
    bom: true,
    relax_column_count: true,
    skip_empty_lines: true,
  })
  const decoded = input.pipe(iconv.decodeStream(shape.encoding ?? 'utf-8')).pipe(parser)
  input.on('error', (error) => decoded.destroy(error))
  try {
    for await (const record of decoded) {
      yield record as string[]
    }
  } catch (error) {
    throw new ImportFileError(
      msg('The CSV file is malformed: {reason}', { reason: (error as Error).message })
    )
  }
}

/** Only the first worksheet is read; what it holds beyond plain values is reduced to them. */
async function* readWorkbook(input: Readable): AsyncGenerator<SheetCell[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'emit',
  })
  try {
    for await (const worksheet of reader) {
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const values = (row.values as ExcelJS.CellValue[]).slice(1)
        yield values.map(plainValue)
      }
      return
    }
  } catch (error) {
    if (error instanceof ImportFileError) throw error
    throw new ImportFileError(
      msg('The Excel file cannot be read: {reason}', { reason: (error as Error).message })
    )
  }
}

function plainValue(value: ExcelJS.CellValue | undefined): SheetCell {
  if (value === null || value === undefined) return null
  if (value instanceof Date || typeof value !== 'object') return value as SheetCell
  if ('richText' in value) return value.richText.map((part) => part.text).join('')
  if ('formula' in value || 'sharedFormula' in value) {
    // The formula's text, not its result: it is kept as plain text and named in the report.
    const formula =
      'formula' in value ? value.formula : (value as { sharedFormula: string }).sharedFormula
    return `=${formula}`
  }
  if ('text' in value) return String(value.text)
  if ('error' in value) return null
  return null
}

/** A file on this machine, opened again for each pass. */
export function localFile(path: string) {
  return () => createReadStream(path)
}
