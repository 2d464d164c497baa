import { createHash } from 'node:crypto'
import { cellText, looksLikeFormula, type SheetCell } from '#services/imports/cell_values'
import type { ColumnMapping, ImportField } from '#services/imports/import_fields'
import { msg, type Message } from '#i18n/message'

/** Something said about one cell of a row: a refusal, or a note on what was done with it. */
export type RowIssue = { column: string | null; message: Message }

/**
 * One data row seen through the admin's mapping: a field's text (or its
 * texts, for repeatable fields), which column it came from, and the notes
 * on formula-like cells, which stay plain text.
 */
export class MappedRow {
  readonly notices: RowIssue[] = []
  readonly refusals: RowIssue[] = []

  constructor(
    readonly number: number,
    readonly cells: SheetCell[],
    private headers: string[],
    private mapping: ColumnMapping
  ) {
    for (const [index, field] of Object.entries(mapping)) {
      const text = cellText(cells[Number(index)])
      if (text !== null && looksLikeFormula(text) && field !== 'external_id') {
        this.notices.push({
          column: this.header(Number(index)),
          message: msg('Begins like a spreadsheet formula; imported as plain text.'),
        })
      }
    }
  }

  /** The first column mapped to `field`. */
  column(field: ImportField): number | null {
    const entry = Object.entries(this.mapping).find(([, mapped]) => mapped === field)
    return entry ? Number(entry[0]) : null
  }

  header(index: number | null) {
    return index === null ? null : (this.headers[index] ?? `Column ${index + 1}`)
  }

  /** Whether the mapping feeds this field at all (a column left empty on this row still counts). */
  has(field: ImportField) {
    return this.column(field) !== null
  }

  text(field: ImportField): string | null {
    const index = this.column(field)
    return index === null ? null : cellText(this.cells[index])
  }

  raw(field: ImportField): SheetCell | undefined {
    const index = this.column(field)
    return index === null ? undefined : this.cells[index]
  }

  /** Every non-empty text of a repeatable field, in column order. */
  texts(field: ImportField): string[] {
    return Object.entries(this.mapping)
      .filter(([, mapped]) => mapped === field)
      .map(([index]) => Number(index))
      .sort((a, b) => a - b)
      .map((index) => cellText(this.cells[index]))
      .filter((text): text is string => text !== null)
  }

  refuse(field: ImportField | null, message: Message) {
    this.refusals.push({ column: field ? this.header(this.column(field)) : null, message })
  }

  notice(field: ImportField, message: Message) {
    this.notices.push({ column: this.header(this.column(field)), message })
  }

  /**
   * What makes a re-run skip this row: its external reference, or a hash
   * of all its cells when the file has none.
   */
  key() {
    const external = this.text('external_id')
    if (external) {
      return `ext:${external.slice(0, 290)}`
    }
    const cells = this.cells.map((cell) =>
      cell instanceof Date ? cell.toISOString() : (cell ?? '')
    )
    return `row:${createHash('sha256').update(JSON.stringify(cells)).digest('hex')}`
  }

  /** The row's cells by header, for the refused-rows download. */
  byHeader(): Record<string, string> {
    return Object.fromEntries(
      this.headers.map((header, index) => [header, cellText(this.cells[index]) ?? ''])
    )
  }
}
