/**
 * What a plugin's settings schema looks like as VineJS describes it in JSON
 * Schema, and the form quirks smoothed before that schema validates a
 * submission: HTML forms cannot send `false`, an empty list or "absent",
 * so those are recovered here from what a form does send.
 */
export type JsonProperty = {
  type?: string
  enum?: unknown[]
  items?: {
    enum?: unknown[]
    type?: string
    properties?: Record<string, JsonProperty>
    required?: string[]
  }
  format?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
  minItems?: number
}

/** VineJS describes vine.boolean() as an enum of the values it accepts. */
export function isBoolean(property: JsonProperty) {
  return !!property.enum?.includes(true) && property.enum.includes(false)
}

/** A list of rows (`vine.array(vine.object({...}))`): an editable table in the form. */
export function isRows(property: JsonProperty) {
  return property.type === 'array' && property.items?.type === 'object'
}

/**
 * A list cell of a table (a multiselect's ticked boxes). No box ticked
 * sends nothing, so a missing cell is an empty list, the way an unchecked
 * box is false; a urlencoded form may send `{ 0: .., 1: .. }` or a lone value.
 */
function listCell(cell: unknown) {
  if (cell === undefined || cell === null || cell === '') return []
  if (Array.isArray(cell)) return cell
  return typeof cell === 'object' ? Object.values(cell as Record<string, unknown>) : [cell]
}

/** A submitted table: rows in order, form quirks smoothed cell by cell like top-level fields. */
function rows(value: unknown, property: JsonProperty) {
  if (value === undefined || value === null || value === '') return []
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object'
      ? Object.values(value as Record<string, unknown>)
      : value
  if (!Array.isArray(list)) return list
  const cells = property.items?.properties ?? {}
  return list.map((row) => {
    if (!row || typeof row !== 'object') return row
    const prepared: Record<string, unknown> = {}
    for (const [column, schema] of Object.entries(cells)) {
      let cell = (row as Record<string, unknown>)[column]
      if (isBoolean(schema)) {
        cell = cell === undefined || cell === null || cell === '' ? false : cell
      } else if (schema.type === 'array') {
        cell = listCell(cell)
      } else if (cell === '' || cell === null) {
        cell = undefined
      }
      if (cell !== undefined) prepared[column] = cell
    }
    return prepared
  })
}

/**
 * The submission as the schema should see it: an unchecked box is false,
 * an empty optional field is absent, and an empty secret keeps the stored
 * one (secrets are never sent back to the browser to be resubmitted).
 */
export function smoothInput(
  properties: Record<string, JsonProperty>,
  input: Record<string, unknown>,
  current: Record<string, unknown>,
  secrets: readonly string[]
) {
  const prepared: Record<string, unknown> = {}
  for (const [name, property] of Object.entries(properties)) {
    let value = input[name]
    /** The body parser turns an empty form field into null, so null keeps a secret too. */
    if (secrets.includes(name) && (value === undefined || value === null || value === '')) {
      value = current[name]
    }
    if (isBoolean(property)) {
      value = value === undefined || value === null || value === '' ? false : value
    } else if (isRows(property)) {
      value = rows(value, property)
    } else if (property.type === 'array' && value !== undefined && !Array.isArray(value)) {
      value = value === '' ? [] : [value]
    } else if (value === '') {
      value = undefined
    }
    if (value !== undefined) {
      prepared[name] = value
    }
  }
  return prepared
}
