import vine from '@vinejs/vine'
import type { FieldContext } from '@vinejs/vine/types'

/**
 * Row ids are PostgreSQL `integer`s. A number outside 1..2^31-1 cannot name
 * a row, and sending it to the database would fail the query (a 500), so
 * such ids are refused as "no such …" before any query runs.
 */
export const MAX_ID = 2_147_483_647

export function isRecordId(value: unknown) {
  const number = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 && number <= MAX_ID
}

const recordIdRule = vine.createRule((value: unknown, _options: undefined, field: FieldContext) => {
  if (field.isValid && !isRecordId(value)) {
    field.report('There is no such {{ field }}.', 'recordId', field)
  }
})

/** An id of a row: a whole number within the database's range. */
export const recordId = () => vine.number().withoutDecimals().use(recordIdRule())

/** The same as text (query strings like `assigned_to=42`), or one of the given words. */
export const recordIdOr = <Word extends string>(...words: Word[]) =>
  vine
    .string()
    .trim()
    .use(
      vine.createRule((value: unknown, _options: undefined, field: FieldContext) => {
        if (field.isValid && !words.includes(value as Word) && !isRecordId(value)) {
          field.report('There is no such {{ field }}.', 'recordId', field)
        }
      })()
    )

/**
 * Page numbers: past the last page a list is empty; beyond this bound the
 * offset itself would overflow, so the request is refused instead.
 */
export const MAX_PAGE = 1_000_000
export const pageNumber = () => vine.number().withoutDecimals().range([1, MAX_PAGE])

/**
 * Route parameter matcher for ids: the same range as text, so
 * `/tickets/99999999999999999999` is simply not a route (404) rather than
 * a query with an impossible id.
 */
export const idParam = {
  match:
    /^(?:[1-9]\d{0,8}|1\d{9}|20\d{8}|21[0-3]\d{7}|214[0-6]\d{6}|2147[0-3]\d{5}|21474[0-7]\d{4}|214748[0-2]\d{3}|2147483[0-5]\d{2}|21474836[0-3]\d|214748364[0-7])$/,
  cast: (value: string) => Number(value),
}
