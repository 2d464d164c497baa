import { DateTime } from 'luxon'

/** A cell as a file gives it: text from CSV; text, numbers, dates or booleans from Excel. */
export type SheetCell = string | number | boolean | Date | null

/** Cell text trimmed; empty cells are null. */
export function cellText(cell: SheetCell | undefined): string | null {
  if (cell === null || cell === undefined) {
    return null
  }
  const text = cell instanceof Date ? cell.toISOString() : String(cell)
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

/**
 * Text a spreadsheet would run as a formula (=, +, -, @ first; also tab and
 * CR, which some spreadsheets skip before looking). Imported as plain text
 * and named in the report; exports escape it.
 */
export function looksLikeFormula(text: string) {
  return /^[=+\-@\t\r]/.test(text) && !/^[-+]?\d/.test(text) && !/^-{2,}\s*$/.test(text)
}

/** Escapes a text cell for a spreadsheet: a leading ' makes it text, never a formula. */
export function defuseFormula(text: string) {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text
}

const LOCAL_FORMATS = ['yyyy-MM-dd HH:mm:ss', 'yyyy-MM-dd HH:mm', 'yyyy-MM-dd']

/**
 * A date cell: an Excel date, ISO 8601 with an offset or Z, or
 * `YYYY-MM-DD HH:mm[:ss]` (or a bare date) in the organization's time zone.
 * Anything else is not guessed at: day-first and month-first dates look alike.
 */
export function parseDateCell(
  cell: SheetCell | undefined,
  timeZone: string
): Date | null | 'invalid' {
  if (cell instanceof Date) {
    return Number.isNaN(cell.getTime()) ? 'invalid' : cell
  }
  const text = cellText(cell)
  if (text === null) {
    return null
  }
  if (/[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}(:?\d{2})?)$/i.test(text)) {
    const parsed = DateTime.fromISO(text.replace(' ', 'T'), { setZone: true })
    return parsed.isValid ? parsed.toJSDate() : 'invalid'
  }
  for (const format of LOCAL_FORMATS) {
    const parsed = DateTime.fromFormat(text, format, { zone: timeZone })
    if (parsed.isValid) {
      return parsed.toJSDate()
    }
  }
  const iso = DateTime.fromISO(text, { zone: timeZone })
  return iso.isValid && /^\d{4}-\d{2}-\d{2}T/.test(text) ? iso.toJSDate() : 'invalid'
}
